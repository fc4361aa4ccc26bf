// Instants in and out of the API. Inputs may be calendar dates, read in the action's time zone
// (Europe/Paris by default), so "2025-07-14" means that day's start in France whatever the server's zone.

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

/** One formatter per time zone: building one costs about 20 times as much as using it. */
const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** Offset of `tz` from UTC at the given instant, in minutes. */
function offsetMinutes(instant: Date, tz: string): number {
  let formatter = offsetFormatters.get(tz);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    offsetFormatters.set(tz, formatter);
  }
  const parts = formatter.formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - instant.getTime()) / 60_000);
}

/** The UTC instant of local midnight starting `date` (YYYY-MM-DD) in `tz`, correct across DST changes. */
export function startOfDay(date: string, tz: string = DEFAULT_TIME_ZONE, addDays = 0): Date {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const naive = Date.UTC(y, mo - 1, d + addDays);
  // Two passes settle the offset even on the day the clocks change.
  let guess = new Date(naive - offsetMinutes(new Date(naive), tz) * 60_000);
  guess = new Date(naive - offsetMinutes(guess, tz) * 60_000);
  return guess;
}

/** An input date or date-time as an ISO instant in UTC. */
export function toInstant(value: string, tz: string = DEFAULT_TIME_ZONE, addDays = 0): string {
  if (isDateOnly(value)) return startOfDay(value, tz, addDays).toISOString();
  return new Date(Date.parse(value) + addDays * 86_400_000).toISOString();
}

export function nowIso(): string {
  return new Date().toISOString();
}
