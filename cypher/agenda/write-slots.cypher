// Writes the difference between actions' stored slots and their new ones (api/agenda/slots.ts): the
// slots whose key is gone are deleted, the new ones created. A slot is one occurrence in the window;
// `status` is the occurrence's own (null: the action's), `span` the class of its duration.
// Params: $rows (list of {actionId, deleteKeys, create: list of {key, span, originalStartsAt,
//   startsAt, endsAt, status, modified}}). Returns: deleted, created
UNWIND $rows AS row
MATCH (a:Action:Entity {id: row.actionId})
CALL (a, row) {
  MATCH (a)<-[:SLOT_OF]-(old:Slot) WHERE old.key IN row.deleteKeys
  DETACH DELETE old
  RETURN count(*) AS deleted
}
CALL (a, row) {
  UNWIND row.create AS x
  CREATE (s:Slot {actionId: a.id, key: x.key, span: x.span, originalStartsAt: datetime(x.originalStartsAt), startsAt: datetime(x.startsAt),
    endsAt: CASE WHEN x.endsAt IS NULL THEN null ELSE datetime(x.endsAt) END, status: x.status, modified: x.modified})-[:SLOT_OF]->(a)
  RETURN count(*) AS created
}
RETURN sum(deleted) AS deleted, sum(created) AS created
