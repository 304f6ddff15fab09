// The responsible agencies of one policy's measures: one row per measure x agency, the lead marked.
// $policy: the policy's document id.
// $in_force: a day (YYYY-MM-DD), only policies in force then (as policies_in_force), or '' for all.
MATCH (p:Policy {doc_id: $policy})-[:HAS_MEASURE]->(m)<-[r:RESPONSIBLE_FOR]-(a)
WHERE m.measure_id IS NOT NULL AND m.order IS NOT NULL AND a.name <> ''
  AND ($in_force = '' OR (p.doc_type <> 'proposal_reply'
       AND coalesce(p.valid_from, p.date, '9999') <= $in_force
       AND (p.valid_to IS NULL OR $in_force <= p.valid_to
            OR EXISTS { MATCH (:Policy)-[e:EXTENDS]->(p) WHERE $in_force <= e.until })
       AND NOT EXISTS { MATCH (repealer:Policy)-[:REPEALS]->(p) WHERE coalesce(repealer.valid_from, repealer.date, '') <= $in_force }))
WITH m, r, a, CASE WHEN coalesce(r.role, '') = '' THEN 'co' ELSE r.role END AS role,
     EXISTS { MATCH (m)<-[:RESPONSIBLE_FOR {role: 'lead'}]-() } AS lead_stated
RETURN m.order AS measure_order, m.measure_id AS measure_id, m.title AS measure_title, a.name AS agency_name,
       role, role = 'lead' AS is_lead, lead_stated, r.as_written AS as_written
ORDER BY measure_order, measure_id, agency_name
