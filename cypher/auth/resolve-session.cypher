// The person behind a session token hash, if the session is open, unexpired, and the account active.
// Params: $tokenHash. Returns: sessionId, personId, isAdmin
MATCH (p:Person)-[:HAS_SESSION]->(s:Session {tokenHash: $tokenHash})
WHERE s.endedAt IS NULL AND s.expiresAt > datetime() AND p.suspendedAt IS NULL AND p.deletedAt IS NULL
RETURN s.id AS sessionId, p.id AS personId, coalesce(p.isAdmin, false) AS isAdmin
