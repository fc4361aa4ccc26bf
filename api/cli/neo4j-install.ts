// `npm run neo4j:install`: downloads and builds the embedded Neo4j ahead of time, so the first
// `npm start` or test run does not pay for it (it is also done on demand when needed).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureNeo4jInstalled } from '../db/embedded.js';

const rootDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

try {
  const paths = await ensureNeo4jInstalled({ rootDir, log: (line) => console.log(line) });
  console.log(`The embedded Neo4j is ready to start (launcher in ${paths.classesDir}).`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
