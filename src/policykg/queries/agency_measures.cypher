// Measures an agency is responsible for: the measure, its role, whether a lead is named at all, the
// evidence, then the agency, the policy and the offsets (the informative columns first).
// $agency: the agency's full name, or a name as written (市工信局), which may match several agencies.
// $in_force: a day (YYYY-MM-DD), only policies in force then (as policies_in_force), or '' for all.
MATCH (a:Agency)-[r:RESPONSIBLE_FOR]->(m:Measure)<-[:HAS_MEASURE]-(p:Policy)
WHERE (a.name = $agency
       OR EXISTS { MATCH (a)-[w:RESPONSIBLE_FOR]->() WHERE w.as_written = $agency AND $agency <> '' })
  AND a.name <> '' AND p.doc_id IS NOT NULL AND p.title IS NOT NULL
  AND m.measure_id IS NOT NULL AND m.order IS NOT NULL
  AND ($in_force = '' OR (p.doc_type <> 'proposal_reply'
       AND coalesce(p.valid_from, p.date, '9999') <= $in_force
       AND (p.valid_to IS NULL OR $in_force <= p.valid_to
            OR EXISTS { MATCH (:Policy)-[e:EXTENDS]->(p) WHERE $in_force <= e.until })
       AND NOT EXISTS { MATCH (repealer:Policy)-[:REPEALS]->(p) WHERE coalesce(repealer.valid_from, repealer.date, '') <= $in_force }))
WITH a, r, m, p,
     r.evidence_doc IS NOT NULL AND r.evidence_start IS NOT NULL AND r.evidence_end IS NOT NULL AS evidenced,
     EXISTS { MATCH (m)<-[:RESPONSIBLE_FOR {role: 'lead'}]-() } AS lead_stated
RETURN DISTINCT m.title AS measure_title,
       CASE WHEN coalesce(r.role, '') = '' THEN 'co' ELSE r.role END AS role,
       lead_stated,
       CASE WHEN evidenced AND r.evidence_sentence <> '' THEN r.evidence_sentence END AS evidence_sentence,
       a.name AS agency_name, p.title AS policy_title, m.measure_id AS measure_id,
       r.as_written AS as_written,
       CASE WHEN evidenced THEN r.evidence_text END AS evidence_text,
       p.doc_id AS policy_id, m.order AS measure_order,
       CASE WHEN evidenced THEN r.evidence_start END AS evidence_start,
       CASE WHEN evidenced THEN r.evidence_end END AS evidence_end
ORDER BY agency_name, policy_id, measure_order, measure_id, role
