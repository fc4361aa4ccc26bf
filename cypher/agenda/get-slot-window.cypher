// The timeline's slot window, if any (api/agenda/slots.ts).
// Params: none. Returns: from, to, readyTo (zero rows before migration 013)
MATCH (w:SlotWindow {id: 'timeline'})
RETURN w.from AS from, w.to AS to, w.readyTo AS readyTo
