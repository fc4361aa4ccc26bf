// Invites actors into a proposed partnership: an INVITED_TO record each, in the order given, not a
// PARTY_TO link, so an invited actor is no party (and its managers have no right on the partnership)
// until it accepts. The proposal's dates wait on the invitation for the PARTY_TO link made on acceptance.
// Params: $partnershipId, $actorIds, $since, $until (ISO instants or null), $now. Returns: actorId
MATCH (p:Partnership:Entity {id: $partnershipId})
UNWIND range(0, size($actorIds) - 1) AS position
MATCH (a:Actor:Entity {id: $actorIds[position]})
CREATE (a)-[:INVITED_TO {status: 'INVITED', position: position, at: datetime($now), since: datetime($since), until: datetime($until)}]->(p)
RETURN a.id AS actorId
