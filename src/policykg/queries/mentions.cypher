// Enterprises and platforms (and, on request, programs) the policies mention, with the measures
// that mention them (measure null when only the policy as a whole does).
// $kind: '' (enterprises and platforms), 'enterprise', 'platform', 'program' or 'all'.
MATCH (p:Policy)-[:MENTIONS]->(e)
WHERE (e:Enterprise OR e:Platform OR e:Program) AND e.name <> ''
  AND p.doc_id IS NOT NULL AND p.title IS NOT NULL
WITH p, e, CASE WHEN e:Enterprise THEN 'enterprise' WHEN e:Platform THEN 'platform' ELSE 'program' END AS entity_kind
WHERE $kind = 'all' OR entity_kind = $kind OR ($kind = '' AND entity_kind <> 'program')
OPTIONAL MATCH (p)-[:HAS_MEASURE]->(m)-[:MENTIONS]->(e)
  WHERE m.measure_id IS NOT NULL
RETURN entity_kind, e.name AS entity_name, p.doc_id AS policy_id, p.title AS policy_title,
       m.measure_id AS measure_id, m.title AS measure_title
ORDER BY entity_kind, entity_name, policy_id, measure_id
