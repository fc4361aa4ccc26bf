// Partnerships matching the filters, by name, keyset-paginated, with the total.
// Params: $asOf, $text (folded), $partyId, $after, $limit. Returns: total, nodes
WITH datetime($asOf) AS at
CALL (at) {
  MATCH (n:Partnership)
  // @include partnership/partnership-filters
  RETURN count(n) AS total
}
CALL (at) {
  MATCH (n:Partnership)
  // @include partnership/partnership-filters
    AND ($after IS NULL OR n.sortName > $after.k OR (n.sortName = $after.k AND n.id > $after.id))
  WITH n ORDER BY n.sortName, n.id LIMIT toInteger($limit)
  RETURN collect(n {.*, __typename: 'Partnership'}) AS nodes
}
RETURN total, nodes
