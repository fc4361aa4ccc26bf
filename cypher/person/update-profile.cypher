// Changes a person's own profile fields; a null parameter leaves its field as it is.
// Params: $id, $displayName, $sortName, $emailPublic, $lang (each or null). Returns: before, person
MATCH (p:Person {id: $id})
WHERE p.deletedAt IS NULL
WITH p, p {.displayName, emailPublic: coalesce(p.emailPublic, false), lang: coalesce(p.lang, 'fr')} AS before
SET p.displayName = coalesce($displayName, p.displayName),
  p.sortName = coalesce($sortName, p.sortName),
  p.emailPublic = coalesce($emailPublic, p.emailPublic, false),
  p.lang = coalesce($lang, p.lang, 'fr'),
  p.updatedAt = datetime()
RETURN before, p {.id, .displayName, .email, .emailPublic, .isAdmin, .lang, .createdAt, deleted: false,
  suspended: p.suspendedAt IS NOT NULL} AS person
