// What a policy repealed, amended, extended or implements, and what did so to it: every link a
// document states (REPEALS, AMENDS, EXTENDS, IMPLEMENTS) to the Citation it names, resolved to a
// corpus policy by 文号 or title when one matches, with the day the link takes effect.
// $policy: a document id at either end, or '' for all; $kind: repeals | amends | extends | implements, or ''.
MATCH (p:Policy)-[l:REPEALS|AMENDS|EXTENDS|IMPLEMENTS]->(c:Citation)
WHERE p.doc_id IS NOT NULL AND p.title IS NOT NULL AND c.name <> ''
WITH p, l, c, toLower(type(l)) AS link_kind
WHERE $kind = '' OR link_kind = $kind
OPTIONAL MATCH (p)-[r]->(q:Policy)
  WHERE type(r) = type(l) AND r.resolved_from = c.key AND q.doc_id IS NOT NULL AND q.title IS NOT NULL
WITH p, l, c, link_kind, q
WHERE $policy = '' OR p.doc_id = $policy OR q.doc_id = $policy
RETURN DISTINCT p.doc_id AS policy_id, p.title AS policy_title, link_kind, c.name AS cited_title,
       l.doc_number AS cited_doc_number, l.until AS until, q IS NOT NULL AS resolved,
       q.doc_id AS target_policy_id, q.title AS target_title, coalesce(p.valid_from, p.date) AS effective_date,
       l.evidence_text AS evidence_text
ORDER BY policy_id, link_kind, cited_title
