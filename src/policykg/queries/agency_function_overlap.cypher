// Agencies of the same function (the name without its jurisdiction: 苏州市工业和信息化局 and
// 深圳市工业和信息化局 are both 工业和信息化局) responsible for overlapping measures of different
// policies; same_agency is true when it is one agency.
// $min_score: the lowest overlap score to consider.
MATCH (ma:Measure)-[o:OVERLAPS]->(mb:Measure)
WHERE o.score >= $min_score
MATCH (aa:Agency)-[:RESPONSIBLE_FOR]->(ma), (ab:Agency)-[:RESPONSIBLE_FOR]->(mb)
WHERE aa.function = ab.function AND aa.name <> '' AND ab.name <> ''
MATCH (pa:Policy)-[:HAS_MEASURE]->(ma), (pb:Policy)-[:HAS_MEASURE]->(mb)
WHERE pa.doc_id IS NOT NULL AND pb.doc_id IS NOT NULL
  AND ma.measure_id IS NOT NULL AND mb.measure_id IS NOT NULL
RETURN aa.function AS agency_function, aa.name AS agency_a, pa.doc_id AS policy_a, ma.measure_id AS measure_a_id,
       ab.name AS agency_b, pb.doc_id AS policy_b, mb.measure_id AS measure_b_id, o.score AS score,
       aa = ab AS same_agency
ORDER BY agency_function, score DESC, agency_a, policy_a, measure_a_id, agency_b, policy_b, measure_b_id
