// The map (mapClusters): the places inside $box where at least one matching actor is located or one
// matching action happens (current LOCATED_AT; only items the reader may see, the lists' own filter
// fragments), grouped into the cells of a Web-Mercator grid of 2^$level × 2^$level cells over the
// world. Starts from the point index on places (place_location); one row per cell, so the answer is
// bounded by the grid (the API picks $level so that the box spans at most MAX_CELLS cells).
// Params: $asOf, $access, $box ({west, south, east, north}), $level (integer, 0–24),
//   $actors / $actions: the filters of actor/actor-filters / action/action-filters for the items, with
//     territoryIds, bbox and accessibility null (they apply to the place, below); null: layer not shown;
//   $actorPlaces / $actionPlaces: the filters of place/place-filters the place itself meets for that layer;
//   $keep: places kept per cell (1, or $allUpTo); $allUpTo: when the box holds at most this many places,
//     every one is returned as a place and none as a cluster (0: never).
// Returns: totalPlaces, clusters ([{id, count, longitude, latitude, west, south, east, north, territory}],
//   most places first, then by cell), places (place nodes: cells of one place, or every place with $allUpTo)
WITH datetime($asOf) AS at, 2.0 ^ $level AS size
MATCH (p:Place)
WHERE point.withinBBox(p.location, point({longitude: $box.west, latitude: $box.south}), point({longitude: $box.east, latitude: $box.north}))
  // The item filters' own place checks (territory, box, accessibility) are null here: `p` inside them is this place.
  AND (($actors IS NOT NULL AND EXISTS {
      MATCH (p)
      // @include place/place-filters with $actorPlaces
      MATCH (p)<-[l:LOCATED_AT]-(a:Actor)
      // @include actor/actor-filters with $actors
        AND (l.since IS NULL OR l.since <= at) AND (l.until IS NULL OR l.until > at)
    })
    OR ($actions IS NOT NULL AND EXISTS {
      MATCH (p)
      // @include place/place-filters with $actionPlaces
      MATCH (p)<-[l:LOCATED_AT]-(a:Action)
      // @include action/action-filters with $actions
        AND (l.since IS NULL OR l.since <= at) AND (l.until IS NULL OR l.until > at)
    }))
// Web-Mercator tile coordinates in [0, 1), latitude clamped where the projection stops.
WITH p, size, p.location.longitude AS lon, radians(CASE WHEN p.location.latitude > 85.05112878 THEN 85.05112878 WHEN p.location.latitude < -85.05112878 THEN -85.05112878 ELSE p.location.latitude END) AS phi
WITH p, lon, size,
  toInteger(floor((lon + 180.0) / 360.0 * size)) AS cx,
  toInteger(floor((1.0 - log(tan(phi) + 1.0 / cos(phi)) / pi()) / 2.0 * size)) AS cy
WITH p, lon, CASE WHEN cx >= size THEN toInteger(size) - 1 ELSE cx END AS cx, CASE WHEN cy >= size THEN toInteger(size) - 1 WHEN cy < 0 THEN 0 ELSE cy END AS cy,
  head(COLLECT { MATCH (p)-[:WITHIN]->(c:Territory {level: 'COMMUNE'}) RETURN c ORDER BY c.id }) AS commune
// Per cell and commune first: the EPCI is then read once per commune of a cell, not once per place.
WITH cx, cy, commune, count(p) AS k, sum(lon) AS sumLon, sum(p.location.latitude) AS sumLat,
  min(lon) AS west, max(lon) AS east, min(p.location.latitude) AS south, max(p.location.latitude) AS north, collect(p)[..$keep] AS kept
WITH cx, cy, commune, k, sumLon, sumLat, west, east, south, north, kept,
  head(COLLECT { MATCH (commune)-[:WITHIN]->(e:Territory {level: 'EPCI'}) RETURN e ORDER BY e.id }) AS epci
WITH cx, cy, sum(k) AS count, sum(sumLon) AS sumLon, sum(sumLat) AS sumLat, min(west) AS west, max(east) AS east, min(south) AS south, max(north) AS north,
  collect({t: commune, e: epci, k: k}) AS parts, collect(kept) AS kept
// The label's territory: the commune holding at least half of the cell's places, else the EPCI holding
// the most, else the commune holding the most (ties by id).
WITH cx, cy, count, sumLon, sumLat, west, east, south, north, kept, parts,
  reduce(b = null, x IN parts | CASE WHEN x.t IS NOT NULL AND (b IS NULL OR x.k > b.k OR (x.k = b.k AND x.t.id < b.t.id)) THEN x ELSE b END) AS topCommune,
  reduce(acc = [], x IN parts | CASE WHEN x.e IS NULL OR x.e IN acc THEN acc ELSE acc + x.e END) AS epcis
WITH cx, cy, count, sumLon, sumLat, west, east, south, north, kept, topCommune,
  [e IN epcis | {t: e, k: reduce(s = 0, x IN parts | s + CASE WHEN x.e = e THEN x.k ELSE 0 END)}] AS epciCounts
WITH cx, cy, count, sumLon, sumLat, west, east, south, north, kept,
  CASE WHEN topCommune IS NOT NULL AND topCommune.k * 2 >= count THEN topCommune.t
    ELSE coalesce(reduce(b = null, x IN epciCounts | CASE WHEN b IS NULL OR x.k > b.k OR (x.k = b.k AND x.t.id < b.t.id) THEN x ELSE b END).t, topCommune.t) END AS territory
ORDER BY count DESC, cx, cy
WITH collect({
  id: toString($level) + '/' + toString(cx) + '/' + toString(cy), count: count, longitude: sumLon / count, latitude: sumLat / count,
  west: west, south: south, east: east, north: north, territory: territory {.*, __typename: 'Territory'}, kept: reduce(acc = [], l IN kept | acc + l)[..$keep]
}) AS cells, sum(count) AS totalPlaces
WITH cells, totalPlaces, totalPlaces <= $allUpTo AS every
RETURN totalPlaces,
  [c IN cells WHERE c.count > 1 AND NOT every | c {.id, .count, .longitude, .latitude, .west, .south, .east, .north, .territory}] AS clusters,
  [p IN reduce(acc = [], c IN cells | acc + CASE WHEN c.count = 1 OR every THEN c.kept ELSE [] END) | p {.*, __typename: 'Place'}] AS places
