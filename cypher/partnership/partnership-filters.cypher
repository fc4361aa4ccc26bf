// Fragment: the filters of partnership lists, on `n` at instant `at`.
// Only partnerships the reader may see ($access). A declined proposal is left out once its links
// have ended (the answer ends them), so it is listed at an `asOf` before the refusal only.
WHERE (n.visibility = 'PUBLIC' OR $access.isAdmin OR n.id IN $access.spaceIds)
  AND (n.status IS NULL OR n.status <> 'DECLINED' OR EXISTS {
    MATCH (n)<-[r:PARTY_TO]-(:Actor) WHERE (r.since IS NULL OR r.since <= at) AND (r.until IS NULL OR r.until > at)
  })
  AND ($text IS NULL OR n.sortName CONTAINS $text)
  AND ($partyId IS NULL OR EXISTS {
    MATCH (n)<-[r:PARTY_TO]-(p:Actor:Entity {id: $partyId}) WHERE (r.since IS NULL OR r.since <= at) AND (r.until IS NULL OR r.until > at)
      AND (p.visibility = 'PUBLIC' OR $access.isAdmin OR p.id IN $access.spaceIds)
  })
