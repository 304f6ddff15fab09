// policy_responsibilities as a graph: the policy, its measures and the agencies responsible for each
// (the role on each RESPONSIBLE_FOR: lead or co).
// $policy: the policy's document id.
// $in_force: a day (YYYY-MM-DD), only if the policy is in force then (as policies_in_force), or '' for any day.
MATCH path = (p:Policy {doc_id: $policy})-[:HAS_MEASURE]->(m:Measure)<-[r:RESPONSIBLE_FOR]-(a:Agency)
WHERE a.name <> ''
  AND ($in_force = '' OR (p.doc_type <> 'proposal_reply'
       AND coalesce(p.valid_from, p.date, '9999') <= $in_force
       AND (p.valid_to IS NULL OR $in_force <= p.valid_to
            OR EXISTS { MATCH (:Policy)-[e:EXTENDS]->(p) WHERE $in_force <= e.until })
       AND NOT EXISTS { MATCH (repealer:Policy)-[:REPEALS]->(p) WHERE coalesce(repealer.valid_from, repealer.date, '') <= $in_force }))
RETURN path
