// Records how a space shows an item in its listings (NORMAL removes the choice).
// Params: $spaceId, $itemId, $placement. Returns: placement
MATCH (s:Entity {id: $spaceId}), (c:Content {id: $itemId})
OPTIONAL MATCH (s)-[old:PLACES]->(c)
DELETE old
WITH s, c
CALL (s, c) {
  WITH s, c WHERE $placement <> 'NORMAL'
  CREATE (s)-[:PLACES {placement: $placement}]->(c)
}
RETURN $placement AS placement
