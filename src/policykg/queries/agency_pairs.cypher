// Pairs of agencies responsible together for at least $k measures (agency_a sorts before agency_b).
MATCH (a:Agency)-[:RESPONSIBLE_FOR]->(m)<-[:RESPONSIBLE_FOR]-(b:Agency)
WHERE a.name < b.name
MATCH (p)-[:HAS_MEASURE]->(m)
WITH a, b, count(DISTINCT m) AS shared_measures, count(DISTINCT p) AS shared_policies
WHERE shared_measures >= $k
RETURN a.name AS agency_a, b.name AS agency_b, shared_measures, shared_policies
ORDER BY shared_measures DESC, agency_a, agency_b
