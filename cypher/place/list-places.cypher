// Places matching the filters, by name, keyset-paginated, with the total.
// Params: $asOf, $territoryIds, $bbox, $text (accent-folded, lowercase), $after, $limit. Returns: total, nodes
WITH datetime($asOf) AS at
CALL (at) {
  MATCH (n:Place)
  // @include place/place-filters
  RETURN count(n) AS total
}
CALL (at) {
  MATCH (n:Place)
  // @include place/place-filters
    AND ($after IS NULL OR n.sortName > $after.k OR (n.sortName = $after.k AND n.id > $after.id))
  WITH n ORDER BY n.sortName, n.id LIMIT toInteger($limit)
  RETURN collect(n {.*, __typename: 'Place'}) AS nodes
}
RETURN total, nodes
