// An invitation by the hash of its token: a link invitation's, or the one in an invitation e-mail (the
// token is the invitation; by id, invitations are looked up through auth/find-visible).
// Params: $tokenHash. Returns: invitation
MATCH (i:Invitation {tokenHash: $tokenHash})
RETURN i {.id, .spaceId, .role, .email, .expiresAt, .acceptedAt} AS invitation
