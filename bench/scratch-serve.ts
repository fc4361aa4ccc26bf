import { startEmbeddedNeo4j } from '../api/db/embedded.js';
const neo = await startEmbeddedNeo4j({ rootDir: process.cwd(), dataDir: 'bench/data/scratch', apoc: true, heap: '2g', pageCache: '1g', port: 7999, txTimeout: '120s' });
console.log('READY', neo.uri);
process.on('SIGTERM', () => { void neo.stop().then(() => process.exit(0)); });
setInterval(() => {}, 1 << 30);
