// Migration 010 (rebuild of `searchText`): one page of entities by id, after $after (territories have no
// search text). Keyset-paged on the entity_id index, so every page costs the same on a large graph.
// Params: $after (an id; '' for the first page), $fields (names of the search fields), $limit.
// Returns: id, searchText, values (the fields' values, in the order of $fields)
MATCH (n:Entity)
WHERE n.id > $after AND NOT n:Territory
WITH n ORDER BY n.id LIMIT toInteger($limit)
RETURN n.id AS id, n.searchText AS searchText, [f IN $fields | n[f]] AS values
