// What sign-in checks for an e-mail: the account, its password hash and whether it is suspended.
// Deleted accounts have no e-mail, so they are never found.
// Params: $email (normalised). Returns: id, passwordHash, suspended
MATCH (p:Person {email: $email})
WHERE p.deletedAt IS NULL
RETURN p.id AS id, p.passwordHash AS passwordHash, p.suspendedAt IS NOT NULL AS suspended
