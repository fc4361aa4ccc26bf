// Wall-clock time in an IANA time zone, for the agenda's recurrences and for dates read in a zone.
// The zone rules come from Temporal (the maintained temporal-polyfill, until Node ships Temporal):
// each zone's transitions are asked of it once per UTC year and kept, so an offset afterwards is a
// look-up in a table of two or three entries, and a wall-clock time is read as RFC 5545 §3.3.5 says
// (Temporal's 'compatible'): a time the clocks skip uses the offset before the gap (02:30 on the last
// Sunday of March in Paris is 01:30Z, shown as 03:30), a time they repeat is its first occurrence.
// Asking Temporal for every occurrence costs some 45 µs; the table costs well under one.
// tests/zone.test.ts holds the table's answers to Temporal's own.
import { Temporal } from 'temporal-polyfill';

export const DAY_MS = 86_400_000;

/** One UTC year of a zone: the offset at its start, then each change within it (instant, new offset). */
interface YearTable {
  startOffset: number;
  at: number[];
  offset: number[];
}

/**
 * From this year on, a zone's table is that of a year of the same kind (leap or not, same weekday on
 * 1 January) in 2101–2199, shifted. The tz database's rules past its explicit data (2087 at the latest)
 * are "n-th or last weekday of a month", which repeat on such years; so a series running to the year
 * 7000 costs a few dozen tables, not five thousand.
 */
const FOLD_FROM = 2200;
const FOLD_BASE = 2101;

/**
 * Year tables by zone. A zone holds at most some 10,000 years (before FOLD_FROM, and one entry per
 * year after it); past MAX_ZONES zones (there are some 600) the cache starts again.
 */
const MAX_ZONES = 1000;
const tables = new Map<string, Map<number, YearTable>>();

/** Milliseconds of 00:00 UTC on 1 January of a year (Date.UTC reads years 0–99 as 1900–1999). */
function yearStart(year: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, 0, 1);
  return d.getTime();
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
/** 0 = Sunday … 6 = Saturday, of 1 January. */
const firstWeekday = (y: number) => new Date(yearStart(y)).getUTCDay();

/** For each kind of year (leap × weekday of 1 January), the first year of that kind from FOLD_BASE. */
const baseYears = new Map<number, number>();
for (let y = FOLD_BASE; baseYears.size < 14; y += 1) {
  const kind = (isLeap(y) ? 7 : 0) + firstWeekday(y);
  if (!baseYears.has(kind)) baseYears.set(kind, y);
}

const utcYear = (ms: number) => new Date(ms).getUTCFullYear();

/**
 * Asks Temporal for a year's table. A search for the next change also tells how long the offset stays
 * as it is: the years it skips get their (empty) tables at once, so a zone without daylight saving
 * (Cayenne, Réunion) costs one search, not one per year. Temporal looks for the next change up to
 * three years past today or past the instant asked, whichever is later.
 */
function askTemporal(tz: string, year: number, zone: Map<number, YearTable>): YearTable {
  const start = yearStart(year);
  const end = yearStart(year + 1);
  let zdt = Temporal.Instant.fromEpochMilliseconds(start).toZonedDateTimeISO(tz);
  const table: YearTable = { startOffset: zdt.offsetNanoseconds / 1e6, at: [], offset: [] };
  for (;;) {
    const next = zdt.getTimeZoneTransition('next');
    if (next && next.epochMilliseconds < end) {
      table.at.push(next.epochMilliseconds);
      table.offset.push(next.offsetNanoseconds / 1e6);
      zdt = next;
      continue;
    }
    const steady = { startOffset: table.offset[table.offset.length - 1] ?? table.startOffset, at: [], offset: [] };
    const horizon = next ? utcYear(next.epochMilliseconds) : Math.min(FOLD_FROM, Math.max(year, new Date().getUTCFullYear()) + 3);
    for (let y = year + 1; y < horizon; y += 1) if (!zone.has(y)) zone.set(y, steady);
    return table;
  }
}

function yearTable(tz: string, year: number): YearTable {
  let zone = tables.get(tz);
  if (!zone) {
    if (tables.size >= MAX_ZONES) tables.clear();
    zone = new Map();
    tables.set(tz, zone);
  }
  let table = zone.get(year);
  if (table) return table;
  if (year >= FOLD_FROM) {
    const base = baseYears.get((isLeap(year) ? 7 : 0) + firstWeekday(year))!;
    const shift = yearStart(year) - yearStart(base);
    const model = yearTable(tz, base);
    table = { startOffset: model.startOffset, at: model.at.map((t) => t + shift), offset: model.offset };
  } else {
    table = askTemporal(tz, year, zone);
  }
  zone.set(year, table);
  return table;
}


/** How many years of a zone's rules this process has asked Temporal for or derived (the benchmark and tests read it). */
export function knownYears(tz: string): number {
  return tables.get(tz)?.size ?? 0;
}

/** Offset of `tz` from UTC at an instant, in ms (Paris in July: 7,200,000). */
export function offsetAt(ms: number, tz: string): number {
  const table = yearTable(tz, utcYear(ms));
  let offset = table.startOffset;
  for (let i = 0; i < table.at.length && table.at[i]! <= ms; i += 1) offset = table.offset[i]!;
  return offset;
}

/** The zone's changes in (a, b] (b − a at most a few days), soonest first: instant and offset after. */
function changesBetween(a: number, b: number, tz: string): { at: number; offset: number }[] {
  const out: { at: number; offset: number }[] = [];
  for (let year = utcYear(a); year <= utcYear(b); year += 1) {
    const table = yearTable(tz, year);
    table.at.forEach((t, i) => {
      if (t > a && t <= b) out.push({ at: t, offset: table.offset[i]! });
    });
  }
  return out;
}

/** The wall-clock time (local date and time, counted in ms as if it were UTC) an instant shows in `tz`. */
export function wallOf(ms: number, tz: string): number {
  return ms + offsetAt(ms, tz);
}

/**
 * The instant a wall-clock time (ms as if UTC) stands for in `tz`, as RFC 5545 reads it, which is
 * Temporal's 'compatible' disambiguation. Every instant showing it lies within a day of it, so the
 * zone's changes in that window decide: none (nearly always), one offset; one change, the offsets
 * before (o1) and after (o2) it: w − o1 if it falls before the change (the first, when the clocks go
 * back and both do), else w − o2; neither (a gap), w − o1, the offset before the gap. Two changes
 * within two days (never in the French zones) are left to Temporal. tests/zone.test.ts holds this
 * to Temporal's own answers.
 */
export function instantOfWall(wall: number, tz: string): number {
  const changes = changesBetween(wall - DAY_MS, wall + DAY_MS, tz);
  if (changes.length === 0) return wall - offsetAt(wall, tz);
  if (changes.length === 1) {
    const { at, offset: after } = changes[0]!;
    const before = offsetAt(at - 1, tz);
    if (wall - before < at) return wall - before;
    if (wall - after >= at) return wall - after;
    return wall - before;
  }
  const d = new Date(wall);
  return Temporal.PlainDateTime.from({
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
  }).toZonedDateTime(tz, { disambiguation: 'compatible' }).epochMilliseconds;
}

/** A wall-clock time as written in the API and stored (`2027-03-28T02:30:00`, milliseconds only when some). */
export function formatWall(wall: number): string {
  const text = new Date(wall).toISOString();
  return text.endsWith('.000Z') ? text.slice(0, 19) : text.slice(0, 23);
}

const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?$/;

/** Reads `YYYY-MM-DDTHH:MM[:SS[.fff]]` as a wall-clock time (ms as if UTC); null if it is not a real one. */
export function parseWall(text: string): number | null {
  const m = WALL.exec(text);
  if (!m) return null;
  const [y, mo, d, h, mi, sec] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number) as [number, number, number, number, number, number];
  const ms = Number((m[7] ?? '0').slice(0, 3).padEnd(3, '0'));
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  date.setUTCHours(h, mi, sec, ms);
  const same = date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && date.getUTCHours() === h && date.getUTCMinutes() === mi && date.getUTCSeconds() === sec;
  return same ? date.getTime() : null;
}
