// Themes matching the filters, by name, keyset-paginated, with the total.
// Params: $text (folded), $broaderId, $topLevelOnly, $after, $limit. Returns: total, nodes
CALL {
  MATCH (n:Theme)
  // @include theme/theme-filters
  RETURN count(n) AS total
}
CALL {
  MATCH (n:Theme)
  // @include theme/theme-filters
    AND ($after IS NULL OR n.sortName > $after.k OR (n.sortName = $after.k AND n.id > $after.id))
  WITH n ORDER BY n.sortName, n.id LIMIT toInteger($limit)
  RETURN collect(n {.*, __typename: 'Theme'}) AS nodes
}
RETURN total, nodes
