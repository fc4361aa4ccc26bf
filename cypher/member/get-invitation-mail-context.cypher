// What an invitation e-mail says and in which language: the inviter's name and language, and the
// language of the account the address already has (if any).
// Params: $inviterId (or null), $email. Returns: inviterName, inviterLang, inviteeLang (each or null)
OPTIONAL MATCH (inviter:Person {id: $inviterId})
OPTIONAL MATCH (invitee:Person {email: $email})
WHERE invitee.deletedAt IS NULL
RETURN inviter.displayName AS inviterName, coalesce(inviter.lang, CASE WHEN inviter IS NULL THEN null ELSE 'fr' END) AS inviterLang,
  coalesce(invitee.lang, CASE WHEN invitee IS NULL THEN null ELSE 'fr' END) AS inviteeLang
