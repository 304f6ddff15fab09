// policy_links as a graph: what each policy repeals, amends, extends or implements, and the corpus
// policy a link resolves to.
// $policy: a policy's document id (its links, and the links to it), or '' for every policy.
// $kind: repeals, amends, extends or implements, or '' for every kind.
MATCH path = (p:Policy)-[l:REPEALS|AMENDS|EXTENDS|IMPLEMENTS]->(c:Citation)
WHERE $kind = '' OR toLower(type(l)) = $kind
OPTIONAL MATCH resolved = (p)-[r]->(q:Policy)
  WHERE type(r) = type(l) AND r.resolved_from = c.key
WITH path, resolved, p, q
WHERE $policy = '' OR p.doc_id = $policy OR q.doc_id = $policy
RETURN path, resolved
