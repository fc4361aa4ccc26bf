// `npm start`: the web build, Neo4j (embedded unless NEO4J_URI is set) and its migrations, then the
// API and the SPA listen on one port, then France's territories and the demo on first run. The server
// listens before the last steps so the portal can say it is loading; /readyz answers 503 until every
// step is done. Each step is logged with its duration. Ctrl-C or SIGTERM stops everything cleanly.
import { loadConfig, ConfigError } from '../config.js';
import { openDatabase } from '../database.js';
import { checkStatements } from '../db/explain.js';
import { loadDemoIfEmpty } from '../demo/demo.js';
import { mailStartProblem } from '../mail/mailer.js';
import { startServer } from '../server.js';
import { warmUp } from '../serving/warm-up.js';
import { Readiness } from '../shared/readiness.js';
import { importTerritoriesIfMissing } from '../territory/territory.setup.js';
import { ensureWebBuilt } from './build-web.js';

/** In order; a new step gets a name here and a `readiness.step(name, …)` call below. */
const STEPS = ['build', 'neo4j', 'migrations', 'listen', 'statements', 'territories', 'demo', 'warm-up'];

async function main(): Promise<void> {
  const config = loadConfig();
  const mailProblem = mailStartProblem(config.env, config.mail);
  if (mailProblem) throw new ConfigError(mailProblem);
  const readiness = new Readiness(console.log, STEPS);
  const step = readiness.step.bind(readiness);
  await step('build', () => ensureWebBuilt(config.rootDir, console.log));
  const database = await openDatabase(config, console.log, step);
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
    server = await step('listen', () => startServer(config, database.db, { readiness }));
    const { url } = server;
    console.log(`Listening on ${url}/ (the portal says it is loading until the steps below are done)`);
    console.log(server.mailer.describe() + (server.mailer.mode === 'outbox' && config.env !== 'production' ? ` The toolbox shows them at ${url}/dev/outbox.` : ''));
    // After listening, so the portal says it is loading meanwhile; a statement that does not compile stops the start.
    await step('statements', () => checkStatements(database.db, console.log));
    if (config.importTerritories) await step('territories', () => importTerritoriesIfMissing(database.db, console.log));
    if (config.loadDemo) await step('demo', () => loadDemoIfEmpty(server!.apollo, database.db, console.log));
    const warm = await step('warm-up', () => warmUp(server!.apollo, database.db, console.log));
    console.log(`The portal's first requests planned: ${warm.operations} operations in ${(warm.ms / 1000).toFixed(1)}s${warm.failed ? ` (${warm.failed} answered errors, above)` : ''}`);
    readiness.markReady();
    console.log(`Convergences is running: ${url}/ (SPA), ${url}/graphql (API${config.introspection ? ' and explorer' : ''}), ${url}/healthz, ${url}/readyz`);
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
