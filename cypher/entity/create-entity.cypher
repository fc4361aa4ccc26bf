// Creates an entity. The label comes from the closed list of entity types; properties were built
// and checked by the store ($props.searchText by api/shared/slug.ts searchTextOf). $location, when
// given, becomes a WGS-84 point.
// Params: $label, $id, $props (map), $location ({latitude, longitude} or null), $now (ISO instant).
// Returns: node (properties plus __typename)
CREATE (n:$($label):Entity {id: $id})
SET n += $props,
  n.location = CASE WHEN $location IS NULL THEN null ELSE point({latitude: $location.latitude, longitude: $location.longitude}) END,
  n.createdAt = datetime($now), n.updatedAt = datetime($now)
RETURN n {.*, __typename: $label} AS node
