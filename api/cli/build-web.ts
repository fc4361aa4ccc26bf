// Builds the SPA into dist/ when it is missing or older than its sources, so `npm start` serves it.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export async function ensureWebBuilt(rootDir: string, log: (line: string) => void): Promise<void> {
  const index = join(rootDir, 'dist', 'index.html');
  const explorer = join(rootDir, 'dist', 'explorer.html');
  const sources = Math.max(newestMtime(join(rootDir, 'web')), statSync(join(rootDir, 'vite.config.ts')).mtimeMs);
  if (existsSync(index) && existsSync(explorer) && statSync(index).mtimeMs >= sources) return;
  log('Building the web app (web/ → dist/)…');
  const started = Date.now();
  // vite is a development dependency: loaded only when a build is needed.
  const { build } = await import('vite');
  // Always React's production build, whatever NODE_ENV the server runs with.
  await build({ configFile: join(rootDir, 'vite.config.ts'), logLevel: 'warn', mode: 'production', define: { 'process.env.NODE_ENV': JSON.stringify('production') } });
  log(`Web app built in ${((Date.now() - started) / 1000).toFixed(1)}s`);
}
