// `node --import tsx bench/render.ts bench/results/S-2026-11-29.json`: redraws a run's table and chart
// from its JSON, with the reasons (whyMissed) as the query files give them now — for when a reason is
// written after looking at the figures. The figures themselves are never touched.
import { readFileSync, writeFileSync } from 'node:fs';
import { QUERIES } from './queries/index.js';
import { renderSvg, renderTable, type Results } from './report.js';

const file = process.argv[2];
if (!file || !file.endsWith('.json')) {
  console.error('Usage: node --import tsx bench/render.ts bench/results/<size>-<date>.json');
  process.exit(1);
}
const results = JSON.parse(readFileSync(file, 'utf8')) as Results;
for (const q of results.queries) {
  const id = q.name.split(' ')[0]!;
  q.whyMissed = QUERIES[id]?.whyMissed?.[q.name] ?? q.whyMissed;
}
writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
writeFileSync(file.replace(/\.json$/, '.svg'), renderSvg(results));
writeFileSync(file.replace(/[^/]+\.json$/, `latest-${results.size}.md`), renderTable(results));
console.log(renderTable(results));
