// Funding of each measure (caps, fixed amounts, totals, ratios, with their conditions), one row per
// amount and responsible agency (agency null when the measure names none).
// $policy, $agency: a document id / an agency's full name, or '' for all.
MATCH (p:Policy)-[:HAS_MEASURE]->(m)-[:HAS_FUNDING]->(f)
WHERE ($policy = '' OR p.doc_id = $policy)
  AND p.doc_id IS NOT NULL AND m.measure_id IS NOT NULL AND m.order IS NOT NULL AND f.kind IS NOT NULL
OPTIONAL MATCH (a)-[r:RESPONSIBLE_FOR]->(m)
  WHERE a.name <> ''
WITH p, m, f, a, r
WHERE $agency = '' OR a.name = $agency
RETURN p.doc_id AS policy_id, m.order AS measure_order, m.measure_id AS measure_id, m.title AS measure_title,
       f.kind AS kind, f.value_yuan AS value_yuan, f.ratio AS ratio, f.condition AS condition,
       CASE WHEN f.name <> '' THEN f.name END AS amount_text,
       a.name AS agency_name,
       CASE WHEN r IS NULL THEN null WHEN coalesce(r.role, '') = '' THEN 'co' ELSE r.role END AS role
ORDER BY policy_id, measure_order, measure_id, kind, value_yuan, ratio, condition, agency_name
