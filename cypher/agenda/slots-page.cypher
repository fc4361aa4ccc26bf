// Fragment: after the action filters, on slots `s` overlapping the range and their action `a`: keeps
// the occurrences with one of $occurrenceStatuses (null: any; an occurrence's own status, else its
// action's), then returns their total, the number after the cursor ($after: {s, id, o} or null) and
// the first $limit of those, soonest first, then by action id and original start (the cursor's order),
// each with its action's properties.
WITH s, a, coalesce(s.status, a.status) AS status
WHERE $occurrenceStatuses IS NULL OR status IN $occurrenceStatuses
WITH s, a, status, $after IS NULL OR s.startsAt > datetime($after.s)
  OR (s.startsAt = datetime($after.s) AND (s.actionId > $after.id OR (s.actionId = $after.id AND s.originalStartsAt > datetime($after.o)))) AS later
WITH count(s) AS total, collect(CASE WHEN later THEN {s: s, a: a, status: status} END) AS rest
UNWIND (CASE WHEN size(rest) = 0 THEN [null] ELSE rest END) AS x
WITH total, size(rest) AS after, x ORDER BY x.s.startsAt, x.s.actionId, x.s.originalStartsAt LIMIT toInteger($limit)
// The page's actions come along (already checked visible): the `action` field needs no other round trip.
WITH total, after, x, x.a AS a
RETURN total, after, collect(CASE WHEN x IS NOT NULL THEN {actionId: x.s.actionId, startsAt: x.s.startsAt, endsAt: x.s.endsAt,
  originalStartsAt: x.s.originalStartsAt, status: x.status, modified: x.s.modified, action: a {.*, __typename: 'Action'}} END) AS page
