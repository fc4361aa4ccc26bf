// Appends a change record in the writing transaction. The counter node's lock orders records by
// commit, so `seq` is the per-server order that federation will replay (never clock time).
// Params: $op, $entityType, $entityId, $personId, $before, $after (JSON strings of changed fields).
// Returns: seq
MERGE (c:Counter {name: 'change'})
ON CREATE SET c.value = 0
SET c.value = c.value + 1
CREATE (ch:Change {seq: c.value, at: datetime(), op: $op, entityType: $entityType, entityId: $entityId,
  personId: $personId, before: $before, after: $after})
RETURN ch.seq AS seq
