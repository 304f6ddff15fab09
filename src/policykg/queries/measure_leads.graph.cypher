// measure_leads as a graph: each measure of the policies, with its lead agency when the text names one.
// $policy: a policy's document id, or '' for every policy.
// $in_force: a day (YYYY-MM-DD), only policies in force then (as policies_in_force), or '' for all.
MATCH path = (p:Policy)-[:HAS_MEASURE]->(m:Measure)
WHERE ($policy = '' OR p.doc_id = $policy)
  AND ($in_force = '' OR (p.doc_type <> 'proposal_reply'
       AND coalesce(p.valid_from, p.date, '9999') <= $in_force
       AND (p.valid_to IS NULL OR $in_force <= p.valid_to
            OR EXISTS { MATCH (:Policy)-[e:EXTENDS]->(p) WHERE $in_force <= e.until })
       AND NOT EXISTS { MATCH (repealer:Policy)-[:REPEALS]->(p) WHERE coalesce(repealer.valid_from, repealer.date, '') <= $in_force }))
OPTIONAL MATCH lead = (a:Agency)-[:RESPONSIBLE_FOR {role: 'lead'}]->(m)
RETURN path, lead
