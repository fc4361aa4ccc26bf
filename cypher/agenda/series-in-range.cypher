// Fragment: after the action filters on `a`, keeps dated series (a rule, extra or skipped dates, or a
// changed occurrence) whose occurrences may fall in [rangeFrom, rangeTo) and returns what expanding
// them needs, with the per-occurrence changes that may matter (moved into the range, or of an
// occurrence starting in the expansion window).
  AND a.startsAt IS NOT NULL
  // Single-date actions are counted and paged by agenda/single-in-range.
  AND (a.rrule IS NOT NULL OR size(coalesce(a.rdates, [])) > 0 OR size(coalesce(a.exdates, [])) > 0 OR EXISTS { (a)<-[:OF]-(:Occurrence) })
WITH a, rangeFrom, rangeTo, rangeFrom - duration.between(a.startsAt, coalesce(a.endsAt, a.startsAt)) - duration('P1D') AS lo
WITH a, rangeFrom, rangeTo, lo, COLLECT {
  MATCH (a)<-[:OF]-(o:Occurrence)
  WHERE (o.originalStartsAt >= lo AND o.originalStartsAt < rangeTo)
    OR (o.startsAt >= lo AND o.startsAt < rangeTo)
    OR (o.endsAt >= rangeFrom AND coalesce(o.startsAt, o.originalStartsAt) < rangeTo)
  RETURN o {.originalStartsAt, .startsAt, .endsAt, .status}
} AS overrides
WHERE size(overrides) > 0
  OR (a.startsAt < rangeTo AND CASE WHEN a.rrule IS NULL
    THEN a.endsAt > rangeFrom OR (a.endsAt IS NULL AND a.startsAt >= rangeFrom)
    ELSE a.seriesEndsAt IS NULL OR a.seriesEndsAt >= rangeFrom END)
RETURN a.id AS id, a.startsAt AS startsAt, a.startsAtLocal AS startsAtLocal, a.endsAt AS endsAt, a.allDay AS allDay, a.timeZone AS timeZone, a.status AS status,
  a.rrule AS rrule, a.exdates AS exdates, a.rdates AS rdates, overrides
