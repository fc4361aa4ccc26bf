// Actions matching the filters, by name (accent-insensitive), keyset-paginated, with the total.
// Params: as list-actions-by-start, with $after.k a sort name. Returns: total, nodes
WITH datetime($asOf) AS at
CALL (at) {
  MATCH (a:Action)
  // @include action/action-filters
  RETURN count(a) AS total
}
CALL (at) {
  MATCH (a:Action)
  // @include action/action-filters
    AND ($after IS NULL OR a.sortName > $after.k OR (a.sortName = $after.k AND a.id > $after.id))
  WITH a ORDER BY a.sortName, a.id LIMIT toInteger($limit)
  RETURN collect(a {.*, __typename: 'Action'}) AS nodes
}
RETURN total, nodes
