// One entity by type and slug; each branch is a unique-index seek, only the asked type's can match.
// Only an entity the reader may see.
// Params: $type ('Actor' | 'Action' | 'Place' | 'Theme' | 'Territory' | 'Partnership'), $slug, $access. Returns: node
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
WITH n WHERE n.visibility IS NULL OR n.visibility = 'PUBLIC' OR $access.isAdmin OR n.id IN $access.spaceIds
RETURN n {.*, __typename: $type} AS node
