// Territories matching the filters, by name, keyset-paginated, with the total.
// Params: $text (folded), $levels, $withinId, $after, $limit. Returns: total, nodes
CALL {
  MATCH (n:Territory)
  // @include territory/territory-filters
  RETURN count(n) AS total
}
CALL {
  MATCH (n:Territory)
  // @include territory/territory-filters
    AND ($after IS NULL OR n.sortName > $after.k OR (n.sortName = $after.k AND n.id > $after.id))
  WITH n ORDER BY n.sortName, n.id LIMIT toInteger($limit)
  RETURN collect(n {.*, __typename: 'Territory'}) AS nodes
}
RETURN total, nodes
