// Invites actors into a proposed partnership: an INVITED_TO record each, not a PARTY_TO link, so an
// invited actor is no party (and its managers have no right on the partnership) until it accepts.
// The proposal's dates wait on the invitation for the PARTY_TO link made on acceptance.
// Params: $partnershipId, $actorIds, $since, $until (ISO instants or null), $now. Returns: actorId
MATCH (p:Partnership {id: $partnershipId})
UNWIND $actorIds AS actorId
MATCH (a:Actor {id: actorId})
CREATE (a)-[:INVITED_TO {status: 'INVITED', at: datetime($now), since: datetime($since), until: datetime($until)}]->(p)
RETURN a.id AS actorId
