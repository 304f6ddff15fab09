// Every measure with its lead agency (null when the text marks none), the number of responsible
// agencies, and a status: lead, no_lead or no_responsible.
// $policy: a policy's document id, or '' for every policy.
// $in_force: a day (YYYY-MM-DD), only policies in force then (as policies_in_force), or '' for all.
MATCH (p:Policy)-[:HAS_MEASURE]->(m:Measure)
WHERE ($policy = '' OR p.doc_id = $policy)
  AND p.doc_id IS NOT NULL AND m.measure_id IS NOT NULL AND m.order IS NOT NULL
  AND ($in_force = '' OR (p.doc_type <> 'proposal_reply'
       AND coalesce(p.valid_from, p.date, '9999') <= $in_force
       AND (p.valid_to IS NULL OR $in_force <= p.valid_to
            OR EXISTS { MATCH (:Policy)-[e:EXTENDS]->(p) WHERE $in_force <= e.until })
       AND NOT EXISTS { MATCH (repealer:Policy)-[:REPEALS]->(p) WHERE coalesce(repealer.valid_from, repealer.date, '') <= $in_force }))
WITH p, m, COUNT { MATCH (x)-[:RESPONSIBLE_FOR]->(m) RETURN DISTINCT x } AS responsible_count
OPTIONAL MATCH (lead)-[:RESPONSIBLE_FOR {role: 'lead'}]->(m)
  WHERE lead.name <> ''
RETURN p.doc_id AS policy_id, m.order AS measure_order, m.measure_id AS measure_id, m.title AS measure_title,
       lead.name AS lead_agency, responsible_count,
       CASE WHEN lead IS NOT NULL THEN 'lead' WHEN responsible_count > 0 THEN 'no_lead' ELSE 'no_responsible' END
         AS status
ORDER BY policy_id, measure_order, measure_id
