// Moves the edges of the timeline's slot window: `to` first (writes then fill slots up to it), then
// `readyTo` once every action's slots reach it. Edges only grow.
// Params: $to, $readyTo (ISO instants or null: unchanged). Returns: from, to, readyTo
MATCH (w:SlotWindow {id: 'timeline'})
SET w.to = CASE WHEN $to IS NOT NULL AND datetime($to) > w.to THEN datetime($to) ELSE w.to END,
  w.readyTo = CASE WHEN $readyTo IS NOT NULL AND datetime($readyTo) > w.readyTo THEN datetime($readyTo) ELSE w.readyTo END
RETURN w.from AS from, w.to AS to, w.readyTo AS readyTo
