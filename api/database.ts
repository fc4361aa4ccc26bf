// Opens the database the configuration names: the external server at NEO4J_URI, or an embedded
// Neo4j started here in its own JVM. Applies migrations either way.
import type { Config } from './config.js';
import { Db } from './db/driver.js';
import { startEmbeddedNeo4j } from './db/embedded.js';
import { migrate } from './db/migrate.js';

export interface OpenDatabase {
  db: Db;
  /** Closes the driver, then stops the embedded JVM if this process started one. */
  close(): Promise<void>;
  embedded: boolean;
}

export async function openDatabase(config: Config, log: (line: string) => void = console.log): Promise<OpenDatabase> {
  let stopEmbedded: (() => Promise<void>) | null = null;
  let uri = config.neo4j.uri;
  if (!uri) {
    log(`Starting embedded Neo4j (data in ${config.neo4j.dataDir}, heap ${config.neo4j.heap}, page cache ${config.neo4j.pageCache})…`);
    const started = Date.now();
    const neo = await startEmbeddedNeo4j({
      rootDir: config.rootDir,
      dataDir: config.neo4j.dataDir,
      port: config.neo4j.boltPort,
      heap: config.neo4j.heap,
      pageCache: config.neo4j.pageCache,
      log,
    });
    log(`Neo4j ready at ${neo.uri} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
    uri = neo.uri;
    stopEmbedded = () => neo.stop();
  }
  const db = Db.connect({ ...config.neo4j, uri });
  try {
    await db.verify();
    const report = await migrate(db, log);
    if (report.applied.length > 0) log(`Migrations applied: ${report.applied.join(', ')}`);
  } catch (err) {
    await db.close();
    if (stopEmbedded) await stopEmbedded();
    throw err;
  }
  return {
    db,
    embedded: stopEmbedded !== null,
    close: async () => {
      await db.close();
      if (stopEmbedded) await stopEmbedded();
    },
  };
}
