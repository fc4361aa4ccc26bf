// Fragment: after the action filters on `a`, keeps single-date actions (no rule, no extra or skipped
// dates, no changed occurrence) whose one occurrence overlaps [rangeFrom, rangeTo) and has one of
// $occurrenceStatuses (null: any), then returns their total, the number after the cursor ($after:
// {s, id} or null) and the first $limit of those, soonest first (then by id, as the timeline sorts).
// Their occurrence is the action's own dates, so the database counts, sorts and pages them.
  AND a.rrule IS NULL AND size(coalesce(a.rdates, [])) = 0 AND size(coalesce(a.exdates, [])) = 0
  AND a.startsAt < rangeTo AND (a.endsAt > rangeFrom OR (a.endsAt IS NULL AND a.startsAt >= rangeFrom))
  AND ($occurrenceStatuses IS NULL OR a.status IN $occurrenceStatuses)
  AND NOT EXISTS { (a)<-[:OF]-(:Occurrence) }
WITH a, $after IS NULL OR a.startsAt > datetime($after.s) OR (a.startsAt = datetime($after.s) AND a.id > $after.id) AS later
WITH count(a) AS total, collect(CASE WHEN later THEN a END) AS rest
UNWIND (CASE WHEN size(rest) = 0 THEN [null] ELSE rest END) AS a
WITH total, size(rest) AS after, a ORDER BY a.startsAt, a.id LIMIT toInteger($limit)
RETURN total, after, collect(a {.id, .startsAt, .endsAt, .status}) AS page
