// mentions as a graph: the enterprises, platforms and programs each policy (and measure) mentions.
// $kind: enterprise, platform, program, all, or '' for enterprises and platforms.
MATCH path = (p:Policy)-[:MENTIONS]->(e)
WHERE (e:Enterprise OR e:Platform OR e:Program)
WITH p, e, path,
     CASE WHEN e:Enterprise THEN 'enterprise' WHEN e:Platform THEN 'platform' ELSE 'program' END AS entity_kind
WHERE $kind = 'all' OR entity_kind = $kind OR ($kind = '' AND entity_kind <> 'program')
OPTIONAL MATCH measure = (p)-[:HAS_MEASURE]->(:Measure)-[:MENTIONS]->(e)
RETURN path, measure
