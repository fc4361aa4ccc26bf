// What an entity page says of itself to search engines and link previews: its title, a description,
// and schema.org data — Organization for actors, Event for dated actions, Place for places,
// DefinedTerm for themes, AdministrativeArea for territories. Built from what the page's GraphQL
// query read as an anonymous visitor (api/serving/entity-head.ts), so nothing hidden can reach it.
import { markdownPlainText } from '../shared/markdown.js';

export interface HeadPlace {
  name: string;
  slug: string;
  address: { street: string | null; postalCode: string | null; city: string | null } | null;
  location: { latitude: number; longitude: number };
}

export interface HeadActor {
  name: string;
  slug: string;
  kind: string;
  description: string | null;
  website: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  places: { place: HeadPlace }[];
}

export interface HeadAction {
  name: string;
  slug: string;
  kind: string;
  description: string | null;
  status: 'SCHEDULED' | 'CANCELLED' | 'POSTPONED' | 'FULL';
  startsAt: string | null;
  startsAtLocal: string | null;
  endsAt: string | null;
  allDay: boolean;
  timeZone: string;
  places: { place: HeadPlace }[];
  actors: { actor: { name: string; slug: string; website: string | null } }[];
  media: { type: string; url: string; alt: string | null }[];
}

export interface HeadTheme {
  name: string;
  slug: string;
  description: string | null;
}

export interface HeadTerritory {
  name: string;
  slug: string;
  level: string;
  code: string;
}

export interface HeadPartnership {
  name: string;
  slug: string;
  description: string | null;
  parties: { actor: { name: string } }[];
}

/** How a page of the entity's section is addressed, absolute (`/acteurs/<slug>` under the site). */
export type PageUrl = (section: string, slug: string) => string;

/** What schema-org makes of an entity for its page's head. */
export interface EntityDescription {
  title: string;
  description: string;
  type: string;
  image: string | null;
  jsonLd: Record<string, unknown> | null;
}

const SCHEMA = 'https://schema.org';
/** Longest description in a head: search engines show about 160 characters. */
const MAX_DESCRIPTION = 200;

/** A description for a head: plain text (markdown removed), on one line, cut at a word. */
export function shortText(text: string | null | undefined): string | null {
  const plain = markdownPlainText(text ?? '').replace(/\s+/g, ' ').trim();
  if (plain.length === 0) return null;
  if (plain.length <= MAX_DESCRIPTION) return plain;
  const cut = plain.slice(0, MAX_DESCRIPTION - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_DESCRIPTION / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

const title = (name: string) => `${name} · Convergences`;

function postalAddress(place: HeadPlace): Record<string, unknown> | undefined {
  const a = place.address;
  if (!a || (!a.street && !a.postalCode && !a.city)) return undefined;
  return compact({ '@type': 'PostalAddress', streetAddress: a.street, postalCode: a.postalCode, addressLocality: a.city, addressCountry: 'FR' });
}

function placeData(place: HeadPlace, pageUrl: PageUrl): Record<string, unknown> {
  return compact({
    '@type': 'Place',
    name: place.name,
    url: pageUrl('lieux', place.slug),
    address: postalAddress(place),
    geo: { '@type': 'GeoCoordinates', latitude: place.location.latitude, longitude: place.location.longitude },
  });
}

/** The object without its null and undefined members (schema.org wants absent, not null). */
function compact(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined));
}

/** A place's address on one line: "3 rue des Lilas, 22000 Saint-Brieuc". */
function addressLine(place: HeadPlace): string | null {
  const a = place.address;
  if (!a) return null;
  const town = [a.postalCode, a.city].filter(Boolean).join(' ');
  const line = [a.street, town].filter(Boolean).join(', ');
  return line.length > 0 ? line : null;
}

export function describeActor(actor: HeadActor, pageUrl: PageUrl): EntityDescription {
  const url = pageUrl('acteurs', actor.slug);
  const place = actor.places[0]?.place;
  const description = shortText(actor.description) ?? `${actor.name}, sur Convergences : ses actions, ses lieux et ses partenaires.`;
  return {
    title: title(actor.name),
    description,
    type: 'profile',
    image: null,
    jsonLd: compact({
      '@context': SCHEMA,
      '@type': 'Organization',
      name: actor.name,
      description: shortText(actor.description),
      url,
      sameAs: actor.website,
      email: actor.contactEmail,
      telephone: actor.contactPhone,
      address: place ? postalAddress(place) : undefined,
      location: place ? placeData(place, pageUrl) : undefined,
    }),
  };
}

/** schema.org's EventStatusType for an action's status (a full event is held as planned). */
const EVENT_STATUS: Record<HeadAction['status'], string> = {
  SCHEDULED: `${SCHEMA}/EventScheduled`,
  FULL: `${SCHEMA}/EventScheduled`,
  CANCELLED: `${SCHEMA}/EventCancelled`,
  POSTPONED: `${SCHEMA}/EventPostponed`,
};

/** The calendar date of an instant in a zone (`2026-09-12`). */
function dateIn(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));
}

/** Start and end as schema.org reads them: instants, or dates for an all-day action (its last day inclusive). */
function eventDates(action: HeadAction): { startDate: string | null; endDate: string | null } {
  if (!action.startsAt) return { startDate: null, endDate: null };
  if (!action.allDay) return { startDate: action.startsAt, endDate: action.endsAt };
  const start = action.startsAtLocal?.slice(0, 10) ?? dateIn(action.startsAt, action.timeZone);
  // endsAt of an all-day action is the start of the day after its last.
  const end = action.endsAt ? dateIn(new Date(Date.parse(action.endsAt) - 1).toISOString(), action.timeZone) : null;
  return { startDate: start, endDate: end };
}

/** "le 12 septembre 2026 à Plérin": the when and where of an action without a description. */
function whenAndWhere(action: HeadAction): string {
  const parts: string[] = [];
  if (action.startsAt) parts.push(`le ${new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: action.timeZone }).format(new Date(action.startsAt))}`);
  const place = action.places[0]?.place;
  if (place) parts.push(`à ${place.address?.city ?? place.name}`);
  return parts.join(' ');
}

export function describeAction(action: HeadAction, pageUrl: PageUrl, absolute: (href: string) => string): EntityDescription {
  const url = pageUrl('actions', action.slug);
  const image = action.media.find((m) => m.type === 'IMAGE');
  const status = action.status === 'CANCELLED' ? 'Annulé : ' : action.status === 'POSTPONED' ? 'Reporté : ' : '';
  const fallback = `${action.name}${whenAndWhere(action) ? `, ${whenAndWhere(action)}` : ''}.`;
  const description = `${status}${shortText(action.description) ?? fallback}`;
  const { startDate, endDate } = eventDates(action);
  // An Event needs a start; an undated action (a project) is described without schema.org data.
  const jsonLd = startDate
    ? compact({
        '@context': SCHEMA,
        '@type': 'Event',
        name: action.name,
        description: shortText(action.description),
        url,
        startDate,
        endDate,
        eventStatus: EVENT_STATUS[action.status],
        eventAttendanceMode: action.places.length > 0 ? `${SCHEMA}/OfflineEventAttendanceMode` : undefined,
        location: action.places.length === 0 ? undefined : action.places.length === 1 ? placeData(action.places[0]!.place, pageUrl) : action.places.map((p) => placeData(p.place, pageUrl)),
        organizer: action.actors.length === 0 ? undefined : action.actors.map((a) => compact({ '@type': 'Organization', name: a.actor.name, url: pageUrl('acteurs', a.actor.slug), sameAs: a.actor.website })),
        image: image ? absolute(image.url) : undefined,
        // The API keeps no prices: the one thing known of an event's offers is that it is full.
        offers: action.status === 'FULL' ? { '@type': 'Offer', url, availability: `${SCHEMA}/SoldOut` } : undefined,
      })
    : null;
  return { title: title(action.name), description, type: 'website', image: image ? absolute(image.url) : null, jsonLd };
}

export function describePlace(place: HeadPlace, pageUrl: PageUrl): EntityDescription {
  const line = addressLine(place);
  return {
    title: title(place.name),
    description: line ? `${place.name}, ${line} : les acteurs et les actions de ce lieu.` : `${place.name} : les acteurs et les actions de ce lieu.`,
    type: 'website',
    image: null,
    jsonLd: { '@context': SCHEMA, ...placeData(place, pageUrl) },
  };
}

export function describeTheme(theme: HeadTheme, pageUrl: PageUrl): EntityDescription {
  return {
    title: title(theme.name),
    description: shortText(theme.description) ?? `${theme.name} : les acteurs et les actions de ce thème.`,
    type: 'website',
    image: null,
    jsonLd: compact({ '@context': SCHEMA, '@type': 'DefinedTerm', name: theme.name, description: shortText(theme.description), url: pageUrl('themes', theme.slug) }),
  };
}

export function describeTerritory(territory: HeadTerritory, pageUrl: PageUrl): EntityDescription {
  return {
    title: title(territory.name),
    description: `${territory.name} : les acteurs, les actions et les lieux du territoire.`,
    type: 'website',
    image: null,
    jsonLd: { '@context': SCHEMA, '@type': 'AdministrativeArea', name: territory.name, identifier: territory.code, url: pageUrl('territoires', territory.slug) },
  };
}

export function describePartnership(partnership: HeadPartnership): EntityDescription {
  const parties = partnership.parties.map((p) => p.actor.name);
  const fallback = parties.length > 0 ? `${partnership.name} : un partenariat entre ${parties.join(', ')}.` : `${partnership.name}, un partenariat sur Convergences.`;
  return { title: title(partnership.name), description: shortText(partnership.description) ?? fallback, type: 'website', image: null, jsonLd: null };
}
