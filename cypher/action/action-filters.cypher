// Fragment: the filters of action lists, on `a` at instant `at`.
// Only actions the reader may see ($access): counts and search included.
WHERE (a.visibility = 'PUBLIC' OR $access.isAdmin OR a.id IN $access.spaceIds)
  AND ($kinds IS NULL OR a.kind IN $kinds)
  AND ($statuses IS NULL OR a.status IN $statuses)
  // Ends after $from (the end is exclusive); an action without an end is an instant, kept when on or after $from.
  AND ($from IS NULL OR a.endsAt > datetime($from) OR (a.endsAt IS NULL AND a.startsAt >= datetime($from))
    // A recurring series runs until its last occurrence ends, or forever without COUNT or UNTIL.
    OR (a.rrule IS NOT NULL AND (a.seriesEndsAt IS NULL OR a.seriesEndsAt > datetime($from))))
  AND ($to IS NULL OR a.startsAt < datetime($to))
  AND ($partOfId IS NULL OR EXISTS {
    MATCH (a)-[r:PART_OF]->(p:Action:Entity {id: $partOfId}) WHERE (r.since IS NULL OR r.since <= at) AND (r.until IS NULL OR r.until > at)
      // A hidden parent or carrier filters to nothing: what it holds must not reveal it.
      AND (p.visibility = 'PUBLIC' OR $access.isAdmin OR p.id IN $access.spaceIds)
  })
  AND ($carriedById IS NULL OR EXISTS {
    MATCH (a)<-[r:CARRIES]-(p:Actor:Entity {id: $carriedById}) WHERE (r.since IS NULL OR r.since <= at) AND (r.until IS NULL OR r.until > at)
      AND (p.visibility = 'PUBLIC' OR $access.isAdmin OR p.id IN $access.spaceIds)
  })
  // @include shared/located-filters
