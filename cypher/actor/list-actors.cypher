// Actors matching the filters, by name (accent-insensitive), keyset-paginated, with the total.
// Params: $asOf, $kinds, $partOfId, $themeIds, $territoryIds, $bbox, $after ({k, id} or null), $limit (page size + 1).
// Returns: total, nodes
WITH datetime($asOf) AS at
CALL (at) {
  MATCH (a:Actor)
  // @include actor/actor-filters
  RETURN count(a) AS total
}
CALL (at) {
  MATCH (a:Actor)
  // @include actor/actor-filters
    AND ($after IS NULL OR a.sortName > $after.k OR (a.sortName = $after.k AND a.id > $after.id))
  WITH a ORDER BY a.sortName, a.id LIMIT toInteger($limit)
  RETURN collect(a {.*, __typename: 'Actor'}) AS nodes
}
RETURN total, nodes
