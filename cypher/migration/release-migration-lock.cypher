// Gives the migration lease back, if this holder still has it.
// Params: $holder. Returns: nothing
MATCH (l:MigrationLock {name: 'migrate', holder: $holder})
REMOVE l.holder, l.until
