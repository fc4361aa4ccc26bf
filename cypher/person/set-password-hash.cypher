// Replaces a person's password hash.
// Params: $id, $passwordHash. Returns: id
MATCH (p:Person {id: $id})
WHERE p.deletedAt IS NULL
SET p.passwordHash = $passwordHash, p.updatedAt = datetime()
RETURN p.id AS id
