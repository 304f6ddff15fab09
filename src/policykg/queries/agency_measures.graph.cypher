// agency_measures as a graph: the agency, the measures it is responsible for (the role on each
// RESPONSIBLE_FOR: lead or co) and their policies.
// $agency: the agency's full name, or a name as written (市工信局), which may match several agencies.
// $in_force: a day (YYYY-MM-DD), only policies in force then (as policies_in_force), or '' for all.
MATCH path = (a:Agency)-[r:RESPONSIBLE_FOR]->(m:Measure)<-[:HAS_MEASURE]-(p:Policy)
WHERE (a.name = $agency OR $agency IN coalesce(a.aliases, []))
  AND ($in_force = '' OR (p.doc_type <> 'proposal_reply'
       AND coalesce(p.valid_from, p.date, '9999') <= $in_force
       AND (p.valid_to IS NULL OR $in_force <= p.valid_to
            OR EXISTS { MATCH (:Policy)-[e:EXTENDS]->(p) WHERE $in_force <= e.until })
       AND NOT EXISTS { MATCH (repealer:Policy)-[:REPEALS]->(p) WHERE coalesce(repealer.valid_from, repealer.date, '') <= $in_force }))
RETURN path
