// Builds dist/ (the SPA and the explorer) for the test files that serve it, unless a build newer than
// every source exists. Test files run in parallel workers: a lock directory makes one build while the
// others wait for it, then find the build fresh.
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { build } from 'vite';
import { withNodeEnv } from './env.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LOCK = join(ROOT, 'dist.building');
/** A lock older than this was left by a killed run. */
const STALE_LOCK_MS = 10 * 60_000;

/** Newest modification time among the files the SPA is built from. */
function newestSource(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestSource(join(path, name))));
}

function fresh(): boolean {
  const index = join(ROOT, 'dist', 'index.html');
  const explorer = join(ROOT, 'dist', 'explorer.html');
  const embed = join(ROOT, 'dist', 'embed', 'convergences.js');
  // The embed's component also takes its words from api/shared/embed-labels.ts.
  const sources = [join(ROOT, 'web'), join(ROOT, 'vite.config.ts'), join(ROOT, 'api', 'shared', 'embed-labels.ts')];
  const built = [index, explorer, embed];
  return built.every((file) => existsSync(file)) && Math.min(...built.map((file) => statSync(file).mtimeMs)) > Math.max(...sources.map(newestSource));
}

function tryLock(): boolean {
  try {
    mkdirSync(LOCK);
    return true;
  } catch {
    return false;
  }
}

/** True while another worker builds; clears a lock a killed run left behind. */
function locked(): boolean {
  const held = statSync(LOCK, { throwIfNoEntry: false });
  if (held && Date.now() - held.mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
  return held !== undefined && existsSync(LOCK);
}

export async function buildSpaIfStale(): Promise<void> {
  for (;;) {
    // Another worker is building: wait for its lock to go (a wait on a file, not a timing check).
    if (locked()) {
      await sleep(250);
      continue;
    }
    if (fresh()) return;
    if (!tryLock()) continue;
    try {
      if (fresh()) return;
      // Vitest sets NODE_ENV=test, which Vite would pass on to the bundle (React's development build).
      await withNodeEnv('production', () => build({ configFile: join(ROOT, 'vite.config.ts'), mode: 'production', logLevel: 'warn' }));
      return;
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
}
