// `node --import tsx bench/map-render.ts [--reps 5] [--throttle 4]`: the map's first clustered render in
// Chromium with the CPU slowed down 4× through the DevTools protocol (Emulation.setCPUThrottlingRate),
// on the demo territory (size S) as a newcomer's `npm start` serves it. It starts its own Convergences
// (embedded Neo4j in bench/data/map-render/, wiped first; loopback ports of its own), waits until
// /readyz says ready (build, migrations, territories, demo, warm-up), then for each repetition opens
// /carte in a fresh browser context (no cache) and reads the `map:first-clusters` performance mark that
// web/src/map/useClusterMarkers.ts sets when the first answer of mapClusters is on the map: the time
// from navigation start to clusters drawn. Prints the figures against the 2 s target; never
// asserts. Stops everything it started, and itself after 30 minutes.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT_DIR } from '../api/config.js';
import { launchChromium } from '../tests/helpers/browser.js';
import { testEnv } from '../tests/helpers/env.js';

const { values } = parseArgs({
  options: {
    reps: { type: 'string', default: '5' },
    throttle: { type: 'string', default: '4' },
  },
});
const reps = Number(values.reps);
const throttle = Number(values.throttle);
const TARGET_MS = 2000;
const MARK = 'map:first-clusters';
const dataDir = join(ROOT_DIR, 'bench', 'data', 'map-render');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const guard = setTimeout(() => {
  console.error('map-render: stopped after 30 minutes');
  process.exit(2);
}, 30 * 60_000);
guard.unref();

rmSync(dataDir, { recursive: true, force: true });
const [port, boltPort] = [await freePort(), await freePort()];
const started = Date.now();
const child = spawn(process.execPath, ['--import', 'tsx', 'api/cli/start.ts'], {
  cwd: ROOT_DIR,
  // The shell's environment without a database of its own: this run starts its own embedded Neo4j.
  env: testEnv({
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    NEO4J_BOLT_PORT: String(boltPort),
    NEO4J_DATA_DIR: dataDir,
    LOAD_DEMO: 'true',
    IMPORT_TERRITORIES: 'true',
  }),
  stdio: ['ignore', 'pipe', 'inherit'],
});
const stop = () =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

const url = await new Promise<string>((resolve, reject) => {
  let buffer = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    buffer += chunk;
    const ready = /Convergences is running: (http:\/\/[^/\s]+)\//.exec(buffer);
    if (ready) resolve(ready[1]!);
  });
  child.once('exit', (code) => reject(new Error(`npm start exited (${code}) before it was ready:\n${buffer.slice(-2000)}`)));
});
console.log(`Convergences ready at ${url} in ${((Date.now() - started) / 1000).toFixed(0)} s (build, Neo4j, territories, demo, warm-up)`);

const browser = await launchChromium();
const figures: { ms: number; clusters: number; places: number }[] = [];
try {
  for (let rep = 0; rep < reps; rep++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.goto(`${url}/carte`);
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, MARK, { timeout: 60_000 });
    const figure = await page.evaluate((mark) => {
      const entry = performance.getEntriesByName(mark)[0] as PerformanceMark;
      const detail = entry.detail as { clusters: number; places: number };
      return { ms: entry.startTime, clusters: detail.clusters, places: detail.places };
    }, MARK);
    figures.push(figure);
    console.log(`  run ${rep + 1}: first clustered render ${figure.ms.toFixed(0)} ms (${figure.clusters} clusters, ${figure.places} places)`);
    await context.close();
  }
} finally {
  await browser.close();
  await stop();
}

const sorted = figures.map((f) => f.ms).sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)]!;
const worst = sorted.at(-1)!;
console.log(
  `map first clustered render, demo data (S), CPU ${throttle}× slower: median ${median.toFixed(0)} ms, worst ${worst.toFixed(0)} ms over ${figures.length} cold loads ` +
    `(target ${TARGET_MS} ms: ${worst <= TARGET_MS ? 'met' : median <= TARGET_MS ? 'met by the median, not by the worst' : 'missed'})`,
);
process.exit(0);
