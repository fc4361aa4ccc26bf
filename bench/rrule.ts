// `node --import tsx bench/rrule.ts`: what recurrence expansion costs, in CPU alone (no database).
// Prints µs per occurrence for rules of each frequency in the French zones, the cost of a zone's rules
// the first time a process needs them, the work setRecurrence does for FREQ=YEARLY;COUNT=5000 (issue
// 13 measured 21.7 s for it before), and the longest the event loop is held meanwhile. Not a test: the
// figures depend on the machine.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { countedStarts, expandRule, lastStart, parseRule, type RuleStart } from '../api/agenda/rrule.js';
import { knownYears } from '../api/shared/zone.js';

const ZONES = ['Europe/Paris', 'America/Cayenne', 'America/Miquelon', 'Indian/Reunion', 'Pacific/Noumea'];
const RULES = ['FREQ=DAILY;COUNT=5000', 'FREQ=WEEKLY;BYDAY=MO,WE,SA;COUNT=5000', 'FREQ=MONTHLY;BYDAY=-1SU;COUNT=2000', 'FREQ=YEARLY;BYMONTH=3,10;BYDAY=-1SU;COUNT=1000'];
const START = '2026-03-29T00:30:00.000Z';
const LAST = Date.UTC(9999, 11, 31);

const ms = (t0: number) => performance.now() - t0;
const pad = (s: string | number, n: number) => String(s).padEnd(n);

function perOccurrence(rule: string, start: RuleStart, reps: number): { us: number; n: number } {
  const parsed = parseRule(rule);
  let n = 0;
  const t0 = performance.now();
  for (let i = 0; i < reps; i += 1) n = expandRule(parsed, start, Date.parse(start.startsAt), LAST, 5000).length;
  return { us: (ms(t0) * 1000) / (reps * n), n };
}

console.log(`Node ${process.version}, ICU tz ${process.versions.tz ?? '?'}\n`);

console.log('A zone the first time (its rules asked of Temporal, year by year): YEARLY;COUNT=5000 from 2026');
for (const tz of ZONES) {
  const start = { startsAt: START, timeZone: tz };
  const t0 = performance.now();
  expandRule(parseRule('FREQ=YEARLY;COUNT=5000'), start, Date.parse(START), LAST, 5000);
  console.log(`  ${pad(tz, 18)} ${ms(t0).toFixed(1).padStart(7)} ms cold, ${knownYears(tz)} years of rules known`);
}

console.log('\nWarm, µs per occurrence (expandRule from the first start):');
for (const tz of ZONES) {
  const start = { startsAt: START, timeZone: tz };
  for (const rule of RULES) perOccurrence(rule, start, 2);
  const cells = RULES.map((rule) => perOccurrence(rule, start, 10).us.toFixed(2).padStart(6));
  console.log(`  ${pad(tz, 18)} ${cells.join('  ')}`);
}
console.log(`  (${RULES.join(' | ')})`);

console.log("\nsetRecurrence's expansion of FREQ=YEARLY;COUNT=5000 (every start once, in time slices, and the last):");
for (const [label, tz] of [
  ['cold zone', 'Pacific/Chatham'],
  ['warm zone', 'Pacific/Chatham'],
  ['warm zone', 'Europe/Paris'],
] as const) {
  const start = { startsAt: START, timeZone: tz };
  const rule = parseRule('FREQ=YEARLY;COUNT=5000');
  const loop = monitorEventLoopDelay({ resolution: 1 });
  loop.enable();
  const t0 = performance.now();
  const all = await countedStarts(rule, start);
  const last = lastStart(rule, start, all);
  const took = ms(t0);
  loop.disable();
  console.log(`  ${pad(`${tz} (${label})`, 30)} ${took.toFixed(1).padStart(7)} ms for ${all!.length} starts (last ${last}), event loop held ${(loop.max / 1e6).toFixed(1)} ms at most`);
}
