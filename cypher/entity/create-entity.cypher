// Creates an entity. The label comes from the closed list of entity types; properties were built
// and checked by the store. $location, when given, becomes a WGS-84 point.
// Params: $label, $id, $props (map), $location ({latitude, longitude} or null), $now (ISO instant).
// Returns: node (properties plus __typename)
CREATE (n:$($label):Entity {id: $id})
SET n += $props,
  n.location = CASE WHEN $location IS NULL THEN null ELSE point({latitude: $location.latitude, longitude: $location.longitude}) END,
  n.createdAt = datetime($now), n.updatedAt = datetime($now)
// Accents folded before indexing: Lucene's French analyzer leaves them on short words (fête, été).
SET n.searchText = reduce(t = toLower(trim(coalesce(n.name, '') + ' ' + coalesce(n.description, '') + ' ' + coalesce(n.street, '') + ' ' + coalesce(n.city, ''))), p IN [['à', 'a'], ['â', 'a'], ['ä', 'a'], ['á', 'a'], ['ã', 'a'], ['é', 'e'], ['è', 'e'], ['ê', 'e'], ['ë', 'e'], ['î', 'i'], ['ï', 'i'], ['í', 'i'], ['ì', 'i'], ['ô', 'o'], ['ö', 'o'], ['ó', 'o'], ['ò', 'o'], ['õ', 'o'], ['û', 'u'], ['ü', 'u'], ['ú', 'u'], ['ù', 'u'], ['ç', 'c'], ['ÿ', 'y'], ['œ', 'oe'], ['æ', 'ae'], ['ñ', 'n'], ['’', "'"]] | replace(t, p[0], p[1]))
RETURN n {.*, __typename: $label} AS node
