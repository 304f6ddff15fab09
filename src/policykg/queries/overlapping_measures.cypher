// Measures of different policies whose content overlaps: the OVERLAPS relationships computed when the
// graph is built, with their score and the method that computed it.
// $min_score: the lowest score to report.
MATCH (ma:Measure)-[o:OVERLAPS]->(mb:Measure)
WHERE o.score >= $min_score AND o.method IS NOT NULL
MATCH (pa:Policy)-[:HAS_MEASURE]->(ma), (pb:Policy)-[:HAS_MEASURE]->(mb)
WHERE pa.doc_id IS NOT NULL AND pb.doc_id IS NOT NULL
  AND ma.measure_id IS NOT NULL AND mb.measure_id IS NOT NULL
RETURN pa.doc_id AS policy_a, ma.measure_id AS measure_a_id, ma.title AS measure_a_title,
       pb.doc_id AS policy_b, mb.measure_id AS measure_b_id, mb.title AS measure_b_title,
       o.score AS score, o.content AS content_score, o.agencies AS agency_score, o.method AS method,
       o.shared_words AS shared_words
ORDER BY score DESC, policy_a, measure_a_id, policy_b, measure_b_id
