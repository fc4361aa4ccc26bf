// Actions happening at places inside a bounding box (the map), with the other filters, by name
// (accent-insensitive), keyset-paginated, with the total. Starts from the point index on places, so
// a commune-sized box reads a few hundred nodes instead of every action.
// Params: as list-actions-by-name, with $bbox required. Returns: total, nodes
WITH datetime($asOf) AS at
// @include action/actions-in-bbox
// @include action/action-filters
WITH collect(a) AS matched
CALL (matched) {
  UNWIND matched AS a
  WITH a WHERE $after IS NULL OR a.sortName > $after.k OR (a.sortName = $after.k AND a.id > $after.id)
  WITH a ORDER BY a.sortName, a.id LIMIT toInteger($limit)
  RETURN collect(a {.*, __typename: 'Action'}) AS nodes
}
RETURN size(matched) AS total, nodes
