// A password reset by the hash of its token, and whether it may still be used.
// Params: $tokenHash. Returns: id, personId, email, used, expired, deleted, suspended
MATCH (p:Person)-[:HAS_PASSWORD_RESET]->(r:PasswordReset {tokenHash: $tokenHash})
RETURN r.id AS id, p.id AS personId, p.email AS email, r.usedAt IS NOT NULL AS used, r.expiresAt <= datetime() AS expired,
  p.deletedAt IS NOT NULL AS deleted, p.suspendedAt IS NOT NULL AS suspended
