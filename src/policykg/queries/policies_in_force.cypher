// The policies in force on a day, in a jurisdiction and the jurisdictions within it (or everywhere).
// In force on $date: entered into force (valid_from, else date) on or before it; its last day
// (valid_to, pushed later by an EXTENDS notice's until) not before it; and no policy that REPEALS it
// entered into force by then. Replies to proposals are never in force.
// $date: an ISO day; $jurisdiction: a jurisdiction's name, or '' for all.
MATCH (p:Policy)
WHERE p.doc_id IS NOT NULL AND p.title IS NOT NULL AND p.doc_type <> 'proposal_reply'
  AND ($jurisdiction = '' OR EXISTS {
    MATCH (p)-[:IN_JURISDICTION]->(:Jurisdiction)-[:PART_OF*0..]->(:Jurisdiction {name: $jurisdiction}) })
WITH p, coalesce(p.valid_from, p.date) AS in_force_from
WHERE in_force_from <= $date
OPTIONAL MATCH (:Policy)-[x:EXTENDS]->(p)
WITH p, in_force_from, max(x.until) AS extended
WITH p, in_force_from,
     CASE WHEN p.valid_to IS NULL THEN null WHEN extended > p.valid_to THEN extended ELSE p.valid_to END
       AS in_force_until
WHERE (in_force_until IS NULL OR $date <= in_force_until)
  AND NOT EXISTS { MATCH (r:Policy)-[:REPEALS]->(p) WHERE coalesce(r.valid_from, r.date, '') <= $date }
OPTIONAL MATCH (p)-[:IN_JURISDICTION]->(j:Jurisdiction)
RETURN p.doc_id AS policy_id, p.title AS policy_title, p.doc_type AS doc_type, j.name AS jurisdiction_name,
       in_force_from, in_force_until
ORDER BY policy_id
