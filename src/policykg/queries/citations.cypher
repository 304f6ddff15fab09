// The citation network: each policy cited by title (《》), its 文号, and whether it resolves to a
// policy of the corpus (cited_policy_id) or stays unresolved.
// $policy: the citing policy's document id, or '' for all.
MATCH (p:Policy)-[:CITES]->(c:Citation)
WHERE ($policy = '' OR p.doc_id = $policy)
  AND p.doc_id IS NOT NULL AND p.title IS NOT NULL AND c.name <> ''
OPTIONAL MATCH (p)-[r:CITES]->(q:Policy)
  WHERE r.resolved_from = c.key AND q.doc_id IS NOT NULL
RETURN p.doc_id AS policy_id, p.title AS policy_title, c.name AS cited_title, c.doc_number AS cited_doc_number,
       q IS NOT NULL AS resolved, q.doc_id AS cited_policy_id
ORDER BY policy_id, cited_title, cited_policy_id
