// The stored file named by a SHA-256, if at least one media item holding it is visible to the reader
// (the same rule as content/get-content-by-ids): a file shared by a public and a members-only item is
// public. `public` says whether everyone may see it, so only those files are cached by shared caches.
// Params: $sha256, $ext (null for a thumbnail), $access, $now. Returns: mimeType, ext, title, public
MATCH (c:Media {sha256: $sha256})-[:IN_SPACE]->(s:Entity)
WHERE ($ext IS NULL OR c.ext = $ext)
  AND
  // @include content/visible-content
WITH c, (c.visibility = 'PUBLIC' AND c.sortAt <= datetime($now) AND (s.visibility IS NULL OR s.visibility = 'PUBLIC')) AS public
ORDER BY public DESC, c.createdAt
RETURN c.mimeType AS mimeType, c.ext AS ext, c.title AS title, public
LIMIT 1
