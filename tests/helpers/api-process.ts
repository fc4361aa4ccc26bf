// One API process of its own, for tests of several processes on one database (tests/multi-process.test.ts):
// the configuration comes from the environment the test gives it, as in production; the process prints
// "LISTENING <url>" on stdout once it serves, and stops cleanly on SIGTERM.
import { loadConfig } from '../../api/config.js';
import { openDatabase } from '../../api/database.js';
import { startServer } from '../../api/server.js';

const config = loadConfig();
const database = await openDatabase(config, (line) => console.error(line));
const server = await startServer(config, database.db);
console.log(`LISTENING ${server.url}`);

process.once('SIGTERM', () => {
  void server
    .close()
    .then(() => database.close())
    .finally(() => process.exit(0));
});
