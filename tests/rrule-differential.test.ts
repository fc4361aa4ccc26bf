// Differential test of the recurrence expander against a reference from another ecosystem:
// python-dateutil (pinned, in the .venv-ref virtualenv that tests/reference/setup.sh makes and
// .ci/run calls), over a few thousand seeded rules of the supported subset, starting near the clock
// changes of the French zones. What the reference does exactly is said in
// tests/reference/rrule_reference.py. The start goes through the same reading as an API input: its
// wall-clock time written with the offset the reference gives it, then wallClockStart.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { expandRule, formatRule, MAX_COUNT, parseRule } from '../api/agenda/rrule.js';
import { toInstant, wallClockStart } from '../api/shared/time.js';
// The benchmark generator's seeded PRNG (mulberry32): a failure is reproduced by the same seed.
import { rng } from '../bench/generate.js';
import { onCI, testEnv } from './helpers/env.js';

const ROOT = join(import.meta.dirname, '..');
const PYTHON = join(ROOT, '.venv-ref', 'bin', 'python');
const SETUP = join(ROOT, 'tests', 'reference', 'setup.sh');
const REFERENCE = join(ROOT, 'tests', 'reference', 'rrule_reference.py');

const ZONES = ['Europe/Paris', 'America/Cayenne', 'America/Miquelon', 'Indian/Reunion', 'Pacific/Noumea'] as const;
const RULES = 3000;
const SEED = 13;

/** The reference's virtualenv: in CI .ci/run made it, and its absence fails the test; on a developer's machine it is made here once. */
function referencePython(): string {
  if (!existsSync(PYTHON)) {
    if (onCI()) throw new Error(`The reference implementation is missing (${PYTHON}): .ci/run must run tests/reference/setup.sh before the tests.`);
    console.log('[rrule-differential] creating .venv-ref with the pinned python-dateutil (bash tests/reference/setup.sh)…');
    const made = spawnSync('bash', [SETUP], { cwd: ROOT, encoding: 'utf8' });
    if (made.status !== 0) throw new Error(`bash tests/reference/setup.sh failed (it needs python3 and PyPI):\n${made.stdout}\n${made.stderr}`);
  }
  return PYTHON;
}

// ---- A seeded generator of rules and starts ----------------------------------------------------

interface Case {
  rule: string;
  /** Wall-clock start in the zone. */
  start: string;
  tz: string;
  from: string | null;
  to: string | null;
}

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Local dates of the zone's clock changes in 1976–2035 (none for zones without daylight saving since). */
function changeDays(tz: string): Temporal.PlainDateTime[] {
  const days: Temporal.PlainDateTime[] = [];
  let at: Temporal.ZonedDateTime | null = Temporal.Instant.from('1976-01-01T00:00:00Z').toZonedDateTimeISO(tz);
  for (;;) {
    at = at.getTimeZoneTransition('next');
    if (!at || at.year > 2035) return days;
    days.push(at.toPlainDateTime());
  }
}

function generate(count: number, seed: number): Case[] {
  const rnd = rng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const some = <T,>(xs: readonly T[], max: number): T[] => [...new Set(Array.from({ length: int(1, max) }, () => pick(xs)))];
  const changes = new Map(ZONES.map((tz) => [tz, changeDays(tz)]));
  const cases: Case[] = [];
  while (cases.length < count) {
    const tz = pick(ZONES);
    const zoneChanges = changes.get(tz)!;
    // Mostly a few days or weeks before a clock change, at the hour it skips or repeats; else anywhere.
    let wall: Temporal.PlainDateTime;
    if (zoneChanges.length > 0 && rnd() < 0.85) {
      const recent = zoneChanges.filter((c) => c.year >= 2024);
      const change = pick(recent.length > 0 && rnd() < 0.85 ? recent : zoneChanges);
      const hour = rnd() < 0.6 ? change.hour + int(-1, 1) : int(0, 23);
      wall = change.toPlainDate().subtract({ days: pick([0, 0, 1, 2, 6, 7, 13, 14, 27, 28, 30, 35]) }).toPlainDateTime({ hour: Math.min(23, Math.max(0, hour)), minute: pick([0, 15, 30, 45]) });
    } else {
      wall = new Temporal.PlainDate(int(1990, 2034), int(1, 12), int(1, 28)).toPlainDateTime({ hour: int(0, 23), minute: pick([0, 30]), second: rnd() < 0.1 ? int(0, 59) : 0 });
    }
    const freq = pick(['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const);
    const parts = [`FREQ=${freq}`];
    const interval = rnd() < 0.35 ? int(2, freq === 'DAILY' ? 10 : 4) : 1;
    if (interval > 1) parts.push(`INTERVAL=${interval}`);
    const bound = rnd();
    if (bound < 0.5) parts.push(`COUNT=${int(1, freq === 'YEARLY' ? 15 : 40)}`);
    else if (bound < 0.7) {
      const until = Temporal.PlainDateTime.from(wall).toZonedDateTime(tz).toInstant().add({ minutes: int(1, freq === 'DAILY' ? 60 * 24 * 90 : 60 * 24 * 900) });
      parts.push(`UNTIL=${until.toString({ smallestUnit: 'second' }).replace(/[-:]/g, '')}`);
    } else if (bound < 0.8) {
      const until = wall.toPlainDate().add({ days: int(0, freq === 'DAILY' ? 90 : 900) });
      parts.push(`UNTIL=${until.year}${pad(until.month)}${pad(until.day)}`);
    }
    // No combination that never matches, which both sides would walk for thousands of years: an
    // interval of months with chosen months, an interval of days with chosen weekdays.
    const byMonth = rnd() < 0.3 && !(freq === 'MONTHLY' && interval > 1) ? some([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].filter((m) => rnd() < 0.5 || m === 3 || m === 10 || m === 11), 3) : null;
    const ordinals = freq === 'MONTHLY' ? [1, 2, 3, 4, -1, -2, 5] : byMonth ? [1, 2, -1, 4] : [1, 2, 10, 20, -1, -5, 52];
    let byDay: string[] | null = null;
    if (rnd() < 0.5 && !(freq === 'DAILY' && interval > 1)) {
      const positioned = (freq === 'MONTHLY' || freq === 'YEARLY') && rnd() < 0.6;
      byDay = some(WEEKDAYS, freq === 'WEEKLY' ? 3 : 2).map((d) => (positioned ? `${pick(ordinals)}${d}` : d));
    }
    // A day of the month every month has (with BYMONTH) and no position with it: no rule that never matches.
    const byMonthDay =
      freq !== 'WEEKLY' && rnd() < 0.3 && !byDay?.some((d) => /\d/.test(d)) ? some(byMonth ? [1, 2, 13, 15, 28, -1, -2, -28] : [1, 13, 15, 28, 29, 30, 31, -1, -7, -31], 2) : null;
    if (byDay) parts.push(`BYDAY=${byDay.join(',')}`);
    if (byMonthDay) parts.push(`BYMONTHDAY=${byMonthDay.join(',')}`);
    if (byMonth) parts.push(`BYMONTH=${byMonth.join(',')}`);
    // Unbounded rules are compared over a window: from the start, or one the expansion jumps to.
    let from: string | null = null;
    let to: string | null = null;
    if (bound >= 0.8) {
      const startAt = wall.toZonedDateTime(tz).toInstant();
      const lo = rnd() < 0.5 ? startAt.subtract({ hours: 24 * int(0, 10) }) : startAt.add({ hours: 24 * int(30, 1500) });
      from = lo.toString();
      to = lo.add({ hours: 24 * int(20, freq === 'DAILY' ? 120 : 800) }).toString();
    }
    cases.push({ rule: parts.join(';'), start: wall.toString(), tz, from, to });
  }
  return cases;
}

// ---- The comparison ---------------------------------------------------------------------------

interface Reference {
  startUtc?: string;
  starts?: string[];
  error?: string;
}

/** An offset in ms as an ISO offset (+01:00). */
function offsetText(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function ours(c: Case, startUtc: string): string[] {
  // The start as a client writes it: its wall-clock time with the offset that names the reference's instant.
  const value = `${c.start}${offsetText(Date.parse(`${c.start}Z`) - Date.parse(startUtc))}`;
  const startsAt = toInstant(value, c.tz);
  const start = { startsAt, timeZone: c.tz, startsAtLocal: wallClockStart(value, startsAt, c.tz) };
  const rule = parseRule(c.rule);
  expect(parseRule(formatRule(rule))).toEqual(rule);
  return expandRule(rule, start, c.from ? Date.parse(c.from) : -8.64e15, c.to ? Date.parse(c.to) : 8.64e15, MAX_COUNT);
}

describe('recurrence expansion against python-dateutil', () => {
  it(`agrees on every start of ${RULES} seeded rules starting near the clock changes of the French zones`, () => {
    const cases = generate(RULES, SEED);
    const python = referencePython();
    const output = execFileSync(python, [REFERENCE], {
      input: JSON.stringify(cases),
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      // The pinned tzdata package, not the machine's zone files.
      env: testEnv({ PYTHONTZPATH: '' }),
    });
    const reference = JSON.parse(output) as Reference[];
    expect(reference).toHaveLength(cases.length);
    const disagreements: string[] = [];
    let occurrences = 0;
    cases.forEach((c, i) => {
      const ref = reference[i]!;
      if (ref.error) {
        disagreements.push(`${c.rule} from ${c.start} ${c.tz}: the reference failed: ${ref.error}`);
        return;
      }
      const mine = ours(c, ref.startUtc!);
      occurrences += ref.starts!.length;
      if (JSON.stringify(mine) !== JSON.stringify(ref.starts)) {
        const first = ref.starts!.findIndex((s, k) => mine[k] !== s);
        const k = first === -1 ? ref.starts!.length : first;
        disagreements.push(`${c.rule} from ${c.start} ${c.tz}${c.from ? ` in [${c.from}, ${c.to})` : ''}: start #${k} is ${mine[k] ?? 'missing'}, the reference says ${ref.starts![k] ?? 'none'}`);
      }
    });
    const zones = new Set(cases.map((c) => c.tz)).size;
    console.log(`[rrule-differential] compared ${cases.length} rules in ${zones} zones, ${occurrences} occurrences, against python-dateutil: ${disagreements.length} disagreements`);
    expect(disagreements.slice(0, 20)).toEqual([]);
    // The comparison is only worth its size if the cases reach the clock changes.
    expect(occurrences).toBeGreaterThan(RULES * 5);
  });
});
