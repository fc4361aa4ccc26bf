// Whether the constraint of the migration lock exists (a read: creating it takes the schema lock, which
// waits for every write in progress, so a process starting beside busy ones asks first).
// Returns: n
SHOW CONSTRAINTS YIELD name WHERE name = 'migration_lock_name' RETURN count(*) AS n
