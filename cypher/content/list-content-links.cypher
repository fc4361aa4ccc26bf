// Targets of a content item's links of one type, in order (DataLoader batch). Each only if the reader
// may see it as if read directly: an entity by the entity rule, an item (a cover, attached media) by
// the item rule, its space's visibility included, so a public item never shows what another, hidden
// one holds. People are read through the people loader, never here.
// Params: $ids, $type, $access, $now. Returns: id, target (properties plus __typename)
UNWIND $ids AS id
MATCH (:Content {id: id})-[l:$($type)]->(t)
WHERE NOT t:Person
OPTIONAL MATCH (t:Content)-[:IN_SPACE]->(s:Entity)
WITH id, l, t, t AS n, t AS c, s
WHERE (n:Entity AND
  // @include entity/visible-entity
  ) OR (c:Content AND
  // @include content/visible-content
  )
WITH id, l, t ORDER BY l.position
RETURN id, t {.*, __typename: head([x IN labels(t) WHERE NOT x IN ['Entity', 'Content']])} AS target
