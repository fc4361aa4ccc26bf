// Fragment: the filters of action lists, on `a` at instant `at`.
WHERE ($kinds IS NULL OR a.kind IN $kinds)
  AND ($statuses IS NULL OR a.status IN $statuses)
  AND ($from IS NULL OR coalesce(a.endsAt, a.startsAt) > datetime($from))
  AND ($to IS NULL OR a.startsAt < datetime($to))
  AND ($partOfId IS NULL OR EXISTS {
    MATCH (a)-[r:PART_OF]->(:Action {id: $partOfId}) WHERE (r.since IS NULL OR r.since <= at) AND (r.until IS NULL OR r.until > at)
  })
  AND ($carriedById IS NULL OR EXISTS {
    MATCH (a)<-[r:CARRIES]-(:Actor {id: $carriedById}) WHERE (r.since IS NULL OR r.since <= at) AND (r.until IS NULL OR r.until > at)
  })
  // @include shared/located-filters
