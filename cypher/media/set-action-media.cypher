// Replaces the media attached to an action by a new list, in order, and returns the previous list for
// the change record. The caller checked the rights and every media id. Params: $actionId, $mediaIds. Returns: before
MATCH (a:Entity:Action {id: $actionId})
OPTIONAL MATCH (a)-[old:HAS_MEDIA]->(m:Media)
WITH a, old, m ORDER BY old.position
WITH a, collect(m.id) AS before, collect(old) AS olds
FOREACH (r IN olds | DELETE r)
WITH a, before
CALL (a) {
  UNWIND range(0, size($mediaIds) - 1) AS i
  MATCH (m:Content:Media {id: $mediaIds[i]})
  CREATE (a)-[:HAS_MEDIA {position: i}]->(m)
}
RETURN before
