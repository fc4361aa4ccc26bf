// Vite plugin: writes a brotli (.br) and a gzip (.gz) copy beside each compressible file of the build,
// so the server sends the smallest one a client accepts without compressing on every request
// (api/serving/static-files.ts), and prints what the first pages cost on the wire.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Text formats; images, fonts and media are compressed already. */
export const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|map|txt|xml|webmanifest|wasm|ico)$/;

interface Sizes {
  raw: number;
  gzip: number;
  br: number;
}

async function compress(path: string): Promise<Sizes> {
  const data = await readFile(path);
  const [b, g] = await Promise.all([
    brotli(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
    gz(data, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  await Promise.all([writeFile(`${path}.br`, b), writeFile(`${path}.gz`, g)]);
  return { raw: data.length, gzip: g.length, br: b.length };
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const sum = (list: Sizes[]): Sizes => list.reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip, br: a.br + s.br }), { raw: 0, gzip: 0, br: 0 });
const line = (s: Sizes) => `${kB(s.raw)} raw / ${kB(s.gzip)} gzip / ${kB(s.br)} br`;

/** The scripts and stylesheets an HTML page loads before it can show anything (entry, preloads, CSS). */
function firstLoad(html: string): string[] {
  return [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
}

/** The portal's first page: its target is 150 kB of gzipped JS before the map's chunk; over this, the build fails. */
export const FIRST_PAGE_JS_BUDGET = { page: 'index.html', gzip: 170_000, target: 150_000 };

export function precompress(log: (line: string) => void = console.log): Plugin {
  let outDir = '';
  return {
    name: 'convergences-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async writeBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((name) => COMPRESSIBLE.test(name));
      const sizes = new Map<string, Sizes>();
      await Promise.all(files.map(async (name) => sizes.set(name, await compress(join(outDir, name)))));

      // Printed whatever Vite's log level: the build log is where a size regression shows first.
      log('Sizes on the wire (raw / gzip / br):');
      for (const page of files.filter((name) => name.endsWith('.html')).sort()) {
        const loaded = firstLoad(await readFile(join(outDir, page), 'utf8')).filter((name) => sizes.has(name));
        const of = (ext: string) => sum(loaded.filter((name) => name.endsWith(ext)).map((name) => sizes.get(name)!));
        const js = of('.js');
        log(`  ${page}: JS ${line(js)}; CSS ${line(of('.css'))}; HTML ${line(sizes.get(page)!)}`);
        if (page === FIRST_PAGE_JS_BUDGET.page) {
          log(`  first page JS: ${kB(js.gzip)} gzip (target ${kB(FIRST_PAGE_JS_BUDGET.target)}, build fails over ${kB(FIRST_PAGE_JS_BUDGET.gzip)})`);
          if (js.gzip > FIRST_PAGE_JS_BUDGET.gzip) {
            this.error(`The first page loads ${kB(js.gzip)} of gzipped JS, over the ${kB(FIRST_PAGE_JS_BUDGET.gzip)} budget: load the new code on demand (see App.tsx).`);
          }
        }
      }
      log(`  all ${files.length} compressible files: ${line(sum([...sizes.values()]))}`);
    },
  };
}
