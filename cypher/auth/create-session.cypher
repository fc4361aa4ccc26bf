// Opens a session for a person. Only the token's hash is stored.
// Params: $id, $personId, $tokenHash, $expiresAt (ISO), $ip. Returns: id
MATCH (p:Person {id: $personId})
CREATE (p)-[:HAS_SESSION]->(s:Session {id: $id, tokenHash: $tokenHash, createdAt: datetime(), lastSeenAt: datetime(),
  expiresAt: datetime($expiresAt), ip: $ip})
RETURN s.id AS id
