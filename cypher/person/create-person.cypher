// Creates an account. The unique constraint on Person.email refuses a second account for one address.
// Params: $id, $email, $displayName, $sortName, $passwordHash, $isAdmin, $lang ('fr' | 'en'). Returns: person
CREATE (p:Person {id: $id, email: $email, emailPublic: false, displayName: $displayName, sortName: $sortName,
  passwordHash: $passwordHash, isAdmin: $isAdmin, lang: $lang, createdAt: datetime(), updatedAt: datetime()})
RETURN p {.id, .displayName, .email, .emailPublic, .isAdmin, .lang, .createdAt, deleted: false, suspended: false} AS person
