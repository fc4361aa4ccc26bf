// find-password-reset inside the write that uses the reset: the reset is written first, so this
// transaction holds its write lock and `used` reflects a concurrent use that committed meanwhile (a
// token works once even when two requests race).
// Params: $tokenHash. Returns: id, personId, email, used, expired, deleted, suspended
MATCH (p:Person)-[:HAS_PASSWORD_RESET]->(r:PasswordReset {tokenHash: $tokenHash})
SET r.checkedAt = datetime()
WITH p, r
RETURN r.id AS id, p.id AS personId, p.email AS email, r.usedAt IS NOT NULL AS used, r.expiresAt <= datetime() AS expired,
  p.deletedAt IS NOT NULL AS deleted, p.suspendedAt IS NOT NULL AS suspended
