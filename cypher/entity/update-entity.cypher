// Changes an entity's own fields (a null value removes the property) and returns it before and after.
// Params: $label, $id, $props (map), $location ({latitude, longitude} or null: unchanged), $now.
// Returns: before, node
MATCH (n:Entity {id: $id})
WHERE $label IN labels(n)
WITH n, n {.*} AS before
SET n += $props, n.updatedAt = datetime($now)
SET n.location = CASE WHEN $location IS NULL THEN n.location ELSE point({latitude: $location.latitude, longitude: $location.longitude}) END
SET n.searchText = trim(coalesce(n.name, '') + ' ' + coalesce(n.description, '') + ' ' + coalesce(n.street, '') + ' ' + coalesce(n.city, ''))
RETURN before, n {.*, __typename: $label} AS node
