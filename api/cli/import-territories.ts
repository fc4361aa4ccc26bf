// `npm run import:territories [-- --departement 22 --departement 29]`: imports France's
// administrative divisions into the configured Neo4j, or into the embedded one when none is set.
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { Db } from '../db/driver.js';
import { startEmbeddedNeo4j } from '../db/embedded.js';
import { migrate } from '../db/migrate.js';
import { importTerritories } from '../territory/territory.import.js';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      departement: { type: 'string', multiple: true },
      'batch-size': { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  const batchSize = values['batch-size'] === undefined ? undefined : Number(values['batch-size']);
  const config = loadConfig();

  let embedded: { uri: string; stop(): Promise<void> } | undefined;
  let db: Db | undefined;
  try {
    let uri = config.neo4j.uri;
    if (uri === undefined) {
      embedded = await startEmbeddedNeo4j({
        rootDir: config.rootDir,
        dataDir: config.neo4j.dataDir,
        port: config.neo4j.boltPort,
        heap: config.neo4j.heap,
        pageCache: config.neo4j.pageCache,
        log: (line: string) => console.error(line),
      });
      uri = embedded.uri;
    }
    db = Db.connect({ ...config.neo4j, uri });
    await db.verify();
    // The MERGEs rely on the Entity.id constraint to find nodes; applying migrations is idempotent.
    await migrate(db, (line) => console.log(line));

    const report = await importTerritories(db, {
      departements: values.departement,
      batchSize,
      onProgress: ({ phase, done, total }) => console.log(`${phase} ${done}/${total}`),
    });
    console.log(
      `Imported ${report.total} territories (${report.created} created, ${report.updated} updated, ` +
        `${report.linksCreated} links created) in ${(report.ms / 1000).toFixed(1)}s`,
    );
  } finally {
    // Stop the embedded server even when closing the driver fails.
    try {
      await db?.close();
    } finally {
      await embedded?.stop();
    }
  }
}

main().catch((error: unknown) => {
  console.error(`Territory import failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
