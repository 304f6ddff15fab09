// citations as a graph: each policy, the policies it cites and, when a cited policy is in the corpus,
// the corpus policy it resolves to.
// $policy: a policy's document id, or '' for every policy.
MATCH path = (p:Policy)-[:CITES]->(c:Citation)
WHERE $policy = '' OR p.doc_id = $policy
OPTIONAL MATCH resolved = (p)-[r:CITES]->(q:Policy)
  WHERE r.resolved_from = c.key
RETURN path, resolved
