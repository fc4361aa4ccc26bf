// Actions matching the filters, what is on first: those still running on or after $dayStart (the
// reading day's first instant), soonest start first; then past ones, most recent start first; undated
// last. Keyset-paginated on one string key per action (bucket, then a zero-padded number that sorts
// as wanted), with the total.
// Params: as list-actions-by-start, plus $dayStart (ISO instant), with $after.k an upcoming key.
// Returns: total, nodes (each with its upcomingKey)
WITH datetime($asOf) AS at, datetime($dayStart) AS day
CALL (at) {
  MATCH (a:Action)
  // @include action/action-filters
  RETURN count(a) AS total
}
CALL (at, day) {
  MATCH (a:Action)
  // @include action/action-filters
  // Running on or after the day's start: a series until its last occurrence ends (forever without
  // one), an action until its end, an instant from then on.
  WITH a, CASE
    WHEN a.startsAt IS NULL THEN 2
    WHEN a.rrule IS NOT NULL THEN CASE WHEN a.seriesEndsAt IS NULL OR a.seriesEndsAt > day THEN 0 ELSE 1 END
    WHEN coalesce(a.endsAt > day, a.startsAt >= day) THEN 0
    ELSE 1
  END AS bucket
  // 5e13 ms (year 3554) keeps both numbers positive for any stored date; 16 digits hold them.
  WITH a, toString(bucket) + ':' + right('0000000000000000' + toString(CASE bucket
    WHEN 0 THEN 50000000000000 + a.startsAt.epochMillis
    WHEN 1 THEN 50000000000000 - a.startsAt.epochMillis
    ELSE 0
  END), 16) AS k
  WITH a, k WHERE $after IS NULL OR k > $after.k OR (k = $after.k AND a.id > $after.id)
  WITH a, k ORDER BY k, a.id LIMIT toInteger($limit)
  RETURN collect(a {.*, __typename: 'Action', upcomingKey: k}) AS nodes
}
RETURN total, nodes
