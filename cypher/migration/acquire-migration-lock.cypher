// Takes or renews the migration lease: free when nobody holds it, when this holder does, or when the
// holder's lease has run out (a process that died while migrating). The node is locked (SET) before it
// is read, so two processes asking together are answered one after the other. Times are the server's.
// Params: $holder (a random id per migration pass), $leaseMs. Returns: acquired, holder
MERGE (l:MigrationLock {name: 'migrate'})
SET l.askedAt = timestamp()
WITH l, l.holder IS NULL OR l.holder = $holder OR l.until < timestamp() AS free
SET l.holder = CASE WHEN free THEN $holder ELSE l.holder END,
  l.until = CASE WHEN free THEN timestamp() + toInteger($leaseMs) ELSE l.until END
RETURN free AS acquired, l.holder AS holder
