// What an embed shows: a small JSON document (EmbedListing) built from the GraphQL API's own reads
// (embed.documents.ts), executed in process as an ANONYMOUS visitor whatever the HTTP request carries.
// Why through GraphQL rather than calling the stores: the resolvers apply visibility, list bounds and
// the cost limit; going through them, an embed cannot show what the public API would not.
// Dates stay ISO instants with their zone: the web component formats them with Intl, in the reader's
// language and the event's zone.
import type { ApolloServer } from '@apollo/server';
import { PUBLIC_ACCESS } from '../../auth/access.js';
import { ANONYMOUS, createContext, type Context } from '../../context.js';
import type { Db } from '../../db/driver.js';
import { AppError, type ErrorCode } from '../../errors.js';
import type { Deadline } from '../../shared/deadline.js';
import type { EmbedKind, EmbedLang, EmbedOptions } from '../../shared/embed-options.js';
import { periodRange, shows, toActionFilter, toActorFilter, type PortalFilter } from '../../shared/portal-filter.js';
import { DEFAULT_TIME_ZONE } from '../../shared/time.js';
import { Temporal } from 'temporal-polyfill';
import { EMBED_ACTIONS, EMBED_ACTORS, EMBED_AGENDA, EMBED_CONTENT, EMBED_SPACE } from './embed.documents.js';
import type { ActionFilter, ActionStatus, AnnouncementType, TypedDocumentString } from './gql/graphql.js';
import { absolute, contentUrl, entityUrl, listingUrl, type SpaceType } from '../../shared/embed-links.js';

/** Version of the JSON shape; a change that breaks the component gets a new URL (/embed/v2/…). */
export const EMBED_FORMAT = 1;

export interface EmbedPlace {
  name: string;
  city?: string;
  latitude: number;
  longitude: number;
}

export interface EmbedItem {
  id: string;
  title: string;
  /** The item's page on the portal. */
  url: string;
  /** Plain text, at most SUMMARY_CHARS characters. */
  summary?: string;
  /** Agenda and actions: instants, with the zone to show them in. */
  startsAt?: string;
  endsAt?: string;
  allDay?: boolean;
  timeZone?: string;
  status?: ActionStatus;
  /** Articles and announcements. */
  publishedAt?: string;
  expiresAt?: string;
  announcementType?: AnnouncementType;
  /** Name of the space that posted it. */
  space?: string;
  place?: EmbedPlace;
  image?: { url: string; alt: string };
  /** Map: whether the point is an actor or an action. */
  type?: 'actor' | 'action';
}

export interface EmbedListing {
  format: typeof EMBED_FORMAT;
  kind: EmbedKind;
  lang: EmbedLang;
  /** The territory's zone, for dates of items that carry none. */
  timeZone: string;
  /** The space listed, with its portal page; absent for a territory-wide listing. */
  space?: { name: string; url: string };
  /** The whole listing on the portal ("see all"). */
  moreUrl: string;
  /** Items matching, all pages together (only public ones). */
  totalCount: number;
  items: EmbedItem[];
}

const SUMMARY_CHARS = 240;
/** Without a period, the agenda looks this far ahead. */
const AGENDA_DAYS = 366;

interface Space {
  type: SpaceType;
  id: string;
  slug: string;
  name: string;
}

export interface EmbedReadOptions {
  apollo: ApolloServer<Context>;
  db: Db;
  deadline: Deadline;
  /** Origin of the portal (scheme, host, port) for the links. */
  origin: string;
  now?: Temporal.Instant;
}

/** Runs one typed document as an anonymous visitor; an error the API reports is thrown as the same AppError. */
async function run<R, V>(context: Context, apollo: ApolloServer<Context>, document: TypedDocumentString<R, V>, variables: V): Promise<R> {
  const response = await apollo.executeOperation<R & Record<string, unknown>>(
    { query: document.toString(), variables: variables as Record<string, unknown> },
    { contextValue: context },
  );
  if (response.body.kind !== 'single') throw new AppError('INTERNAL_SERVER_ERROR', 'Unexpected incremental answer.');
  const { data, errors } = response.body.singleResult;
  if (errors?.length) {
    const [first] = errors;
    throw new AppError((first.extensions?.code as ErrorCode | undefined) ?? 'INTERNAL_SERVER_ERROR', first.message);
  }
  return data as R;
}

function plain(text: string | null | undefined): string | undefined {
  if (!text) return undefined;
  // Markdown marks would show as such in plain text: keep the words.
  const words = text.replace(/[#*_`>[\]]+/g, ' ').replace(/\(https?:[^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  if (!words) return undefined;
  return words.length > SUMMARY_CHARS ? `${words.slice(0, SUMMARY_CHARS - 1).trimEnd()}…` : words;
}

interface PlaceRow {
  place: { name: string; address?: { city?: string | null } | null; location: { latitude: number; longitude: number } };
}
const placeOf = (rows: PlaceRow[]): EmbedPlace | undefined => {
  const p = rows[0]?.place;
  return p ? { name: p.name, ...(p.address?.city ? { city: p.address.city } : {}), latitude: p.location.latitude, longitude: p.location.longitude } : undefined;
};

interface MediaRow {
  type: string;
  url: string;
  thumbnailUrl?: string | null;
  alt?: string | null;
}
function imageOf(origin: string, media: MediaRow | null | undefined): EmbedItem['image'] {
  if (!media?.url || media.type === undefined) return undefined;
  return { url: absolute(origin, media.thumbnailUrl ?? media.url), alt: media.alt ?? '' };
}
const firstImage = (origin: string, media: MediaRow[]) => imageOf(origin, media.find((m) => m.type === 'IMAGE'));

async function findSpace(context: Context, o: EmbedReadOptions, slug: string): Promise<Space> {
  const found = await run(context, o.apollo, EMBED_SPACE, { slug });
  if (found.actor) return { type: 'actor', ...found.actor };
  if (found.action) return { type: 'action', ...found.action };
  if (found.partnership) return { type: 'partnership', ...found.partnership };
  throw new AppError('NOT_FOUND', `No public space has the slug "${slug}".`, 'space');
}

/** The actions of a space: those an actor carries, or those part of an action (a festival's shows). */
function actionsOf(space: Space | undefined, kind: EmbedKind): Pick<ActionFilter, 'carriedById' | 'partOfId'> {
  if (!space) return {};
  if (space.type === 'actor') return { carriedById: space.id };
  if (space.type === 'action') return { partOfId: space.id };
  throw new AppError('BAD_USER_INPUT', `A ${kind} listing takes an actor's or an action's space; "${space.slug}" is a partnership.`, 'space');
}

/** The portal filter's ActionFilter, typed for the document (its status list is a readonly literal). */
function actionFilter(filter: PortalFilter, now: Temporal.Instant, zone: string): ActionFilter {
  const { statuses, ...rest } = toActionFilter(filter, now, zone);
  return { ...rest, ...(statuses ? { statuses: [...statuses] } : {}) };
}

/** Reads the listing an embed shows. Throws AppError (BAD_USER_INPUT, NOT_FOUND, TIMEOUT…) as the API would. */
export async function readEmbedListing(options: EmbedOptions, o: EmbedReadOptions): Promise<EmbedListing> {
  // Always anonymous: the request's cookie is never read here, so a member's session shows nothing more.
  const context = createContext(o.db.forRequest(o.deadline), ANONYMOUS, PUBLIC_ACCESS, undefined, o.deadline);
  const now = o.now ?? Temporal.Now.instant();
  const zone = DEFAULT_TIME_ZONE;
  const { filter, limit, kind } = options;
  const space = options.space ? await findSpace(context, o, options.space) : undefined;
  const origin = o.origin;
  const base = {
    format: EMBED_FORMAT as typeof EMBED_FORMAT,
    kind,
    lang: options.lang,
    timeZone: zone,
    ...(space ? { space: { name: space.name, url: entityUrl(origin, space.type, space.slug) } } : {}),
    moreUrl: space ? entityUrl(origin, space.type, space.slug) : listingUrl(origin, filter),
  };

  switch (kind) {
    case 'agenda': {
      const range = periodRange(filter, now, zone) ?? { from: now.toString(), to: now.add({ hours: 24 * AGENDA_DAYS }).toString() };
      const { from: _from, to: _to, ...agendaFilter } = actionFilter(filter, now, zone);
      const data = await run(context, o.apollo, EMBED_AGENDA, {
        from: range.from,
        to: range.to,
        filter: { ...agendaFilter, ...actionsOf(space, kind) },
        first: limit,
      });
      return {
        ...base,
        totalCount: data.occurrences.totalCount,
        items: data.occurrences.nodes.map((n) => ({
          id: `${n.action.id}@${n.startsAt}`,
          title: n.action.name,
          url: entityUrl(origin, 'action', n.action.slug),
          startsAt: n.startsAt,
          ...(n.endsAt ? { endsAt: n.endsAt } : {}),
          allDay: n.action.allDay,
          timeZone: n.action.timeZone,
          status: n.status,
          ...optional('place', placeOf(n.action.places)),
          ...optional('image', firstImage(origin, n.action.media)),
        })),
      };
    }
    case 'actions': {
      const data = await run(context, o.apollo, EMBED_ACTIONS, { filter: { ...actionFilter(filter, now, zone), ...actionsOf(space, kind) }, first: limit });
      return { ...base, totalCount: data.actions.totalCount, items: data.actions.nodes.map((a) => actionItem(origin, a)) };
    }
    case 'actors': {
      const data = await run(context, o.apollo, EMBED_ACTORS, { filter: { ...toActorFilter(filter), ...actorsOf(space, kind) }, first: limit });
      return { ...base, totalCount: data.actors.totalCount, items: data.actors.nodes.map((a) => actorItem(origin, a)) };
    }
    case 'map': {
      // The points of actions first (what is on), then of actors, up to the limit in all.
      const actions = shows(filter, 'actions')
        ? (await run(context, o.apollo, EMBED_ACTIONS, { filter: { ...actionFilter(filter, now, zone), ...actionsOf(space, kind) }, first: limit })).actions
        : { totalCount: 0, nodes: [] };
      const actorsWanted = shows(filter, 'actors') && space?.type !== 'action';
      const actors = actorsWanted
        ? (await run(context, o.apollo, EMBED_ACTORS, { filter: { ...toActorFilter(filter), ...actorsOf(space, kind) }, first: limit })).actors
        : { totalCount: 0, nodes: [] };
      const items = [...actions.nodes.map((a) => actionItem(origin, a)), ...actors.nodes.map((a) => actorItem(origin, a))].filter((i) => i.place);
      return { ...base, totalCount: actions.totalCount + actors.totalCount, items: items.slice(0, limit) };
    }
    case 'articles':
    case 'announcements': {
      const range = periodRange(filter, now, zone);
      const data = await run(context, o.apollo, EMBED_CONTENT, {
        kind: kind === 'articles' ? 'ARTICLE' : 'ANNOUNCEMENT',
        spaceId: space?.id ?? null,
        filter: {
          ...(filter.q ? { text: filter.q } : {}),
          ...(filter.themeIds.length ? { themeIds: filter.themeIds } : {}),
          ...(filter.territoryIds.length ? { territoryIds: filter.territoryIds } : {}),
          ...(filter.bbox ? { bbox: filter.bbox } : {}),
          ...(range ? { from: range.from, to: range.to } : {}),
        },
        first: limit,
      });
      return {
        ...base,
        totalCount: data.content.totalCount,
        items: data.content.nodes.map((n) => {
          const spaceName = n.space && 'name' in n.space ? n.space.name : undefined;
          const item: EmbedItem = { id: n.id, title: '', url: contentUrl(origin, n.id), ...(spaceName ? { space: spaceName } : {}) };
          if (n.__typename === 'Article') {
            return { ...item, title: n.title, publishedAt: n.publishedAt, ...optional('summary', plain(n.summary)), ...optional('image', imageOf(origin, n.cover && { type: 'IMAGE', ...n.cover })) };
          }
          if (n.__typename === 'Announcement') {
            return { ...item, title: n.title, publishedAt: n.publishedAt, announcementType: n.type, ...(n.expiresAt ? { expiresAt: n.expiresAt } : {}) };
          }
          return item;
        }),
      };
    }
  }
}

/** An actor's listing: the actors part of it. */
function actorsOf(space: Space | undefined, kind: EmbedKind): { partOfId?: string } {
  if (!space) return {};
  if (space.type === 'actor') return { partOfId: space.id };
  throw new AppError('BAD_USER_INPUT', `A ${kind} listing of actors takes an actor's space; "${space.slug}" is not an actor.`, 'space');
}

const optional = <K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));

interface ActionRow {
  id: string;
  slug: string;
  name: string;
  description?: string | null;
  status: ActionStatus;
  startsAt?: string | null;
  endsAt?: string | null;
  allDay: boolean;
  timeZone: string;
  places: PlaceRow[];
  media: MediaRow[];
}
function actionItem(origin: string, a: ActionRow): EmbedItem {
  return {
    id: a.id,
    type: 'action',
    title: a.name,
    url: entityUrl(origin, 'action', a.slug),
    ...optional('summary', plain(a.description)),
    ...(a.startsAt ? { startsAt: a.startsAt } : {}),
    ...(a.endsAt ? { endsAt: a.endsAt } : {}),
    allDay: a.allDay,
    timeZone: a.timeZone,
    status: a.status,
    ...optional('place', placeOf(a.places)),
    ...optional('image', firstImage(origin, a.media)),
  };
}

interface ActorRow {
  id: string;
  slug: string;
  name: string;
  description?: string | null;
  places: PlaceRow[];
}
function actorItem(origin: string, a: ActorRow): EmbedItem {
  return {
    id: a.id,
    type: 'actor',
    title: a.name,
    url: entityUrl(origin, 'actor', a.slug),
    ...optional('summary', plain(a.description)),
    ...optional('place', placeOf(a.places)),
  };
}
