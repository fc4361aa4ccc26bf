// Records a password reset link for a person; only the token's hash is stored. The person's used
// or expired resets are deleted on the way (the audit log keeps the resets that were used).
// Params: $id, $personId, $tokenHash, $expiresAt (ISO). Returns: id
MATCH (p:Person {id: $personId})
OPTIONAL MATCH (p)-[:HAS_PASSWORD_RESET]->(old:PasswordReset)
WHERE old.usedAt IS NOT NULL OR old.expiresAt <= datetime()
DETACH DELETE old
WITH DISTINCT p
CREATE (p)-[:HAS_PASSWORD_RESET]->(r:PasswordReset {id: $id, tokenHash: $tokenHash, createdAt: datetime(), expiresAt: datetime($expiresAt)})
RETURN r.id AS id
