// Creates the timeline's slot window when missing (api/agenda/slots.ts): slots cover [from, to), and
// queries trust them for [from, readyTo). A new window is ready for nothing until its backfill ends.
// Params: $from, $to (ISO instants). Returns: from, to, readyTo
MERGE (w:SlotWindow {id: 'timeline'})
ON CREATE SET w.from = datetime($from), w.to = datetime($to), w.readyTo = datetime($from)
RETURN w.from AS from, w.to AS to, w.readyTo AS readyTo
