// Ends sessions: one by id, or all of a person's but one (or all, with $keepId null).
// Params: $sessionId (or null), $personId (or null), $keepId (or null). Returns: ended
MATCH (p:Person)-[:HAS_SESSION]->(s:Session)
WHERE s.endedAt IS NULL
  AND (($sessionId IS NOT NULL AND s.id = $sessionId) OR ($personId IS NOT NULL AND p.id = $personId AND ($keepId IS NULL OR s.id <> $keepId)))
SET s.endedAt = datetime()
RETURN count(s) AS ended
