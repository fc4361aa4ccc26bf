// Who a password reset e-mail goes to: a live, unsuspended account with this address, or no row.
// Params: $email (normalised). Returns: id, displayName, lang
MATCH (p:Person {email: $email})
WHERE p.deletedAt IS NULL AND p.suspendedAt IS NULL
RETURN p.id AS id, p.displayName AS displayName, coalesce(p.lang, 'fr') AS lang
