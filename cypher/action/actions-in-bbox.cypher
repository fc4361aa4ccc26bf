// Fragment: the actions happening at places inside $bbox (LOCATED_AT valid at `at`), each once,
// found from the point index on places.
MATCH (p:Place)
WHERE point.withinBBox(p.location, point({longitude: $bbox.west, latitude: $bbox.south}), point({longitude: $bbox.east, latitude: $bbox.north}))
MATCH (p)<-[l:LOCATED_AT]-(a:Action)
WHERE (l.since IS NULL OR l.since <= at) AND (l.until IS NULL OR l.until > at)
WITH DISTINCT a, at
