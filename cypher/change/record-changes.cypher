// Appends the change records of one mutation, in order, in its transaction: one statement for a list
// (a write that creates several links) where record-change takes one. Same counter and lock, same
// records, consecutive `seq` in list order.
// Params: $changes: [{op, entityType, entityId, personId, before, after, subjectIds}] (before/after
//   are JSON strings or null). Returns: seq (one row per change, in order)
MERGE (c:Counter {name: 'change'})
ON CREATE SET c.value = 0
SET c.value = c.value + size($changes)
WITH c.value - size($changes) AS base
UNWIND range(0, size($changes) - 1) AS i
WITH i, base + i + 1 AS seq, $changes[i] AS change
CREATE (ch:Change {seq: seq, at: datetime(), op: change.op, entityType: change.entityType, entityId: change.entityId,
  personId: change.personId, before: change.before, after: change.after})
WITH i, ch, change
CALL (ch, change) {
  UNWIND change.subjectIds AS subjectId
  MATCH (e:Entity {id: subjectId})
  CREATE (ch)-[:ABOUT]->(e)
}
RETURN ch.seq AS seq ORDER BY i
