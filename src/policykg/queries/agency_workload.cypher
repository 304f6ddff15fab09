// Agencies ranked by workload: measures they are responsible for, as lead and as co-responsible
// unit, and in how many policies. Collectives (各区人民政府, 各有关部门: a.collective) are not one
// agency's workload and are left out. (agency_workload.rq asks the same of the RDF store.)
MATCH (p)-[:HAS_MEASURE]->(m)<-[r:RESPONSIBLE_FOR]-(a:Agency)
WITH a,
     count(DISTINCT m) AS measures,
     sum(CASE WHEN r.role = 'lead' THEN 1 ELSE 0 END) AS lead_measures,
     sum(CASE WHEN r.role = 'lead' THEN 0 ELSE 1 END) AS co_measures,
     count(DISTINCT p) AS policies
WHERE a.name <> '' AND NOT coalesce(a.collective, false)
RETURN a.name AS agency_name, measures, lead_measures, co_measures, policies
ORDER BY measures DESC, lead_measures DESC, agency_name
