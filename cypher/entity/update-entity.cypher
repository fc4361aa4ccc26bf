// Changes an entity's own fields (a null value removes the property) and returns it before and after.
// The first SET takes the node's write lock before the old values are read, so that concurrent updates
// each see the one committed before them (and their change records chain up). The caller rebuilds
// `searchText` from the returned node (api/entity/entity.write.ts syncSearchText).
// Params: $label, $id, $props (map), $location ({latitude, longitude} or null: unchanged), $now.
// Returns: before, node
MATCH (n:Entity {id: $id})
WHERE $label IN labels(n)
SET n.updatedAt = datetime($now)
WITH n, n {.*} AS before
SET n += $props
SET n.location = CASE WHEN $location IS NULL THEN n.location ELSE point({latitude: $location.latitude, longitude: $location.longitude}) END
RETURN before, n {.*, __typename: $label} AS node
