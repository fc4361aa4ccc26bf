// Deletes rate windows whose last counted attempt has left its window, a batch at a time.
// Params: $now (ms), $limit. Returns: deleted
MATCH (n:RateWindow)
WHERE n.expiresAt < $now
WITH n LIMIT toInteger($limit)
DELETE n
RETURN count(*) AS deleted
