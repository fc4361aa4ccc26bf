// Counts one attempt against several rate windows at once, or refuses it and counts nothing. Each
// window keeps the instants (ms) of its last `max` counted attempts within `windowMs`. A refusing
// window (spacingMs null) refuses while it is full. A slowing window (the per-account backstop) never
// refuses while full: it hands out the next free slot, `spacingMs` apart, and refuses only when that
// slot is more than `maxDelayMs` away. Each node is locked (SET) before it is read, windows in list
// order, so concurrent attempts on any process are counted one after the other.
// Params: $now (ms), $windows: [{key, max, windowMs, spacingMs (or null), maxDelayMs (or null)}].
// Returns: allowed, refusedForMs (0 when allowed), delayMs (the wait before checking, when allowed)
WITH toInteger($now) AS now
UNWIND range(0, size($windows) - 1) AS i
WITH now, i, $windows[i] AS w, toInteger($windows[i].max) AS max
MERGE (n:RateWindow {key: w.key})
SET n.lockedAt = now
WITH now, i, w, max, n, [t IN coalesce(n.hits, []) WHERE t > now - w.windowMs] AS hits
WITH now, i, w, max, n, hits,
  CASE WHEN w.spacingMs IS NULL AND size(hits) >= max THEN hits[size(hits) - max] + w.windowMs - now ELSE 0 END AS waitMs,
  CASE WHEN w.spacingMs IS NOT NULL AND size(hits) >= max
    THEN CASE WHEN coalesce(n.nextSlot, 0) > now THEN n.nextSlot ELSE now END
  END AS slot
ORDER BY i
WITH now, collect({w: w, max: max, n: n, hits: hits, waitMs: waitMs, slot: slot}) AS rows
WITH now, rows,
  reduce(m = 0, r IN rows | CASE WHEN r.waitMs > m THEN r.waitMs ELSE m END) AS waitMs,
  [r IN rows WHERE r.slot IS NOT NULL AND r.slot - now > r.w.maxDelayMs | r.w.maxDelayMs] AS queued,
  reduce(d = 0, r IN rows | CASE WHEN r.slot IS NOT NULL AND r.slot - now > d THEN r.slot - now ELSE d END) AS delayMs
WITH now, rows, waitMs, queued, delayMs, waitMs <= 0 AND size(queued) = 0 AS allowed
UNWIND rows AS r
WITH now, allowed, waitMs, queued, delayMs, r, r.n AS n,
  CASE WHEN waitMs <= 0 AND size(queued) = 0 THEN (r.hits + now)[-r.max..] ELSE r.hits END AS kept
SET n.hits = kept,
  n.expiresAt = CASE WHEN size(kept) = 0 THEN now ELSE kept[size(kept) - 1] + r.w.windowMs END,
  n.nextSlot = CASE WHEN allowed AND r.slot IS NOT NULL THEN r.slot + r.w.spacingMs ELSE n.nextSlot END
WITH DISTINCT allowed, waitMs, queued, delayMs
RETURN allowed,
  CASE WHEN waitMs > 0 THEN waitMs WHEN size(queued) > 0 THEN queued[0] ELSE 0 END AS refusedForMs,
  CASE WHEN allowed THEN delayMs ELSE 0 END AS delayMs
