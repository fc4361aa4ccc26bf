import { rmSync } from 'node:fs';
import { startEmbeddedNeo4j } from '../api/db/embedded.js';
import neo4j from 'neo4j-driver';
import { Db } from '../api/db/driver.js';
import { migrate } from '../api/db/migrate.js';
import { generate, describeGraph, type SizeName } from './generate.js';
import { loadGraph } from './load.js';
const size = (process.argv[2] ?? 'tiny') as SizeName;
let t = Date.now();
const g = generate({ size, seed: 42, prefix: 'b' });
console.log('generated', describeGraph(g), Date.now() - t, 'ms');
rmSync('bench/data/scratch', { recursive: true, force: true });
const neo = await startEmbeddedNeo4j({ rootDir: process.cwd(), dataDir: 'bench/data/scratch', apoc: true, heap: '2g', pageCache: '1g', txTimeout: '600s', log: console.log });
const db = new Db(neo4j.driver(neo.uri), 'neo4j', 600_000);
try {
  await migrate(db);
  t = Date.now();
  const r = await loadGraph(db, g, console.log);
  console.log('loaded in', r.ms, 'ms');
} finally { await db.close(); await neo.stop(); }
