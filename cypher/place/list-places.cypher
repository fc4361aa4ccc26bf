// Places matching the filters, by name, keyset-paginated, with the total.
// Params: $asOf, $territoryIds, $bbox, $accessibility, $text (accent-folded, lowercase), $after, $limit. Returns: total, nodes
WITH datetime($asOf) AS at
CALL (at) {
  MATCH (p:Place)
  // @include place/place-filters
  RETURN count(p) AS total
}
CALL (at) {
  MATCH (p:Place)
  // @include place/place-filters
    AND ($after IS NULL OR p.sortName > $after.k OR (p.sortName = $after.k AND p.id > $after.id))
  WITH p ORDER BY p.sortName, p.id LIMIT toInteger($limit)
  RETURN collect(p {.*, __typename: 'Place'}) AS nodes
}
RETURN total, nodes
