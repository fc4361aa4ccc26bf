// The timeline's materialised occurrences (api/agenda/slots.ts, docs/agenda.md): one (:Slot) per
// occurrence of every dated action inside the window, found by the span class of its duration and its
// start, so a range [from, to) reads only the slots that can overlap it. One window node says which
// range the slots cover.
CREATE RANGE INDEX slot_span_start IF NOT EXISTS FOR (n:Slot) ON (n.span, n.startsAt);
CREATE CONSTRAINT slot_window_id IF NOT EXISTS FOR (n:SlotWindow) REQUIRE n.id IS UNIQUE;
