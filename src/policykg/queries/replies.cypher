// Replies to NPC deputies' suggestions (建议) and CPPCC members' proposals (提案): the proposal
// answered, one row per proposer and replying agency, and how many measures the reply describes.
MATCH (p:Policy)
WHERE p.doc_id IS NOT NULL AND p.title IS NOT NULL
  AND (p.doc_type = 'proposal_reply' OR EXISTS { (p)-[:REPLIES_TO]->() })
WITH p, COUNT { (p)-[:HAS_MEASURE]->() } AS measures
OPTIONAL MATCH (p)-[:REPLIES_TO]->(pr)
  WHERE pr.number IS NOT NULL
OPTIONAL MATCH (pr)-[:PROPOSED_BY]->(person)
  WHERE person.name <> ''
OPTIONAL MATCH (p)-[:ISSUED_BY]->(issuer)
  WHERE issuer.name <> ''
RETURN p.doc_id AS policy_id, p.title AS policy_title, p.date AS date, pr.number AS proposal_number,
       pr.kind AS proposal_kind, pr.title AS proposal_title, person.name AS proposer,
       person.role AS proposer_role, issuer.name AS replying_agency, measures
ORDER BY policy_id, proposal_number, proposer, replying_agency
