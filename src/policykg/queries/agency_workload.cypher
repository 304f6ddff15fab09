// Agencies ranked by workload: measures they are responsible for, as lead and as co-responsible
// unit, and in how many policies. (agency_workload.rq asks the same of the RDF store.)
MATCH (p)-[:HAS_MEASURE]->(m)<-[r:RESPONSIBLE_FOR]-(a:Agency)
WITH a,
     count(DISTINCT m) AS measures,
     sum(CASE WHEN r.role = 'lead' THEN 1 ELSE 0 END) AS lead_measures,
     sum(CASE WHEN r.role = 'lead' THEN 0 ELSE 1 END) AS co_measures,
     count(DISTINCT p) AS policies
WHERE a.name <> ''
RETURN a.name AS agency_name, measures, lead_measures, co_measures, policies
ORDER BY measures DESC, lead_measures DESC, agency_name
