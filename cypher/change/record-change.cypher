// Appends a change record in the writing transaction, tied to the entities it is about. The counter
// node's lock orders records by commit, so `seq` is the per-server order that federation will replay
// (never clock time).
// Params: $op, $entityType, $entityId, $personId, $before, $after (JSON strings of changed fields),
//   $subjectIds (entities the change is about: the entity, or both ends of a link).
// Returns: seq
MERGE (c:Counter {name: 'change'})
ON CREATE SET c.value = 0
SET c.value = c.value + 1
CREATE (ch:Change {seq: c.value, at: datetime(), op: $op, entityType: $entityType, entityId: $entityId,
  personId: $personId, before: $before, after: $after})
WITH ch
CALL (ch) {
  UNWIND $subjectIds AS subjectId
  MATCH (e:Entity {id: subjectId})
  CREATE (ch)-[:ABOUT]->(e)
}
RETURN ch.seq AS seq
