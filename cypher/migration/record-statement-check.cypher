// Records that every statement of this fingerprint compiled on this database (api/db/explain.ts).
// Params: $fingerprint. Returns: fingerprint
MERGE (c:StatementCheck {name: 'cypher'})
SET c.fingerprint = $fingerprint, c.checkedAt = datetime()
RETURN c.fingerprint AS fingerprint
