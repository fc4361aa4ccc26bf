// Votes on ideas (DataLoader batch): how many, and whether the reader is among the voters.
// Params: $ids, $personId (null for anonymous visitors). Returns: id, count, mine
UNWIND $ids AS id
MATCH (i:Content {id: id})
CALL (i) {
  OPTIONAL MATCH (p:Person)-[v:VOTED_FOR]->(i)
  RETURN count(v) AS count, $personId IS NOT NULL AND $personId IN collect(p.id) AS mine
}
RETURN id, count, mine
