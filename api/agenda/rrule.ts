// RFC 5545 recurrence rules, the subset associations use: parsing (anything else is refused, naming the
// part) and expansion in the series' own time zone, so a weekly 18:30 workshop stays at 18:30 local
// time across daylight-saving changes. Pure code, no database: agenda.store.ts composes it with
// exceptions, extra dates and per-occurrence changes.
import { badInput } from '../errors.js';
import { TimeSlicer } from '../shared/slice.js';
import { DAY_MS, formatWall, instantOfWall, parseWall, wallOf } from '../shared/zone.js';

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

/** The first occurrence, where the rule starts from: its instant, time zone and wall-clock start. */
export interface RuleStart {
  startsAt: string;
  timeZone: string;
  /**
   * Local date and time the series repeats (`2027-03-28T02:30:00`): what the client wrote, which the
   * instant alone cannot tell on a day the clocks skip. Absent on series stored before it was kept:
   * then the instant's local time.
   */
  startsAtLocal?: string | null;
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

/**
 * A number part. COUNT, INTERVAL and BYMONTH are digits alone (RFC 5545: 1*DIGIT); `signed` parts
 * (BYMONTHDAY) may start with + or -. The range is checked on the digits, so a huge value is said to
 * be over the maximum rather than not a number.
 */
function integer(part: string, value: string, min: number, max: number, signed = false): number {
  if (!(signed ? /^[+-]?\d+$/ : /^\d+$/).test(value)) {
    throw bad(`${part}=${value}: ${part} takes a whole number${signed ? '' : ' written with digits alone (no sign)'}.`);
  }
  const digits = value.replace(/^[+-]/, '').replace(/^0+(?=\d)/, '');
  const n = (digits.length > 15 ? Infinity : Number(digits)) * (value.startsWith('-') ? -1 : 1);
  if (n > max) throw bad(`${part}=${value}: ${part} is over the maximum of ${max}.`);
  if (n < min) throw bad(`${part}=${value}: ${part} must be between ${min} and ${max}.`);
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
  const byMonthDay = get('BYMONTHDAY') === undefined ? null : list('BYMONTHDAY', get('BYMONTHDAY')!).map((v) => integer('BYMONTHDAY', v, -31, 31, true));
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

/** Expansion never goes past the year 9999 (the end of what dates can show). */
const LAST_MS = Date.UTC(9999, 11, 31);

/** Local calendar fields of a wall-clock time. */
interface Local {
  /** Days since 1970-01-01 of the local calendar date. */
  day: number;
  /** Milliseconds since local midnight. */
  time: number;
}

function split(wall: number): Local {
  const day = Math.floor(wall / DAY_MS);
  return { day, time: wall - day * DAY_MS };
}

function localOf(ms: number, tz: string): Local {
  return split(wallOf(ms, tz));
}

/** The instant showing local date `day` and time `time` in `tz`, read as RFC 5545 says (see api/shared/zone.ts). */
export function zonedInstant(day: number, time: number, tz: string): number {
  return instantOfWall(day * DAY_MS + time, tz);
}

/**
 * The wall-clock start a series repeats: its stored local date and time when they stand for its
 * instant (02:30 on a day the clocks skip, kept although the instant shows 03:30), else the local time
 * its instant shows (series stored before the wall-clock start was kept, or moved since by hand).
 */
function wallStart(start: RuleStart): Local {
  const ms = Date.parse(start.startsAt);
  const stored = start.startsAtLocal ? parseWall(start.startsAtLocal) : null;
  return split(stored !== null && instantOfWall(stored, start.timeZone) === ms ? stored : wallOf(ms, start.timeZone));
}

/** The series' wall-clock start as stored and shown (`2027-03-28T02:30:00`). */
export function wallStartText(start: RuleStart): string {
  const w = wallStart(start);
  return formatWall(w.day * DAY_MS + w.time);
}

// ---- Calendar arithmetic on day numbers (days since 1970-01-01) -----------------------------------

/** 0 = Monday … 6 = Sunday. */
const weekdayOf = (day: number) => (((day + 3) % 7) + 7) % 7;
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysInMonth = (y: number, m: number) => (m === 2 && isLeap(y) ? 29 : MONTH_LENGTHS[m - 1]!);

// Day numbers and calendar dates by arithmetic (H. Hinnant's civil-from-days), not through Date:
// the expansion asks them for every candidate day.

/** Day number of a calendar date (1 ≤ d; a day past the month's end runs into the next, as Date.UTC does). */
function dayOf(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

function ymd(day: number): { y: number; m: number; d: number } {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
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
function periodDays(rule: Rule, p: number, first: Local, f: { m: number; d: number }): number[] {
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
  if (!rule.byMonth && rule.freq !== 'DAILY') return true;
  const { y, m, d } = ymd(day);
  if (rule.byMonth && !rule.byMonth.includes(m)) return false;
  if (rule.freq === 'DAILY') {
    if (rule.byMonthDay) {
      const len = daysInMonth(y, m);
      if (!rule.byMonthDay.some((md) => (md > 0 ? md : len + md + 1) === d)) return false;
    }
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
 * Starts of the series the rule yields in [from, to), soonest first, in ms, one at a time (so a long
 * expansion can pause between them, see api/shared/slice.ts; a null is a pause point without a start). The first occurrence (`start`) always
 * counts, as in RFC 5545, even when the rule would not yield it. Every other start is the series'
 * wall-clock time on a day of the rule, read in its zone as RFC 5545 says: one instant per day, so a
 * day the clocks go back yields its first 02:30 only. Without COUNT the expansion jumps straight to
 * the window.
 */
export function* ruleStarts(rule: Rule, start: RuleStart, from: number, to: number): Generator<number | null, void, undefined> {
  const tz = start.timeZone;
  const startMs = Date.parse(start.startsAt);
  const first = wallStart(start);
  const until = untilLimit(rule, tz);
  const end = Math.min(to, until ?? to, LAST_MS);
  if (startMs >= from && startMs < end) yield startMs;
  let counted = 1;
  if (rule.count !== null && counted >= rule.count) return;
  const p0 = periodIndex(rule.freq, first.day);
  const firstDate = ymd(first.day);
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
    if (p > lastPeriod) return;
    // A rule that rarely matches runs many periods between starts: null marks a point to pause at.
    if ((guard & 255) === 255) yield null;
    const candidates = periodDays(rule, p, first, firstDate);
    const days = candidates.length > 1 ? [...new Set(candidates)].sort((a, b) => a - b) : candidates;
    for (const day of days) {
      if (!passesLimits(rule, day)) continue;
      const ms = zonedInstant(day, first.time, tz);
      if (ms <= startMs) continue;
      if (ms >= end) return;
      counted += 1;
      if (ms >= from) yield ms;
      if (rule.count !== null && counted >= rule.count) return;
    }
  }
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Starts of the series in [from, to) as ISO instants (see ruleStarts); at most `cap` of them. */
export function expandRule(rule: Rule, start: RuleStart, from: number, to: number, cap = MAX_EXPANDED): string[] {
  const out: string[] = [];
  for (const ms of ruleStarts(rule, start, from, to)) {
    if (ms === null) continue;
    out.push(iso(ms));
    if (out.length >= cap) break;
  }
  return out;
}

/** As expandRule, pausing for other requests every few milliseconds: for whole series (COUNT up to 5,000). */
export async function expandRuleSliced(rule: Rule, start: RuleStart, from: number, to: number, cap = MAX_EXPANDED): Promise<string[]> {
  const slicer = new TimeSlicer();
  const out: string[] = [];
  for (const ms of ruleStarts(rule, start, from, to)) {
    if (ms !== null) out.push(iso(ms));
    if (out.length >= cap) break;
    if (slicer.due()) await slicer.pause();
  }
  return out;
}

/** True when `instant` is a start the rule yields (the first occurrence included). */
export function ruleYields(rule: Rule, start: RuleStart, instant: string): boolean {
  const ms = Date.parse(instant);
  return expandRule(rule, start, ms, ms + 1, 1).length === 1;
}

/** Every start of a series bounded by COUNT, soonest first (in time slices); null for other rules. */
export async function countedStarts(rule: Rule, start: RuleStart): Promise<string[] | null> {
  if (rule.count === null) return null;
  return expandRuleSliced(rule, start, Date.parse(start.startsAt), LAST_MS, MAX_COUNT);
}

/**
 * The last start of a series bounded by COUNT or UNTIL; null when it never ends. `all` is what
 * countedStarts gave, for a COUNT rule.
 */
export function lastStart(rule: Rule, start: RuleStart, all: readonly string[] | null = null): string | null {
  if (rule.count === null && rule.until === null) return null;
  if (rule.count !== null) {
    const starts = all ?? expandRule(rule, start, Date.parse(start.startsAt), LAST_MS, MAX_COUNT);
    return starts[starts.length - 1] ?? start.startsAt;
  }
  // UNTIL itself bounds the series: close enough for choosing candidates, and needs no expansion.
  return iso(Math.max(Date.parse(start.startsAt), untilLimit(rule, start.timeZone)! - 1));
}

const dayOfDate = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return dayOf(y, m, d);
};

/**
 * The instant on local date `date` (YYYY-MM-DD) at the series' time of day: an exception or an extra
 * date given as a date alone. 02:30 on a day the clocks skip is 01:30Z in Paris, as the rule yields it.
 */
export function atSeriesTime(date: string, start: RuleStart): string {
  return iso(zonedInstant(dayOfDate(date), wallStart(start).time, start.timeZone));
}

/**
 * The instant on local date `date` at the time of day `like` was meant at: the series' wall-clock
 * time when `like` is the series' time that day (a start of the rule), else the local time it shows.
 */
export function atTimeOf(date: string, like: string, start: RuleStart): string {
  const tz = start.timeZone;
  const likeMs = Date.parse(like);
  const series = wallStart(start).time;
  const time = zonedInstant(localOf(likeMs, tz).day, series, tz) === likeMs ? series : localOf(likeMs, tz).time;
  return iso(zonedInstant(dayOfDate(date), time, tz));
}

/** Adds whole local days to an instant, keeping its local time of day (all-day series across clock changes). */
export function addLocalDays(instant: string, days: number, tz: string): string {
  const l = localOf(Date.parse(instant), tz);
  return iso(zonedInstant(l.day + days, l.time, tz));
}

/** Whole local days between two instants' dates. */
export function localDaysBetween(a: string, b: string, tz: string): number {
  return localOf(Date.parse(b), tz).day - localOf(Date.parse(a), tz).day;
}
