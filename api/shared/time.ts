// Instants in and out of the API. Inputs may be calendar dates, read in the action's time zone
// (Europe/Paris by default), so "2025-07-14" means that day's start in France whatever the server's zone.

import { formatWall, instantOfWall, parseWall, wallOf } from './zone.js';

export const DEFAULT_TIME_ZONE = 'Europe/Paris';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export function isDateOnly(value: string): boolean {
  return DATE_ONLY.test(value);
}

/** True for a string the DateTime scalar accepts: a real calendar date, or a date-time with an offset. */
export function isValidDateTimeInput(value: string): boolean {
  const m = DATE_ONLY.exec(value);
  if (m) {
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
  }
  return DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));
}

export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** The UTC instant of local midnight starting `date` (YYYY-MM-DD) in `tz`, correct across DST changes. */
export function startOfDay(date: string, tz: string = DEFAULT_TIME_ZONE, addDays = 0): Date {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  // A midnight the clocks skip reads as the day's first instant (RFC 5545, Temporal's 'compatible').
  return new Date(instantOfWall(Date.UTC(y, mo - 1, d + addDays), tz));
}

/** The first instant of the calendar day an instant (ISO) falls on in `tz`, as an ISO instant in UTC. */
export function startOfDayOf(instant: string, tz: string = DEFAULT_TIME_ZONE): string {
  const wall = wallOf(Date.parse(instant), tz);
  return startOfDay(new Date(wall).toISOString().slice(0, 10), tz).toISOString();
}

/** An input date or date-time as an ISO instant in UTC. */
export function toInstant(value: string, tz: string = DEFAULT_TIME_ZONE, addDays = 0): string {
  if (isDateOnly(value)) return startOfDay(value, tz, addDays).toISOString();
  return new Date(Date.parse(value) + addDays * 86_400_000).toISOString();
}

/**
 * The wall-clock start (local date and time in `tz`) that an input start names, kept beside its
 * instant so a series repeats it: the local date and time the client wrote, when they stand for that
 * instant in the zone, else the local time the instant shows there. So `2027-03-28T02:30:00+01:00`
 * for Paris, the RFC 5545 reading of 02:30 on a day the clocks skip (01:30Z, shown as 03:30), keeps
 * 02:30; `2027-03-28T01:30:00Z` keeps 03:30; a date alone is its midnight.
 */
export function wallClockStart(value: string | null | undefined, instant: string | null, tz: string): string | null {
  if (instant === null || value === null || value === undefined) return null;
  const written = isDateOnly(value) ? parseWall(`${value}T00:00`) : parseWall(value.replace(/(Z|[+-]\d{2}:\d{2})$/i, ''));
  const ms = Date.parse(instant);
  return formatWall(written !== null && instantOfWall(written, tz) === ms ? written : wallOf(ms, tz));
}

