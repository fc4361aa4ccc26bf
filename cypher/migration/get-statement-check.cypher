// The fingerprint of the statements last checked with EXPLAIN on this database (api/db/explain.ts):
// a hash of every cypher/ statement's text and the server's version.
// Returns: fingerprint, checkedAt
MATCH (c:StatementCheck {name: 'cypher'})
RETURN c.fingerprint AS fingerprint, c.checkedAt AS checkedAt
