// A keyset page of dated actions whose slots a backfill or the window's extension must refresh:
// every one with $since null; else those whose occurrences may reach $since or later (a series not
// ended by then, an action ending then or later, an occurrence moved there).
// Params: $after (id, '' for the first page), $since (ISO instant or null), $limit. Returns: id
MATCH (a:Action:Entity)
WHERE a.id > $after AND a.startsAt IS NOT NULL
  AND ($since IS NULL
    OR (a.rrule IS NOT NULL AND (a.seriesEndsAt IS NULL OR a.seriesEndsAt >= datetime($since)))
    OR coalesce(a.endsAt, a.startsAt) >= datetime($since)
    OR EXISTS { MATCH (a)<-[:OF]-(o:Occurrence) WHERE coalesce(o.endsAt, o.startsAt) >= datetime($since) })
RETURN a.id AS id ORDER BY a.id LIMIT toInteger($limit)
