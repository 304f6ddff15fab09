// The measures of policies no longer in force on a day: their last day (valid_to, pushed later by an
// EXTENDS notice's until) is before it, or a policy that REPEALS them entered into force by then.
// Replies are left out.
// $date: an ISO day.
MATCH (p:Policy)
WHERE p.doc_id IS NOT NULL AND p.title IS NOT NULL AND p.doc_type <> 'proposal_reply'
OPTIONAL MATCH (:Policy)-[x:EXTENDS]->(p)
WITH p, max(x.until) AS extended
WITH p,
     CASE WHEN p.valid_to IS NULL THEN null WHEN extended > p.valid_to THEN extended ELSE p.valid_to END AS policy_end,
     EXISTS { MATCH (r:Policy)-[:REPEALS]->(p) WHERE coalesce(r.valid_from, r.date, '') <= $date } AS repealed
WHERE repealed OR policy_end < $date
MATCH (p)-[:HAS_MEASURE]->(m:Measure)
WHERE m.measure_id IS NOT NULL AND m.order IS NOT NULL
RETURN p.doc_id AS policy_id, p.title AS policy_title, policy_end, repealed,
       m.order AS measure_order, m.measure_id AS measure_id, m.title AS measure_title
ORDER BY policy_id, measure_order, measure_id
