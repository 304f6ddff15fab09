// agency_pairs as a graph: the pairs of agencies responsible together for at least $k measures,
// drawn through those measures (not through the derived CO_RESPONSIBLE edges).
// $k: the least number of shared measures.
MATCH (a:Agency)-[:RESPONSIBLE_FOR]->(m:Measure)<-[:RESPONSIBLE_FOR]-(b:Agency)
WHERE a.name < b.name
WITH a, b, collect(DISTINCT m) AS shared
WHERE size(shared) >= $k
UNWIND shared AS m
MATCH path = (a)-[:RESPONSIBLE_FOR]->(m)<-[:RESPONSIBLE_FOR]-(b)
RETURN path
