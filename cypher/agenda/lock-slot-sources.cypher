// What materialising the slots of actions needs, read after taking each action's write lock so that
// two transactions refreshing the same action (a write and the window's extension) see each other's
// work: the window, each action's series fields and occurrence changes, and the keys of its slots.
// Params: $actionIds. Returns: windowFrom, windowTo, id, startsAt, startsAtLocal, endsAt, allDay,
//   timeZone, status, rrule, exdates, rdates, seriesEndsAt, changes, keys (zero rows without a window)
MATCH (w:SlotWindow {id: 'timeline'})
UNWIND $actionIds AS actionId
MATCH (a:Action:Entity {id: actionId})
SET a._slotLock = true
REMOVE a._slotLock
RETURN w.from AS windowFrom, w.to AS windowTo, a.id AS id, a.startsAt AS startsAt, a.startsAtLocal AS startsAtLocal,
  a.endsAt AS endsAt, a.allDay AS allDay, a.timeZone AS timeZone, a.status AS status,
  a.rrule AS rrule, a.exdates AS exdates, a.rdates AS rdates, a.seriesEndsAt AS seriesEndsAt,
  COLLECT { MATCH (a)<-[:OF]-(o:Occurrence) RETURN o {.originalStartsAt, .startsAt, .endsAt, .status} ORDER BY o.originalStartsAt } AS changes,
  COLLECT { MATCH (a)<-[:SLOT_OF]-(s:Slot) RETURN s.key } AS keys
