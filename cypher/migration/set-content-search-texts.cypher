// Migration 010: writes rebuilt search texts of content items (see set-entity-search-texts).
// Params: $rows ([{id, old, searchText}]). Returns: written
UNWIND $rows AS r
MATCH (c:Content {id: r.id})
WHERE coalesce(c.searchText, '') = coalesce(r.old, '')
SET c.searchText = r.searchText
RETURN count(c) AS written
