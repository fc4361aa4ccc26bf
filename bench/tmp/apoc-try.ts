import { startEmbeddedNeo4j } from '../../api/db/embedded.js';
import neo4j from 'neo4j-driver';
import { mkdtempSync } from 'node:fs';
const neo = await startEmbeddedNeo4j({ rootDir: '/work/main', dataDir: mkdtempSync('/tmp/apoc-'), apoc: true, log: console.log });
const d = neo4j.driver(neo.uri);
const r = await d.executeQuery('RETURN apoc.version() AS v');
console.log(r.records[0].get('v'));
await d.close(); await neo.stop();
