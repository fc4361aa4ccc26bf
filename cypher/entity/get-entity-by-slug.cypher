// One entity by type and slug; each branch is a unique-index seek, only the asked type's can match.
// Params: $type ('Actor' | 'Action' | 'Place' | 'Theme' | 'Territory' | 'Partnership'), $slug. Returns: node
CALL {
  MATCH (n:Actor {slug: $slug}) WHERE $type = 'Actor' RETURN n
  UNION ALL
  MATCH (n:Action {slug: $slug}) WHERE $type = 'Action' RETURN n
  UNION ALL
  MATCH (n:Place {slug: $slug}) WHERE $type = 'Place' RETURN n
  UNION ALL
  MATCH (n:Theme {slug: $slug}) WHERE $type = 'Theme' RETURN n
  UNION ALL
  MATCH (n:Territory {slug: $slug}) WHERE $type = 'Territory' RETURN n
  UNION ALL
  MATCH (n:Partnership {slug: $slug}) WHERE $type = 'Partnership' RETURN n
}
RETURN n {.*, __typename: $type} AS node
