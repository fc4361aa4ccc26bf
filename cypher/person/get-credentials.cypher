// A signed-in person's e-mail and password hash, to confirm a sensitive change with their password.
// Params: $id. Returns: email, passwordHash
MATCH (p:Person {id: $id})
WHERE p.deletedAt IS NULL
RETURN p.email AS email, p.passwordHash AS passwordHash
