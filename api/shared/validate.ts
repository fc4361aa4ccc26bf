// Field checks shared by the inputs; each error names the input field at fault.
import { badInput } from '../errors.js';
import { isDateOnly, isValidTimeZone, toInstant } from './time.js';

export function checkName(field: string, name: string | null | undefined): string | undefined {
  if (name === undefined || name === null) return undefined;
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > 200) throw badInput(field, `${field} must have 1 to 200 characters.`);
  return trimmed;
}

export function checkText(field: string, text: string | null | undefined, max = 20_000): string | null | undefined {
  if (text === undefined) return undefined;
  if (text === null) return null;
  if (text.length > max) throw badInput(field, `${field} is too long (${max} characters at most).`);
  return text;
}

export function checkUrl(field: string, url: string | null | undefined): string | null | undefined {
  if (url === undefined || url === null) return url;
  try {
    const u = new URL(url);
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.toString();
  } catch {
    // reported below
  }
  throw badInput(field, `${field} must be a web address starting with http:// or https://.`);
}

export function checkLatLon(field: string, loc: { latitude: number; longitude: number }): { latitude: number; longitude: number } {
  if (!Number.isFinite(loc.latitude) || Math.abs(loc.latitude) > 90) throw badInput(`${field}.latitude`, `The latitude must be between -90 and 90 degrees (got ${loc.latitude}).`);
  if (!Number.isFinite(loc.longitude) || Math.abs(loc.longitude) > 180) throw badInput(`${field}.longitude`, `The longitude must be between -180 and 180 degrees (got ${loc.longitude}).`);
  return { latitude: loc.latitude, longitude: loc.longitude };
}

export function checkTimeZone(field: string, tz: string | null | undefined): string | undefined {
  if (tz === undefined || tz === null) return undefined;
  if (!isValidTimeZone(tz)) throw badInput(field, `${field}: "${tz}" is not a known time zone (for example Europe/Paris).`);
  return tz;
}

/** An optional instant input as an ISO UTC string. */
export function instant(value: string | null | undefined, tz?: string, addDays = 0): string | null {
  return value === undefined || value === null ? null : toInstant(value, tz, addDays);
}

/** Start and end of an action: an all-day end given as a date is inclusive, so it ends the next day's start. */
export function actionDates(
  startsAt: string | null | undefined,
  endsAt: string | null | undefined,
  allDay: boolean,
  tz: string,
): { startsAt: string | null; endsAt: string | null } {
  const start = instant(startsAt, tz);
  const end = instant(endsAt, tz, allDay && endsAt && isDateOnly(endsAt) ? 1 : 0);
  if (start && end && end < start) throw badInput('endsAt', 'The end (endsAt) must not be before the start (startsAt).');
  if (!start && end) throw badInput('startsAt', 'An action with an end (endsAt) needs a start (startsAt).');
  return { startsAt: start, endsAt: end };
}

export function checkEmail(field: string, email: string | null | undefined): string | null | undefined {
  if (email === undefined || email === null) return email;
  const e = email.trim().toLowerCase();
  if (e.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e)) throw badInput(field, `${field} is not an e-mail address.`);
  return e;
}

export function checkPhone(field: string, phone: string | null | undefined): string | null | undefined {
  if (phone === undefined || phone === null) return phone;
  const p = phone.trim();
  if (!/^\+?[0-9 .()-]{6,25}$/.test(p)) throw badInput(field, `${field} is not a phone number (digits, spaces, dots, dashes, an optional leading +).`);
  return p;
}
