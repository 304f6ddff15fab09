// Every agency with each name the documents write it by (Agency.aliases), one row per name.
// $search: part of a full name or of a name as written, or '' for every agency.
MATCH (a:Agency)
WHERE a.name <> ''
  AND ($search = '' OR a.name CONTAINS $search OR any(w IN coalesce(a.aliases, []) WHERE w CONTAINS $search))
UNWIND CASE WHEN size(coalesce(a.aliases, [])) = 0 THEN [null] ELSE a.aliases END AS alias
RETURN a.name AS agency_name, alias, coalesce(a.collective, false) AS collective
ORDER BY agency_name, alias
