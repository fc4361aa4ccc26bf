// An actor's invitation into a partnership, if any. Params: $partnershipId, $actorId.
// Returns: status, since, until
MATCH (:Actor {id: $actorId})-[i:INVITED_TO]->(:Partnership {id: $partnershipId})
RETURN i.status AS status, i.since AS since, i.until AS until
