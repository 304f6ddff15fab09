// jurisdiction as a graph: the jurisdiction, the jurisdictions within it, and their policies and agencies.
// $jurisdiction: the jurisdiction's name (深圳市).
MATCH within = (j:Jurisdiction)-[:PART_OF*0..]->(:Jurisdiction {name: $jurisdiction})
WHERE all(n IN nodes(within) WHERE n:Jurisdiction)
OPTIONAL MATCH item = (x)-[:IN_JURISDICTION]->(j)
  WHERE x:Policy OR x:Agency
RETURN within, item
