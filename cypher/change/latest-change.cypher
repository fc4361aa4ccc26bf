// The newest change record: a cheap version of the whole graph, since every write appends one (the
// diffusion routes' ETag and Last-Modified, api/diffusion/http.ts). Reads the counter and one record
// by its unique seq, never scans the log.
// Params: none. Returns: seq (0 when nothing was ever written), at (or null)
OPTIONAL MATCH (counter:Counter {name: 'change'})
OPTIONAL MATCH (c:Change {seq: counter.value})
RETURN coalesce(counter.value, 0) AS seq, c.at AS at
