// The signed-in person's own record, private fields included (never the password hash).
// Params: $id. Returns: person
MATCH (p:Person {id: $id})
WHERE p.deletedAt IS NULL
// Accounts created before languages were kept read as French.
RETURN p {.id, .displayName, .email, .isAdmin, .createdAt, emailPublic: coalesce(p.emailPublic, false), lang: coalesce(p.lang, 'fr'), deleted: false,
  suspended: p.suspendedAt IS NOT NULL} AS person
