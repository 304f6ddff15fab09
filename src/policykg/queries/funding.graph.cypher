// funding as a graph: each amount of each measure (captioned with its value and condition) and the
// agencies responsible for the measure.
// $policy, $agency: a document id / an agency's full name, or '' for all.
MATCH path = (p:Policy)-[:HAS_MEASURE]->(m:Measure)-[:HAS_FUNDING]->(f:Funding)
WHERE ($policy = '' OR p.doc_id = $policy)
  AND ($agency = '' OR EXISTS { MATCH (:Agency {name: $agency})-[:RESPONSIBLE_FOR]->(m) })
OPTIONAL MATCH responsible = (a:Agency)-[:RESPONSIBLE_FOR]->(m)
  WHERE $agency = '' OR a.name = $agency
RETURN path, responsible
