// Records an invited actor's answer and says how many invitations still wait. Touching the
// partnership first takes its write lock, so concurrent answers count the waiting ones in turn.
// Params: $partnershipId, $actorId, $status ('ACCEPTED' or 'DECLINED'), $personId, $now.
// Returns: waiting (invitations still INVITED); no row when the invitation was answered already
MATCH (p:Partnership:Entity {id: $partnershipId})
SET p.updatedAt = datetime($now)
WITH p
MATCH (:Actor:Entity {id: $actorId})-[i:INVITED_TO {status: 'INVITED'}]->(p)
SET i.status = $status, i.answeredAt = datetime($now), i.answeredBy = $personId
WITH p
RETURN COUNT { (:Actor)-[:INVITED_TO {status: 'INVITED'}]->(p) } AS waiting
