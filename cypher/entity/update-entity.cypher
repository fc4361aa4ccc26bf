// Changes an entity's own fields (a null value removes the property) and returns it before and after.
// Params: $label, $id, $props (map), $location ({latitude, longitude} or null: unchanged), $now.
// Returns: before, node
MATCH (n:Entity {id: $id})
WHERE $label IN labels(n)
WITH n, n {.*} AS before
SET n += $props, n.updatedAt = datetime($now)
SET n.location = CASE WHEN $location IS NULL THEN n.location ELSE point({latitude: $location.latitude, longitude: $location.longitude}) END
// Accents folded before indexing: Lucene's French analyzer leaves them on short words (fête, été).
SET n.searchText = reduce(t = toLower(trim(coalesce(n.name, '') + ' ' + coalesce(n.description, '') + ' ' + coalesce(n.street, '') + ' ' + coalesce(n.city, ''))), p IN [['à', 'a'], ['â', 'a'], ['ä', 'a'], ['á', 'a'], ['ã', 'a'], ['é', 'e'], ['è', 'e'], ['ê', 'e'], ['ë', 'e'], ['î', 'i'], ['ï', 'i'], ['í', 'i'], ['ì', 'i'], ['ô', 'o'], ['ö', 'o'], ['ó', 'o'], ['ò', 'o'], ['õ', 'o'], ['û', 'u'], ['ü', 'u'], ['ú', 'u'], ['ù', 'u'], ['ç', 'c'], ['ÿ', 'y'], ['œ', 'oe'], ['æ', 'ae'], ['ñ', 'n'], ['’', "'"]] | replace(t, p[0], p[1]))
RETURN before, n {.*, __typename: $label} AS node
