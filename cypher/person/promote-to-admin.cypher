// Makes an existing account an instance administrator (command line only).
// Params: $email (normalised). Returns: wasAdmin, person
MATCH (p:Person {email: $email})
WHERE p.deletedAt IS NULL
WITH p, coalesce(p.isAdmin, false) AS wasAdmin
SET p.isAdmin = true, p.updatedAt = datetime()
RETURN wasAdmin, p {.id, .displayName, .email, .isAdmin, .createdAt, emailPublic: coalesce(p.emailPublic, false), lang: coalesce(p.lang, 'fr'),
  deleted: false, suspended: p.suspendedAt IS NOT NULL} AS person
