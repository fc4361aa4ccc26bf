// Replaces one kind of a content item's links (themes, places, actions, media, assignees) by a new list,
// in order. The old list is kept in the change record. Types come from the closed list in
// api/content/content.store.ts; the caller checked every target. Params: $id, $type, $targetIds. Returns: count
MATCH (c:Content {id: $id})
CALL (c) {
  MATCH (c)-[old:$($type)]->()
  DELETE old
}
WITH c
UNWIND range(0, size($targetIds) - 1) AS i
OPTIONAL MATCH (e:Entity {id: $targetIds[i]})
OPTIONAL MATCH (k:Content {id: $targetIds[i]})
OPTIONAL MATCH (p:Person {id: $targetIds[i]})
WITH c, i, coalesce(e, k, p) AS t
WHERE t IS NOT NULL
CREATE (c)-[:$($type) {position: i}]->(t)
RETURN count(*) AS count
