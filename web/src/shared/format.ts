// Dates and addresses as people read them, in the visitor's language and the action's time zone.

export interface Dated {
  startsAt?: string | null;
  endsAt?: string | null;
  allDay: boolean;
  timeZone: string;
}

const PARIS = 'Europe/Paris';

function formatter(locale: string, timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    dateStyle: 'long',
    ...(withTime ? { timeStyle: 'short' } : {}),
  });
}

/** "14 juillet 2025", "4–6 juillet 2025", "4 juillet 2025, 20:30 – 23:00"; null without a start. */
export function formatDates(action: Dated, locale: string): string | null {
  if (!action.startsAt) return null;
  const timeZone = action.timeZone || PARIS;
  const start = new Date(action.startsAt);
  const format = formatter(locale, timeZone, !action.allDay);
  if (!action.endsAt) return format.format(start);
  // The end is exclusive: an all-day action ends at the start of the day after its last day.
  const end = new Date(new Date(action.endsAt).getTime() - (action.allDay ? 1 : 0));
  if (end.getTime() <= start.getTime()) return format.format(start);
  return format.formatRange(start, end);
}

/** A calendar date (YYYY-MM-DD) in words: "15 juillet 2025". */
export function formatCalendarDate(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'long' }).format(new Date(`${date}T00:00:00Z`));
}

export function formatAddress(address: { street?: string | null; postalCode?: string | null; city?: string | null } | null | undefined): string | null {
  if (!address) return null;
  const town = [address.postalCode, address.city].filter(Boolean).join(' ');
  const parts = [address.street, town].filter(Boolean);
  return parts.length ? parts.join(', ') : null;
}

export function isCalendarDate(value: string | null | undefined): value is string {
  return !!value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}
