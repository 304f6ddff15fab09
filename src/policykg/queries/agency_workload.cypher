// Agencies ranked by workload: measures they are responsible for, as lead and as co-responsible
// unit, of them those whose text names no lead, and in how many policies. Collectives (各区人民政府,
// 各有关部门: a.collective) are not one agency's workload and are left out unless $include_collectives.
// (agency_workload.rq asks the same of the RDF store.)
// $in_force: a day (YYYY-MM-DD), only the measures of policies in force then, or '' for all.
// $include_collectives: true to list collective units too.
MATCH (p:Policy)-[:HAS_MEASURE]->(m)<-[r:RESPONSIBLE_FOR]-(a:Agency)
WHERE ($in_force = '' OR (p.doc_type <> 'proposal_reply'
     AND coalesce(p.valid_from, p.date, '9999') <= $in_force
     AND (p.valid_to IS NULL OR $in_force <= p.valid_to
          OR EXISTS { MATCH (:Policy)-[e:EXTENDS]->(p) WHERE $in_force <= e.until })
     AND NOT EXISTS { MATCH (repealer:Policy)-[:REPEALS]->(p) WHERE coalesce(repealer.valid_from, repealer.date, '') <= $in_force }))
WITH a, p, m, r, EXISTS { MATCH (m)<-[:RESPONSIBLE_FOR {role: 'lead'}]-() } AS lead_stated
WITH a,
     count(DISTINCT m) AS measures,
     sum(CASE WHEN r.role = 'lead' THEN 1 ELSE 0 END) AS lead_measures,
     sum(CASE WHEN r.role = 'lead' THEN 0 ELSE 1 END) AS co_measures,
     count(DISTINCT CASE WHEN lead_stated THEN null ELSE m END) AS no_lead_stated,
     count(DISTINCT p) AS policies
WHERE a.name <> '' AND ($include_collectives OR NOT coalesce(a.collective, false))
RETURN a.name AS agency_name, measures, lead_measures, co_measures, no_lead_stated, policies,
       coalesce(a.collective, false) AS collective
ORDER BY measures DESC, lead_measures DESC, agency_name
