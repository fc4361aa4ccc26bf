// Fragment: the filters of partnership lists, on `n` at instant `at`.
WHERE ($text IS NULL OR n.sortName CONTAINS $text)
  AND ($partyId IS NULL OR EXISTS {
    MATCH (n)<-[r:PARTY_TO]-(:Actor {id: $partyId}) WHERE (r.since IS NULL OR r.since <= at) AND (r.until IS NULL OR r.until > at)
  })
