// Forgets the counted attempts of one rate window (a successful sign-in clears its pair's failures).
// Params: $key, $now (ms). Returns: nothing
MATCH (n:RateWindow {key: $key})
SET n.hits = [], n.expiresAt = $now
