// Which of the candidate slugs are already used by an entity of the type (index seeks per label).
// Params: $type, $candidates (list of slugs). Returns: slug
CALL {
  MATCH (n:Actor) WHERE $type = 'Actor' AND n.slug IN $candidates RETURN n.slug AS slug
  UNION ALL
  MATCH (n:Action) WHERE $type = 'Action' AND n.slug IN $candidates RETURN n.slug AS slug
  UNION ALL
  MATCH (n:Place) WHERE $type = 'Place' AND n.slug IN $candidates RETURN n.slug AS slug
  UNION ALL
  MATCH (n:Theme) WHERE $type = 'Theme' AND n.slug IN $candidates RETURN n.slug AS slug
  UNION ALL
  MATCH (n:Territory) WHERE $type = 'Territory' AND n.slug IN $candidates RETURN n.slug AS slug
  UNION ALL
  MATCH (n:Partnership) WHERE $type = 'Partnership' AND n.slug IN $candidates RETURN n.slug AS slug
}
RETURN slug
