// Actions matching the filters, soonest start first (undated last), keyset-paginated, with the total.
// Params: $asOf, $kinds, $statuses, $from, $to, $partOfId, $carriedById, $themeIds, $territoryIds, $bbox,
//   $after ({k: ISO start or null, id}), $limit. Returns: total, nodes
WITH datetime($asOf) AS at
CALL (at) {
  MATCH (a:Action)
  // @include action/action-filters
  RETURN count(a) AS total
}
CALL (at) {
  MATCH (a:Action)
  // @include action/action-filters
    AND ($after IS NULL
      OR ($after.k IS NULL AND a.startsAt IS NULL AND a.id > $after.id)
      OR ($after.k IS NOT NULL AND (a.startsAt IS NULL OR a.startsAt > datetime($after.k)
        OR (a.startsAt = datetime($after.k) AND a.id > $after.id))))
  WITH a ORDER BY a.startsAt, a.id LIMIT toInteger($limit)
  RETURN collect(a {.*, __typename: 'Action'}) AS nodes
}
RETURN total, nodes
