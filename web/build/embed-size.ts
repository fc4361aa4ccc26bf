// Vite plugin for the embed's build: prints what the web component costs on the wire and fails the
// build when it is over its budget (issue 17: at most 15 KB gzipped), so a regression cannot land.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** 15 kB, in bytes of the gzip copy the server sends (compressed as web/build/precompress.ts does). */
export const EMBED_BUDGET_BYTES = 15_000;

export function embedSizeLimit(file: string, log: (line: string) => void = console.log): Plugin {
  let outDir = '';
  return {
    name: 'convergences-embed-size',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async writeBundle() {
      const data = await readFile(join(outDir, file));
      const gzip = gzipSync(data, { level: constants.Z_BEST_COMPRESSION }).length;
      const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
      log(`  embed/${file}: ${kB(data.length)} raw / ${kB(gzip)} gzip (budget ${kB(EMBED_BUDGET_BYTES)} gzip)`);
      if (gzip > EMBED_BUDGET_BYTES) {
        throw new Error(`embed/${file} is ${kB(gzip)} gzipped, over its budget of ${kB(EMBED_BUDGET_BYTES)}: a host page pays for every byte.`);
      }
    },
  };
}
