// `npm run bench:lighthouse [-- http://127.0.0.1:4000]`: Lighthouse (npm) driving Debian's Chromium on
// the portal's home page, an actor page and the map page, on a running server (`npm start`), in
// Lighthouse's mobile (4× CPU throttling, slow 4G) and desktop settings. Prints performance,
// accessibility, best-practices and SEO scores with the main timings, and writes them to
// bench/results/lighthouse-<date>.json. A report, not a test: targets are printed beside the figures.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, type Flags } from 'lighthouse';

const base = (process.argv[2] ?? 'http://127.0.0.1:4000').replace(/\/$/, '');
const TARGET = { performance: 95, accessibility: 95 };

async function firstActorSlug(): Promise<string> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ actors(first: 1) { nodes { slug } } }' }),
  });
  const body = (await res.json()) as { data?: { actors: { nodes: { slug: string }[] } } };
  const slug = body.data?.actors.nodes[0]?.slug;
  if (!slug) throw new Error(`No actor at ${base}: start the portal with its demo data first (npm start).`);
  return slug;
}

const pages = [
  { name: 'home', path: '/' },
  { name: 'actor', path: `/acteurs/${encodeURIComponent(await firstActorSlug())}` },
  { name: 'map', path: '/carte' },
];

const chrome = await chromeLauncher.launch({
  chromePath: '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const rows: Record<string, unknown>[] = [];
try {
  for (const mode of ['mobile', 'desktop'] as const) {
    for (const page of pages) {
      const flags: Flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] };
      const result = await lighthouse(`${base}${page.path}`, flags, mode === 'desktop' ? desktopConfig : undefined);
      if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
      const { categories, audits } = result.lhr;
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      const ms = (id: string) => Math.round(audits[id]?.numericValue ?? NaN);
      const row = {
        mode,
        page: page.name,
        path: page.path,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        fcpMs: ms('first-contentful-paint'),
        lcpMs: ms('largest-contentful-paint'),
        tbtMs: ms('total-blocking-time'),
        cls: Number((audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
      };
      rows.push(row);
      const mark = (value: number, target: number) => `${value}${value >= target ? '' : ` (target ${target})`}`;
      console.log(
        `${mode.padEnd(7)} ${page.name.padEnd(6)} performance ${mark(row.performance, TARGET.performance)}, accessibility ${mark(row.accessibility, TARGET.accessibility)}, best practices ${row.bestPractices}, SEO ${row.seo}; FCP ${row.fcpMs} ms, LCP ${row.lcpMs} ms, TBT ${row.tbtMs} ms, CLS ${row.cls}`,
      );
    }
  }
} finally {
  await chrome.kill();
}
mkdirSync('bench/results', { recursive: true });
const file = `bench/results/lighthouse-${new Date().toISOString().slice(0, 10)}.json`;
writeFileSync(file, JSON.stringify({ base, at: new Date().toISOString(), rows }, null, 2) + '\n');
console.log(`Written to ${file}`);
