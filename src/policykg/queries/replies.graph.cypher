// replies as a graph: each reply, the proposal it answers, the proposer and the replying agency.
MATCH (p:Policy)
WHERE p.doc_type = 'proposal_reply' OR EXISTS { (p)-[:REPLIES_TO]->() }
OPTIONAL MATCH answers = (p)-[:REPLIES_TO]->(pr:Proposal)
OPTIONAL MATCH proposer = (pr)-[:PROPOSED_BY]->(:Person)
OPTIONAL MATCH issuer = (p)-[:ISSUED_BY]->(:Agency)
RETURN p, answers, proposer, issuer
