// Whether $toId already reaches $fromId through current links of $type (then linking from→to closes a cycle).
// Params: $type, $fromId, $toId. Returns: found (boolean)
MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
RETURN a = b OR EXISTS {
  MATCH (b) (()-[r:$($type)]->() WHERE r.until IS NULL OR r.until > datetime()){1,50} (a)
} AS found
