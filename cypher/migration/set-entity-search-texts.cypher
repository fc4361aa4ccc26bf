// Migration 010: writes rebuilt search texts of entities. A node whose search text is no longer the one
// read ($rows.old) was changed meanwhile by a write that built its own: it is left alone.
// Params: $rows ([{id, old, searchText}]). Returns: written
UNWIND $rows AS r
MATCH (n:Entity {id: r.id})
WHERE coalesce(n.searchText, '') = coalesce(r.old, '')
SET n.searchText = r.searchText
RETURN count(n) AS written
