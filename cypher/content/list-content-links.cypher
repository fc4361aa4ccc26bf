// Targets of a content item's links of one type, in order (DataLoader batch). Entities the reader may
// not see are left out; people are read through the people loader, never here. Params: $ids, $type, $access. Returns: id, target (properties plus __typename)
UNWIND $ids AS id
MATCH (c:Content {id: id})-[l:$($type)]->(t)
WHERE NOT t:Person
  AND (t.visibility IS NULL OR t.visibility = 'PUBLIC' OR $access.isAdmin OR t.id IN $access.spaceIds OR t.spaceId IN $access.spaceIds)
WITH id, l, t ORDER BY l.position
RETURN id, t {.*, __typename: head([x IN labels(t) WHERE NOT x IN ['Entity', 'Content']])} AS target
