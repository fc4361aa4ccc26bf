// iCalendar (RFC 5545) of agenda listings and of one action, built with ical-generator: one VEVENT per
// action, a series as RRULE + EXDATE + RDATE from its stored recurrence (docs/agenda.md), each occurrence
// changed alone (moved, cancelled) as its own VEVENT with the same UID and a RECURRENCE-ID, a VTIMEZONE
// for every zone used (@touch4it/ical-timezones), and dates in each action's own zone.
//
// SEQUENCE is the number of change records of the action in the audit log, minus one (its creation):
// every updateAction, setRecurrence and updateOccurrence appends one, so it only grows, and calendar
// apps replace their copy when it does. DTSTAMP is the action's updatedAt, not the time of the request,
// so the same data gives the same bytes (and the same ETag).
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalEventStatus, type ICalEventData } from 'ical-generator';
import { Temporal } from 'temporal-polyfill';
import { occurrencesOf, type OccurrenceChange, type OccurrenceRecord, type SeriesRecord } from '../agenda/agenda.store.js';
import type { DiffusionCalendarActionFragment } from './gql/graphql.js';

/** An action as the listing shows it, with its series as the agenda store holds it. */
export type CalendarAction = DiffusionCalendarActionFragment & { series: SeriesRecord };

const STATUS: Record<string, ICalEventStatus> = {
  SCHEDULED: ICalEventStatus.CONFIRMED,
  FULL: ICalEventStatus.CONFIRMED,
  POSTPONED: ICalEventStatus.TENTATIVE,
  CANCELLED: ICalEventStatus.CANCELLED,
};

export interface CalendarOptions {
  /** The calendar's name, shown by calendar apps. */
  name: string;
  /** The portal's origin: links back to it, and the host part of every UID. */
  origin: string;
  /** This feed's own URL. */
  source: string;
  /** Change records of each action (api/change/change.store.ts countEntityChanges). */
  revisions: Map<string, number>;
  /** Occurrences changed alone, by action (api/agenda/agenda.store.ts listOccurrenceChanges). */
  changes: Map<string, OccurrenceChange[]>;
  /** Occurrences changed alone are written when they fall in this range (three years at most). */
  window: { from: string; to: string };
}

/**
 * The occurrences of an action changed alone, as the API's `occurrences` shows them (same expansion,
 * same code): a moved one at its new dates, a cancelled one with its status.
 */
function changedOccurrences(action: CalendarAction, options: CalendarOptions): OccurrenceRecord[] {
  const changes = options.changes.get(action.id) ?? [];
  if (changes.length === 0) return [];
  return occurrencesOf(action.series, changes, options.window.from, options.window.to).filter((o) => o.modified);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYYMMDDTHHMMSS` of a wall-clock time, for TZID-qualified dates. */
function localText(t: Temporal.PlainDateTime): string {
  return `${pad(t.year, 4)}${pad(t.month)}${pad(t.day)}T${pad(t.hour)}${pad(t.minute)}${pad(t.second)}`;
}

function dateText(d: Temporal.PlainDate): string {
  return `${pad(d.year, 4)}${pad(d.month)}${pad(d.day)}`;
}

const zoned = (iso: string, zone: string) => Temporal.Instant.from(iso).toZonedDateTimeISO(zone);

/**
 * The stored rule as RFC 5545 wants it next to this DTSTART: a date-only UNTIL means the whole day in
 * the action's zone (docs/agenda.md), which with a date-time DTSTART must be written as a UTC instant,
 * the day's last second; an all-day series takes its UNTIL as a date.
 */
function ruleLine(rule: string, action: CalendarAction): string {
  return `RRULE:${rule.replace(/UNTIL=(\d{8})(T\d{6}Z)?/, (_all, day: string, time: string | undefined) => {
    const date = Temporal.PlainDate.from(`${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}`);
    if (action.allDay) {
      return `UNTIL=${time ? dateText(Temporal.Instant.from(`${date.toString()}${time.replace(/T(\d\d)(\d\d)(\d\d)Z/, 'T$1:$2:$3Z')}`).toZonedDateTimeISO(action.timeZone).toPlainDate()) : day}`;
    }
    if (time) return `UNTIL=${day}${time}`;
    const last = date.add({ days: 1 }).toZonedDateTime({ timeZone: action.timeZone }).subtract({ seconds: 1 }).toInstant();
    return `UNTIL=${localText(last.toZonedDateTimeISO('UTC').toPlainDateTime())}Z`;
  })}`;
}

/** EXDATE or RDATE of a list of occurrence starts, in the action's zone (dates alone for all-day actions). */
function datesLine(name: 'EXDATE' | 'RDATE', starts: readonly string[], action: CalendarAction): string | null {
  if (starts.length === 0) return null;
  if (action.allDay) return `${name};VALUE=DATE:${starts.map((s) => dateText(zoned(s, action.timeZone).toPlainDate())).join(',')}`;
  return `${name};TZID=${action.timeZone}:${starts.map((s) => localText(zoned(s, action.timeZone).toPlainDateTime())).join(',')}`;
}

function when(iso: string, action: CalendarAction): Temporal.ZonedDateTime | Temporal.PlainDate {
  const at = zoned(iso, action.timeZone);
  return action.allDay ? at.toPlainDate() : at;
}

export function actionUrl(origin: string, slug: string): string {
  return `${origin}/actions/${encodeURIComponent(slug)}`;
}

/** What every VEVENT of an action says, its series and its changed occurrences alike. */
function common(action: CalendarAction, options: CalendarOptions): Partial<ICalEventData> {
  const place = action.places[0]?.place;
  const address = place?.address ? [place.address.street, [place.address.postalCode, place.address.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') : '';
  const url = actionUrl(options.origin, action.slug);
  const carriers = action.actors.map((a) => a.actor.name);
  return {
    id: `${action.id}@${new URL(options.origin).host}`,
    sequence: Math.max(0, (options.revisions.get(action.id) ?? 1) - 1),
    stamp: zoned(action.updatedAt, 'UTC'),
    created: zoned(action.createdAt, 'UTC'),
    lastModified: zoned(action.updatedAt, 'UTC'),
    summary: action.name,
    description: [action.description, carriers.length ? `Organisé par ${carriers.join(', ')}` : null, url].filter(Boolean).join('\n\n'),
    url,
    timezone: action.allDay ? null : action.timeZone,
    allDay: action.allDay,
    location: place
      ? { title: place.name, address: address || undefined, geo: { lat: place.location.latitude, lon: place.location.longitude } }
      : null,
  };
}

/** The calendar of the given actions, as text. */
export function buildCalendar(actions: readonly CalendarAction[], options: CalendarOptions): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: 'Convergences', product: 'Agenda', language: 'FR' },
    url: options.origin,
    source: options.source,
    // A VTIMEZONE for each zone the events use (ical-generator asks the generator once per zone).
    timezone: { name: null, generator: getVtimezoneComponent },
    // Calendar apps that honour it come back every 15 minutes; the server answers 304 when nothing changed.
    ttl: 15 * 60,
  });
  for (const action of actions) {
    if (!action.startsAt) continue;
    const base = common(action, options);
    const changed = changedOccurrences(action, options);
    const rule = action.series.rrule;
    if (!rule) {
      // A one-off action changed as its own single occurrence shows as changed.
      const own = changed[0];
      calendar.createEvent({
        ...base,
        start: when(own?.startsAt ?? action.startsAt, action),
        end: (own?.endsAt ?? action.endsAt) ? when((own?.endsAt ?? action.endsAt)!, action) : null,
        status: STATUS[own?.status ?? action.status],
      });
      continue;
    }
    const s = action.series;
    calendar.createEvent({
      ...base,
      start: when(action.startsAt, action),
      end: action.endsAt ? when(action.endsAt, action) : null,
      status: STATUS[action.status],
      // ical-generator writes RRULE from objects but has no RDATE: the three lines go as the raw value it accepts.
      repeating: [ruleLine(rule, action), datesLine('EXDATE', s.exdates ?? [], action), datesLine('RDATE', s.rdates ?? [], action)].filter(Boolean).join('\n'),
    });
    for (const o of changed) {
      calendar.createEvent({
        ...base,
        recurrenceId: when(o.originalStartsAt, action),
        start: when(o.startsAt, action),
        end: o.endsAt ? when(o.endsAt, action) : null,
        status: STATUS[o.status],
      });
    }
  }
  return calendar.toString();
}
