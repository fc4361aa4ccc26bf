// `npm start`: Neo4j (embedded unless NEO4J_URI is set), migrations, territories and demo on first
// run, then the API and the SPA on one port. Ctrl-C or SIGTERM stops everything cleanly.
import { loadConfig, ConfigError } from '../config.js';
import { openDatabase } from '../database.js';
import { checkStatements } from '../db/explain.js';
import { loadDemoIfEmpty } from '../demo/demo.js';
import { startServer } from '../server.js';
import { importTerritoriesIfMissing } from '../territory/territory.setup.js';
import { ensureWebBuilt } from './build-web.js';

async function main(): Promise<void> {
  const config = loadConfig();
  await ensureWebBuilt(config.rootDir, console.log);
  const database = await openDatabase(config);
  let stopping = false;
  const stopAll = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal} received: stopping the API and Neo4j (Neo4j takes about 10 s to close its store cleanly)…`);
    await server?.close().catch((e: unknown) => console.error(e));
    await database.close().catch((e: unknown) => console.error(e));
    console.log('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stopAll('SIGINT'));
  process.on('SIGTERM', () => void stopAll('SIGTERM'));

  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    await checkStatements(database.db, console.log);
    if (config.importTerritories) await importTerritoriesIfMissing(database.db, console.log);
    server = await startServer(config, database.db);
    if (config.loadDemo) await loadDemoIfEmpty(server.apollo, database.db, console.log);
    console.log(`Convergences is running: ${server.url}/ (SPA), ${server.url}/graphql (API), ${server.url}/healthz`);
  } catch (err) {
    await server?.close().catch(() => {});
    await database.close();
    throw err;
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof ConfigError || err instanceof Error ? `\nConvergences could not start: ${err.message}` : err);
  process.exit(1);
});
