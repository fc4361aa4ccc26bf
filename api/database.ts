// Opens the database the configuration names: the external server at NEO4J_URI, or an embedded
// Neo4j started here in its own JVM and restarted by a supervisor if it dies. Applies migrations
// either way. While the server is unreachable, the Db answers SERVICE_UNAVAILABLE at once and probes
// it in the background (api/db/health.ts); the same driver reconnects once it answers again.
import type { Config } from './config.js';
import { Db } from './db/driver.js';
import { superviseEmbeddedNeo4j } from './db/embedded.js';
import { migrate } from './db/migrate.js';
import { extendSlotWindow } from './agenda/slots.js';

export interface OpenDatabase {
  db: Db;
  /** Closes the driver, then stops the embedded JVM if this process started one. */
  close(): Promise<void>;
  embedded: boolean;
  /** The embedded JVM's current process id, null with an external server. */
  embeddedPid(): number | null;
}

/** Runs one named part of the opening (npm start passes its Readiness.step to time and report each). */
export type Step = <T>(name: string, run: () => Promise<T>) => Promise<T>;
const untimed: Step = (_name, run) => run();

export async function openDatabase(config: Config, log: (line: string) => void = console.log, step: Step = untimed): Promise<OpenDatabase> {
  let stopEmbedded: (() => Promise<void>) | null = null;
  let pid: () => number | null = () => null;
  let uri = config.neo4j.uri;
  // Set once the driver exists; the supervisor's callbacks reach it through this.
  const opened: { db?: Db } = {};
  if (!uri) {
    log(`Starting embedded Neo4j (data in ${config.neo4j.dataDir}, heap ${config.neo4j.heap}, page cache ${config.neo4j.pageCache})…`);
    const started = Date.now();
    const neo = await step('neo4j', () =>
      superviseEmbeddedNeo4j({
        rootDir: config.rootDir,
        dataDir: config.neo4j.dataDir,
        port: config.neo4j.boltPort,
        heap: config.neo4j.heap,
        pageCache: config.neo4j.pageCache,
        log,
        onExit: (how) => opened.db?.health.markDown(`the embedded Neo4j exited (${how})`),
        onRestart: () => opened.db?.health.probeNow(),
      }),
    );
    log(`Neo4j ready at ${neo.uri} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
    uri = neo.uri;
    stopEmbedded = () => neo.stop();
    pid = () => neo.pid;
  }
  const db = Db.connect({ ...config.neo4j, uri });
  opened.db = db;
  try {
    // The embedded start already waited for Neo4j; an external server is reached here first.
    if (stopEmbedded) await db.verify();
    else await step('neo4j', () => db.verify());
    const report = await step('migrations', async () => {
      const applied = await migrate(db, log);
      // The timeline's slots stay three years ahead of today (api/agenda/slots.ts).
      await extendSlotWindow(db, log);
      return applied;
    });
    if (report.applied.length > 0) log(`Migrations applied: ${report.applied.join(', ')}`);
  } catch (err) {
    await db.close();
    if (stopEmbedded) await stopEmbedded();
    throw err;
  }
  return {
    db,
    embedded: stopEmbedded !== null,
    embeddedPid: pid,
    close: async () => {
      await db.close();
      if (stopEmbedded) await stopEmbedded();
    },
  };
}
