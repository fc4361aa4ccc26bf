// Fragment: the filters of actor lists, on `a` at instant `at`.
// Only actors the reader may see ($access): counts and search included.
WHERE (a.visibility = 'PUBLIC' OR $access.isAdmin OR a.id IN $access.spaceIds)
  AND ($kinds IS NULL OR a.kind IN $kinds)
  AND ($partOfId IS NULL OR EXISTS {
    MATCH (a)-[r:PART_OF]->(p:Actor:Entity {id: $partOfId}) WHERE (r.since IS NULL OR r.since <= at) AND (r.until IS NULL OR r.until > at)
      // A hidden parent filters to nothing: its children must not reveal it.
      AND (p.visibility = 'PUBLIC' OR $access.isAdmin OR p.id IN $access.spaceIds)
  })
  // @include shared/located-filters
