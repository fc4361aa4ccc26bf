// An actor's invitation into a partnership, if any. Params: $partnershipId, $actorId.
// Returns: status, since, until
MATCH (:Actor:Entity {id: $actorId})-[i:INVITED_TO]->(:Partnership:Entity {id: $partnershipId})
RETURN i.status AS status, i.since AS since, i.until AS until
