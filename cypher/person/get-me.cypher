// The signed-in person's own record, private fields included (never the password hash).
// Params: $id. Returns: person
MATCH (p:Person {id: $id})
WHERE p.deletedAt IS NULL
RETURN p {.id, .displayName, .email, .isAdmin, .createdAt, emailPublic: coalesce(p.emailPublic, false), deleted: false,
  suspended: p.suspendedAt IS NOT NULL} AS person
