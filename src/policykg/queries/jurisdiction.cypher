// Everything within a jurisdiction and its sub-jurisdictions (PART_OF*): the jurisdictions,
// the policies and the agencies located there (IN_JURISDICTION).
// $jurisdiction: the jurisdiction's name, e.g. 深圳市.
MATCH path = (j:Jurisdiction)-[:PART_OF*0..]->(root:Jurisdiction {name: $jurisdiction})
WHERE all(n IN nodes(path) WHERE n:Jurisdiction) AND j.name <> ''
WITH DISTINCT j
CALL (j) {
  MATCH (x:Policy)-[:IN_JURISDICTION]->(j)
  WHERE x.doc_id IS NOT NULL AND x.title IS NOT NULL
  RETURN 'policy' AS kind, x.doc_id AS item_id, x.title AS item_name
  UNION ALL
  MATCH (x:Agency)-[:IN_JURISDICTION]->(j)
  WHERE x.name <> ''
  RETURN 'agency' AS kind, x.name AS item_id, x.name AS item_name
  UNION ALL
  RETURN 'jurisdiction' AS kind, j.name AS item_id, j.name AS item_name
}
RETURN j.name AS jurisdiction_name, j.level AS level, kind, item_id, item_name
ORDER BY jurisdiction_name, kind, item_id
