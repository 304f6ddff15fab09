// Measures an agency is responsible for, with its role, the policy and the evidence.
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
     r.evidence_doc IS NOT NULL AND r.evidence_start IS NOT NULL AND r.evidence_end IS NOT NULL AS evidenced
RETURN DISTINCT a.name AS agency_name, p.doc_id AS policy_id, p.title AS policy_title,
       m.order AS measure_order, m.measure_id AS measure_id, m.title AS measure_title,
       CASE WHEN coalesce(r.role, '') = '' THEN 'co' ELSE r.role END AS role,
       r.as_written AS as_written,
       CASE WHEN evidenced THEN r.evidence_start END AS evidence_start,
       CASE WHEN evidenced THEN r.evidence_end END AS evidence_end,
       CASE WHEN evidenced THEN r.evidence_text END AS evidence_text,
       CASE WHEN evidenced AND r.evidence_sentence <> '' THEN r.evidence_sentence END AS evidence_sentence
ORDER BY agency_name, policy_id, measure_order, measure_id, role
