// RFC 5545 recurrence rules, the subset associations use: parsing (anything else is refused, naming the
// part) and expansion in the series' own time zone, so a weekly 18:30 workshop stays at 18:30 local
// time across daylight-saving changes. Pure code, no database: agenda.store.ts composes it with
// exceptions, extra dates and per-occurrence changes.
import { badInput } from '../errors.js';

export type Freq = 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';

/** A weekday of BYDAY: 0 = Monday … 6 = Sunday, with an optional ordinal (1 = first, -1 = last). */
export interface WeekdayNum {
  weekday: number;
  n: number | null;
}

export interface Rule {
  freq: Freq;
  interval: number;
  count: number | null;
  /** UNTIL as given: a UTC instant (inclusive) or a calendar date (the whole day, in the series' zone). */
  until: { instant: string } | { date: string } | null;
  byDay: WeekdayNum[] | null;
  byMonthDay: number[] | null;
  byMonth: number[] | null;
}

/** The first occurrence, where the rule starts from: its instant and time zone. */
export interface RuleStart {
  startsAt: string;
  timeZone: string;
}

/** Most occurrences a COUNT may ask for, and most starts one expansion returns (runaway rules). */
export const MAX_COUNT = 5000;
export const MAX_EXPANDED = 5000;
const MAX_INTERVAL = 1000;

const FREQS: readonly Freq[] = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'];
const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const SUPPORTED = ['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYDAY', 'BYMONTHDAY', 'BYMONTH'];
const EXAMPLE = 'for example "FREQ=WEEKLY;BYDAY=WE;UNTIL=20270630T235959Z"';

const bad = (message: string) => badInput('rule', message);

function integer(part: string, value: string, min: number, max: number): number {
  if (!/^[+-]?\d{1,6}$/.test(value)) throw bad(`${part}=${value}: ${part} takes a whole number.`);
  const n = Number(value);
  if (n < min || n > max) throw bad(`${part}=${value}: ${part} must be between ${min} and ${max}.`);
  return n;
}

function list(part: string, value: string): string[] {
  const items = value.split(',');
  if (items.some((i) => i.length === 0)) throw bad(`${part}=${value}: an empty item in the list.`);
  return items;
}

function parseUntil(value: string): Rule['until'] {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(value);
  if (!m) throw bad(`UNTIL=${value}: write UNTIL as a UTC date-time (20270630T235959Z) or a date (20270630).`);
  const [, y, mo, d, h, mi, s, z] = m;
  const date = `${y}-${mo}-${d}`;
  const day = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== date) throw bad(`UNTIL=${value}: ${date} is not a calendar date.`);
  if (h === undefined) return { date };
  if (!z) throw bad(`UNTIL=${value}: a date-time UNTIL must be in UTC, ending with Z (${value}Z), or give a date alone.`);
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) throw bad(`UNTIL=${value}: ${h}:${mi}:${s} is not a time of day.`);
  return { instant: `${date}T${h}:${mi}:${s}.000Z` };
}

function parseByDay(value: string, freq: Freq): WeekdayNum[] {
  return list('BYDAY', value).map((item) => {
    const m = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(item);
    if (!m) throw bad(`BYDAY=${value}: "${item}" is not a weekday (MO, TU, WE, TH, FR, SA, SU, optionally preceded by a position such as 1SA or -1FR).`);
    const weekday = WEEKDAYS.indexOf(m[2] as (typeof WEEKDAYS)[number]);
    if (m[1] === undefined) return { weekday, n: null };
    if (freq !== 'MONTHLY' && freq !== 'YEARLY') throw bad(`BYDAY=${value}: a position such as "${item}" only makes sense with FREQ=MONTHLY or FREQ=YEARLY.`);
    const n = Number(m[1]);
    const max = freq === 'MONTHLY' ? 5 : 53;
    if (n === 0 || Math.abs(n) > max) throw bad(`BYDAY=${value}: the position in "${item}" must be between 1 and ${max}, or -${max} and -1 counting from the end.`);
    return { weekday, n };
  });
}

/** Reads an RRULE (with or without the "RRULE:" prefix); refuses what it does not support, naming the part. */
export function parseRule(text: string): Rule {
  const source = text.trim().replace(/^RRULE:/i, '');
  if (source.length === 0) throw bad(`The rule is empty; ${EXAMPLE}.`);
  if (source.length > 500) throw bad('The rule is too long (500 characters at most).');
  const parts = new Map<string, string>();
  for (const piece of source.split(';')) {
    const eq = piece.indexOf('=');
    if (eq <= 0) throw bad(`"${piece}" is not a NAME=VALUE part of a rule; ${EXAMPLE}.`);
    const name = piece.slice(0, eq).trim().toUpperCase();
    const value = piece.slice(eq + 1).trim().toUpperCase();
    if (!SUPPORTED.includes(name)) throw bad(`${name} is not supported in recurrence rules (supported: ${SUPPORTED.join(', ')}).`);
    if (parts.has(name)) throw bad(`${name} appears twice in the rule.`);
    if (value.length === 0) throw bad(`${name} has no value.`);
    parts.set(name, value);
  }
  const freqText = parts.get('FREQ');
  if (freqText === undefined) throw bad(`The rule needs a FREQ (DAILY, WEEKLY, MONTHLY or YEARLY); ${EXAMPLE}.`);
  if (!FREQS.includes(freqText as Freq)) throw bad(`FREQ=${freqText} is not supported (supported: ${FREQS.join(', ')}).`);
  const freq = freqText as Freq;
  const get = (name: string) => parts.get(name);
  const countText = get('COUNT');
  const untilText = get('UNTIL');
  if (countText !== undefined && untilText !== undefined) throw bad('Give COUNT or UNTIL, not both.');
  const byMonthDay = get('BYMONTHDAY') === undefined ? null : list('BYMONTHDAY', get('BYMONTHDAY')!).map((v) => integer('BYMONTHDAY', v, -31, 31));
  if (byMonthDay?.includes(0)) throw bad('BYMONTHDAY=0: days of the month go from 1 to 31, or -1 (the last) to -31.');
  if (byMonthDay && freq === 'WEEKLY') throw bad('BYMONTHDAY cannot be used with FREQ=WEEKLY (use FREQ=MONTHLY).');
  return {
    freq,
    interval: get('INTERVAL') === undefined ? 1 : integer('INTERVAL', get('INTERVAL')!, 1, MAX_INTERVAL),
    count: countText === undefined ? null : integer('COUNT', countText, 1, MAX_COUNT),
    until: untilText === undefined ? null : parseUntil(untilText),
    byDay: get('BYDAY') === undefined ? null : parseByDay(get('BYDAY')!, freq),
    byMonthDay,
    byMonth: get('BYMONTH') === undefined ? null : list('BYMONTH', get('BYMONTH')!).map((v) => integer('BYMONTH', v, 1, 12)),
  };
}

/** The rule written back in a canonical form (upper case, fixed order, no prefix): what is stored. */
export function formatRule(rule: Rule): string {
  const parts = [`FREQ=${rule.freq}`];
  if (rule.interval !== 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.count !== null) parts.push(`COUNT=${rule.count}`);
  if (rule.until && 'instant' in rule.until) parts.push(`UNTIL=${rule.until.instant.replace(/[-:]|\.000/g, '')}`);
  if (rule.until && 'date' in rule.until) parts.push(`UNTIL=${rule.until.date.replace(/-/g, '')}`);
  if (rule.byDay) parts.push(`BYDAY=${rule.byDay.map((d) => `${d.n ?? ''}${WEEKDAYS[d.weekday]}`).join(',')}`);
  if (rule.byMonthDay) parts.push(`BYMONTHDAY=${rule.byMonthDay.join(',')}`);
  if (rule.byMonth) parts.push(`BYMONTH=${rule.byMonth.join(',')}`);
  return parts.join(';');
}

// ---- Wall-clock time in a zone -------------------------------------------------------------------

const DAY_MS = 86_400_000;
/** Expansion never goes past the year 9999 (the end of what dates can show). */
const LAST_MS = Date.UTC(9999, 11, 31);

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Offset of `tz` from UTC at an instant, in ms, asked of Intl (slow: tables below keep the answers). */
function intlOffset(ms: number, tz: string): number {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(tz, f);
  }
  const parts = f.formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wholeSeconds = ms - (((ms % 1000) + 1000) % 1000);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - wholeSeconds;
}

/** A zone's offsets over one UTC year: the offset from each change on (the first entry from the year's start). */
type YearOffsets = { from: number; offset: number }[];
const yearTables = new Map<string, YearOffsets>();

/** Samples the year day by day and pins each change to the second: some 380 Intl calls, once per zone and year. */
function yearOffsets(tz: string, year: number): YearOffsets {
  const key = `${tz}|${year}`;
  let table = yearTables.get(key);
  if (table) return table;
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  table = [{ from: start, offset: intlOffset(start, tz) }];
  for (let t = start + DAY_MS; t < end + DAY_MS; t += DAY_MS) {
    const at = Math.min(t, end - 1);
    const offset = intlOffset(at, tz);
    const previous = table[table.length - 1]!;
    if (offset === previous.offset) continue;
    let lo = Math.max(previous.from, at - DAY_MS);
    let hi = at;
    while (hi - lo > 1000) {
      const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
      if (intlOffset(mid, tz) === previous.offset) lo = mid;
      else hi = mid;
    }
    table.push({ from: hi, offset });
  }
  if (yearTables.size > 20_000) yearTables.clear();
  yearTables.set(key, table);
  return table;
}

function offsetAt(ms: number, tz: string): number {
  const table = yearOffsets(tz, new Date(ms).getUTCFullYear());
  let offset = table[0]!.offset;
  for (const entry of table) {
    if (entry.from > ms) break;
    offset = entry.offset;
  }
  return offset;
}

/** Local calendar fields of an instant in a zone. */
interface Local {
  /** Days since 1970-01-01 of the local calendar date. */
  day: number;
  /** Milliseconds since local midnight. */
  time: number;
}

function localOf(ms: number, tz: string): Local {
  const local = ms + offsetAt(ms, tz);
  const day = Math.floor(local / DAY_MS);
  return { day, time: local - day * DAY_MS };
}

/** The instant showing local date `day` and time `time` in `tz`. Local times skipped by a clock change move forward by the gap. */
export function zonedInstant(day: number, time: number, tz: string): number {
  const naive = day * DAY_MS + time;
  // Two passes settle the offset on the days the clocks change, as startOfDay does.
  const guess = naive - offsetAt(naive, tz);
  return naive - offsetAt(guess, tz);
}

// ---- Calendar arithmetic on day numbers (days since 1970-01-01) -----------------------------------

/** 0 = Monday … 6 = Sunday. */
const weekdayOf = (day: number) => (((day + 3) % 7) + 7) % 7;
const dayOf = (y: number, m: number, d: number) => Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function ymd(day: number): { y: number; m: number; d: number } {
  const date = new Date(day * DAY_MS);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** The days of [first, last] falling on a weekday, keeping the n-th (from the end when negative) when n is given. */
function weekdaysIn(first: number, last: number, wd: WeekdayNum): number[] {
  const start = first + ((wd.weekday - weekdayOf(first) + 7) % 7);
  const all: number[] = [];
  for (let d = start; d <= last; d += 7) all.push(d);
  if (wd.n === null) return all;
  const pick = wd.n > 0 ? all[wd.n - 1] : all[all.length + wd.n];
  return pick === undefined ? [] : [pick];
}

/** BYMONTHDAY values resolved in a month (negative from its end), invalid days dropped. */
function monthDays(y: number, m: number, days: readonly number[]): number[] {
  const len = daysInMonth(y, m);
  return days.map((d) => (d > 0 ? d : len + d + 1)).filter((d) => d >= 1 && d <= len).map((d) => dayOf(y, m, d));
}

/** Candidate days of the period with index `p` (days, weeks, months or years since the epoch's), before limits. */
function periodDays(rule: Rule, p: number, first: Local): number[] {
  const f = ymd(first.day);
  switch (rule.freq) {
    case 'DAILY':
      return [p];
    case 'WEEKLY': {
      const monday = p * 7 - 3; // day numbers of Mondays are ≡ 4 (mod 7); week index p starts at day 7p-3
      const wds = rule.byDay ? rule.byDay.map((d) => d.weekday) : [weekdayOf(first.day)];
      return wds.map((w) => monday + w);
    }
    case 'MONTHLY': {
      const y = Math.floor(p / 12);
      const m = p - y * 12 + 1;
      return inMonth(rule, y, m, f.d);
    }
    case 'YEARLY': {
      const y = p;
      if (rule.byDay && !rule.byMonth) {
        const inYear = rule.byDay.flatMap((wd) => weekdaysIn(dayOf(y, 1, 1), dayOf(y, 12, 31), wd));
        if (!rule.byMonthDay) return inYear;
        const allowed = new Set(Array.from({ length: 12 }, (_, i) => monthDays(y, i + 1, rule.byMonthDay!)).flat());
        return inYear.filter((d) => allowed.has(d));
      }
      const months = rule.byMonth ?? (rule.byMonthDay ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] : [f.m]);
      return months.flatMap((m) => inMonth(rule, y, m, f.d));
    }
  }
}

/** Days of one month a MONTHLY (or YEARLY with BYMONTH) rule yields: BYDAY and BYMONTHDAY, intersected when both. */
function inMonth(rule: Rule, y: number, m: number, firstDayOfMonth: number): number[] {
  const first = dayOf(y, m, 1);
  const last = first + daysInMonth(y, m) - 1;
  const byDays = rule.byDay ? rule.byDay.flatMap((wd) => weekdaysIn(first, last, wd)) : null;
  const byMonthDays = rule.byMonthDay ? monthDays(y, m, rule.byMonthDay) : null;
  if (byDays && byMonthDays) return byDays.filter((d) => byMonthDays.includes(d));
  return byDays ?? byMonthDays ?? (firstDayOfMonth <= daysInMonth(y, m) ? [dayOf(y, m, firstDayOfMonth)] : []);
}

/** BY* parts that only limit at this frequency (RFC 5545's table). */
function passesLimits(rule: Rule, day: number): boolean {
  const { y, m } = ymd(day);
  if (rule.byMonth && !rule.byMonth.includes(m)) return false;
  if (rule.freq === 'DAILY') {
    if (rule.byMonthDay && !monthDays(y, m, rule.byMonthDay).includes(day)) return false;
    if (rule.byDay && !rule.byDay.some((wd) => wd.weekday === weekdayOf(day))) return false;
  }
  return true;
}

function periodIndex(freq: Freq, day: number): number {
  switch (freq) {
    case 'DAILY':
      return day;
    case 'WEEKLY':
      return Math.floor((day + 3) / 7);
    case 'MONTHLY': {
      const { y, m } = ymd(day);
      return y * 12 + m - 1;
    }
    case 'YEARLY':
      return ymd(day).y;
  }
}

/** The instant after which the rule yields nothing more (exclusive), or null when UNTIL is absent. */
export function untilLimit(rule: Rule, timeZone: string): number | null {
  if (!rule.until) return null;
  if ('instant' in rule.until) return Date.parse(rule.until.instant) + 1;
  const [y, m, d] = rule.until.date.split('-').map(Number) as [number, number, number];
  return zonedInstant(dayOf(y, m, d) + 1, 0, timeZone);
}

/**
 * Starts of the series the rule yields in [from, to), soonest first, as ISO instants. The first
 * occurrence (`start`) always counts, as in RFC 5545, even when the rule would not yield it. Without
 * COUNT the expansion jumps straight to the window; at most `cap` starts come back.
 */
export function expandRule(rule: Rule, start: RuleStart, from: number, to: number, cap = MAX_EXPANDED): string[] {
  const tz = start.timeZone;
  const startMs = Date.parse(start.startsAt);
  const first = localOf(startMs, tz);
  const until = untilLimit(rule, tz);
  const end = Math.min(to, until ?? to, LAST_MS);
  const out: string[] = [];
  if (startMs >= from && startMs < end) out.push(new Date(startMs).toISOString());
  let counted = 1;
  if (rule.count !== null && counted >= rule.count) return out;
  const p0 = periodIndex(rule.freq, first.day);
  let k = 0;
  if (rule.count === null && from > startMs) {
    // One period of margin: the window's local date and the period boundaries may differ by a day.
    const pFrom = periodIndex(rule.freq, localOf(from, tz).day);
    k = Math.max(0, Math.floor((pFrom - p0) / rule.interval) - 1);
  }
  const lastPeriod = periodIndex(rule.freq, localOf(end, tz).day + 1);
  // The guard stops rules that almost never match (FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30;COUNT=…) after 50,000 periods (some 137 years of days).
  for (let guard = 0; guard < 50_000; guard += 1, k += 1) {
    const p = p0 + k * rule.interval;
    if (p > lastPeriod) break;
    const days = [...new Set(periodDays(rule, p, first))].filter((d) => passesLimits(rule, d)).sort((a, b) => a - b);
    for (const day of days) {
      const ms = zonedInstant(day, first.time, tz);
      if (ms <= startMs) continue;
      if (ms >= end) return out;
      counted += 1;
      if (ms >= from) {
        out.push(new Date(ms).toISOString());
        if (out.length >= cap) return out;
      }
      if (rule.count !== null && counted >= rule.count) return out;
    }
  }
  return out;
}

/** True when `instant` is a start the rule yields (the first occurrence included). */
export function ruleYields(rule: Rule, start: RuleStart, instant: string): boolean {
  const ms = Date.parse(instant);
  return expandRule(rule, start, ms, ms + 1, 1).length === 1;
}

/** The last start of a series bounded by COUNT or UNTIL; null when it never ends. */
export function lastStart(rule: Rule, start: RuleStart): string | null {
  if (rule.count === null && rule.until === null) return null;
  if (rule.count !== null) {
    const all = expandRule(rule, start, Date.parse(start.startsAt), LAST_MS, MAX_COUNT);
    return all[all.length - 1] ?? start.startsAt;
  }
  // UNTIL itself bounds the series: close enough for choosing candidates, and needs no expansion.
  return new Date(Math.max(Date.parse(start.startsAt), untilLimit(rule, start.timeZone)! - 1)).toISOString();
}

/** The local calendar date (YYYY-MM-DD) of an instant in a zone, and the instant at a given local time that day. */
export function localDate(instant: string, tz: string): string {
  return new Date(localOf(Date.parse(instant), tz).day * DAY_MS).toISOString().slice(0, 10);
}

/** The instant on local date `date` at the local time of day of `like`, in `tz`. */
export function atTimeOf(date: string, like: string, tz: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(zonedInstant(dayOf(y, m, d), localOf(Date.parse(like), tz).time, tz)).toISOString();
}

/** Adds whole local days to an instant, keeping its local time of day (all-day series across clock changes). */
export function addLocalDays(instant: string, days: number, tz: string): string {
  const l = localOf(Date.parse(instant), tz);
  return new Date(zonedInstant(l.day + days, l.time, tz)).toISOString();
}

/** Whole local days between two instants' dates. */
export function localDaysBetween(a: string, b: string, tz: string): number {
  return localOf(Date.parse(b), tz).day - localOf(Date.parse(a), tz).day;
}
