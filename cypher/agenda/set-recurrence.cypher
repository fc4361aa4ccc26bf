// Sets (or, with nulls, removes) an action's recurrence: rule, exceptions, extra dates and the computed
// end of the series, which lets the timeline skip series that ended before its range.
// Params: $id, $rrule, $exdates and $rdates (lists of ISO instants, or null), $seriesEndsAt, $now.
// Returns: node
MATCH (a:Action:Entity {id: $id})
SET a.rrule = $rrule,
  a.exdates = CASE WHEN $exdates IS NULL THEN null ELSE [x IN $exdates | datetime(x)] END,
  a.rdates = CASE WHEN $rdates IS NULL THEN null ELSE [x IN $rdates | datetime(x)] END,
  a.seriesEndsAt = CASE WHEN $seriesEndsAt IS NULL THEN null ELSE datetime($seriesEndsAt) END,
  a.updatedAt = datetime($now)
RETURN a {.*, __typename: 'Action'} AS node
