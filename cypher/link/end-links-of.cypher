// Ends, at $at, the links of $types an entity has in either direction that have not ended by then;
// one that would only start after $at ends when it starts, so it is never valid. For a write whose
// own rules allow it (a declined partnership proposal); the caller records the changes.
// Params: $id, $types (relationship types from api/link/link-rules.ts), $at (ISO instant).
// Returns: id, type, fromId, toId, since, before (until before), until
MATCH (n:Entity {id: $id})
CALL (n) {
  MATCH (n)-[r:$any($types)]->(m:Entity)
  RETURN r, n AS a, m AS b
  UNION ALL
  MATCH (n)<-[r:$any($types)]-(m:Entity)
  RETURN r, m AS a, n AS b
}
WITH r, a, b, r.until AS before
WHERE r.until IS NULL OR r.until > datetime($at)
SET r.until = CASE WHEN r.since IS NOT NULL AND r.since > datetime($at) THEN r.since ELSE datetime($at) END
RETURN r.id AS id, type(r) AS type, a.id AS fromId, b.id AS toId, r.since AS since, before, r.until AS until
ORDER BY r.since, r.id
