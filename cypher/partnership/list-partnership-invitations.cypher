// Each actor invited into or taking part in partnerships (DataLoader batch), with its answer: for a
// proposed partnership, the proposer (ACCEPTED) then the invited actors in the order invited; for one
// created directly, its parties that have not left (ACCEPTED). Actors are read afterwards through the
// entity loader, which leaves out those the reader may not see. Params: $ids.
// Returns: id, invitations ([{actorId, status, proposer}])
UNWIND $ids AS id
MATCH (p:Partnership:Entity {id: id})
RETURN id,
  CASE WHEN p.proposerId IS NULL THEN [] ELSE [{actorId: p.proposerId, status: 'ACCEPTED', proposer: true}] END
  + COLLECT {
    MATCH (a:Actor)-[i:INVITED_TO]->(p)
    WITH a, i ORDER BY i.at, i.position
    RETURN {actorId: a.id, status: i.status, proposer: false}
  }
  + COLLECT {
    MATCH (a:Actor)-[r:PARTY_TO]->(p)
    WHERE p.proposerId IS NULL AND (r.until IS NULL OR r.until > datetime())
    WITH DISTINCT a ORDER BY a.sortName
    RETURN {actorId: a.id, status: 'ACCEPTED', proposer: false}
  } AS invitations
