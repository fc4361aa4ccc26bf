// Migration 010 (rebuild of `searchText`): one page of content items by id, after $after, keyset-paged
// on the content_id index. Params: $after (an id; '' for the first page), $fields (names of the search
// fields), $limit. Returns: id, searchText, values (the fields' values, in the order of $fields)
MATCH (c:Content)
WHERE c.id > $after
WITH c ORDER BY c.id LIMIT toInteger($limit)
RETURN c.id AS id, c.searchText AS searchText, [f IN $fields | c[f]] AS values
