// The diffusion routes: feeds (/feeds/…: iCalendar, RSS, Atom, JSON Feed) and open-data exports
// (/export/…: CSV, GeoJSON) of any portal filter, public items only, read as an anonymous visitor
// whatever the request carries. URLs and contents are documented in docs/diffusion.md.
import type { ApolloServer } from '@apollo/server';
import express, { type Request, type Response, type Router } from 'express';
import type { GraphQLSchema } from 'graphql';
import { Temporal } from 'temporal-polyfill';
import { PUBLIC_ACCESS } from '../auth/access.js';
import { listOccurrenceChanges, seriesOf } from '../agenda/agenda.store.js';
import { countEntityChanges, latestChange } from '../change/change.store.js';
import type { Config } from '../config.js';
import type { Context } from '../context.js';
import type { Db } from '../db/driver.js';
import { getEntitiesByIds } from '../entity/entity.store.js';
import type { ActionRecord } from '../records.js';
import type { Deadline } from '../shared/deadline.js';
import { MAX_PAGE_SIZE } from '../shared/pagination.js';
import { isEmptyFilter, portalFilterParams, type PortalFilter } from '../shared/portal-filter.js';
import { DEFAULT_TIME_ZONE } from '../shared/time.js';
import { ANNOUNCEMENTS, ARTICLES, CALENDAR_ACTION, CALENDAR_ACTIONS, EXPORT_ACTIONS, EXPORT_ACTORS, EXPORT_PLACES, SPACE_BY_SLUG } from './documents.js';
import { actionRow, actorRow, EXPORT_LAYERS, LICENCE_URLS, placeRow, streamCsv, streamGeojson, type ExportFormat, type ExportLayer, type ExportRow } from './exports.js';
import type { DiffusionCalendarActionFragment, DiffusionCalendarActionsQuery, DiffusionExportActionsQuery, DiffusionExportActorsQuery, DiffusionExportPlacesQuery } from './gql/graphql.js';
import { answeredNotModified, badParameter, CONTENT_TYPES, DiffusionError, publicCors, publicOrigin, sendCacheable, sendDiffusionError, weakEtag } from './http.js';
import { buildCalendar, type CalendarAction } from './ical.js';
import { actionFilterOf, actorFilterOf, contentFilterOf, flagOption, intOption, placeFilterOf, readQuery, requireLayer } from './params.js';
import { anonymousReader, type AnonymousReader } from './reader.js';
import { buildFeed, type FeedFormat } from './syndication.js';

/** Most actions one .ics holds (pages of 100 of the agenda listing). */
const MAX_CALENDAR_ACTIONS = 1000;
/** Items of a feed: 20 unless `limit` says otherwise, 50 at most. */
const FEED_ITEMS = { default: 20, max: 50 };

interface Diffusion {
  config: Config;
  db: Db;
  reader: AnonymousReader;
  /** The API's schema, to tell which filter fields this server has. */
  schema: GraphQLSchema;
}

/** A route body: the deadline is the request's, disposed when the response closes. */
type Handler = (d: Diffusion, req: Request, res: Response, deadline: Deadline) => Promise<void>;

function route(d: Diffusion, handler: Handler) {
  return (req: Request, res: Response) => {
    const deadline = d.reader.deadline();
    res.on('close', () => deadline.dispose());
    handler(d, req, res, deadline).catch((err: unknown) => sendDiffusionError(res, err));
  };
}

export function diffusionRouter(config: Config, db: Db, apollo: ApolloServer<Context>, schema: GraphQLSchema): Router {
  const d: Diffusion = { config, db, reader: anonymousReader(apollo, db, config.requestTimeoutMs), schema };
  const router = express.Router();
  router.use(['/feeds', '/export'], publicCors());
  router.get('/feeds/agenda.ics', route(d, agendaFeed));
  router.get('/feeds/actions/:file', route(d, actionFeed));
  for (const kind of ['articles', 'announcements'] as const) {
    for (const format of ['rss', 'atom', 'json'] as const) router.get(`/feeds/${kind}.${format}`, route(d, contentFeed(kind, format)));
  }
  for (const layer of EXPORT_LAYERS) {
    for (const format of ['csv', 'geojson'] as const) router.get(`/export/${layer}.${format}`, route(d, exportRoute(layer, format)));
  }
  // Anything else under these prefixes is a plain-text 404, not the SPA's page.
  router.use(['/feeds', '/export'], (_req, res) => sendDiffusionError(res, new DiffusionError(404, 'No feed or export at this address; docs/diffusion.md lists them.')));
  return router;
}

/** This request's URL on the portal's public origin, its query in the filter's canonical order. */
function selfUrl(d: Diffusion, req: Request, path: string, filter: PortalFilter, extra: Record<string, string> = {}): string {
  const params = portalFilterParams(filter);
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  const query = params.toString();
  return `${publicOrigin(d.config, req)}${path}${query ? `?${query}` : ''}`;
}

/**
 * When the data last changed: the newest change record (any write appends one), or the start of
 * today if later, since "today", "this weekend" and expiries move with the calendar too.
 */
async function lastModified(d: Diffusion, deadline: Deadline): Promise<{ seq: number; at: string }> {
  const latest = await latestChange(d.db.forRequest(deadline));
  const today = Temporal.Now.zonedDateTimeISO(DEFAULT_TIME_ZONE).startOfDay().toInstant().toString();
  return { seq: latest.seq, at: latest.at && latest.at > today ? latest.at : today };
}

// ---- iCalendar --------------------------------------------------------------------------------------


/** The range an agenda feed covers: the filter's period, else a year back and two ahead (the API's three-year maximum). */
function calendarWindow(from: string | null | undefined, to: string | null | undefined): { from: string; to: string } {
  const now = Temporal.Now.instant();
  const start = from ?? now.subtract({ hours: 24 * 365 }).toString();
  const limit = Temporal.Instant.from(start).add({ hours: 24 * (3 * 365) }).toString();
  const end = to ?? now.add({ hours: 24 * 2 * 365 }).toString();
  return { from: start, to: end < limit ? end : limit };
}

async function sendCalendar(
  d: Diffusion,
  req: Request,
  res: Response,
  deadline: Deadline,
  listed: DiffusionCalendarActionFragment[],
  name: string,
  source: string,
  window: { from: string; to: string },
): Promise<void> {
  const ids = listed.map((a) => a.id);
  const requestDb = d.db.forRequest(deadline);
  // The series, occurrence changes and revisions of the listed actions, from the stores the API's own
  // resolvers use (Action.recurrence, Action.occurrences), read as a visitor.
  const [records, revisions, changes, modified] = await Promise.all([
    getEntitiesByIds(requestDb, ids, PUBLIC_ACCESS),
    countEntityChanges(requestDb, ids),
    listOccurrenceChanges(requestDb, ids),
    lastModified(d, deadline),
  ]);
  const actions: CalendarAction[] = listed.flatMap((a) => {
    const record = records.get(a.id);
    return record?.__typename === 'Action' ? [{ ...a, series: seriesOf(record as ActionRecord) }] : [];
  });
  const body = buildCalendar(actions, { name, origin: publicOrigin(d.config, req), source, revisions, changes, window });
  sendCacheable(req, res, 'ics', body, modified.at);
}

const agendaFeed: Handler = async (d, req, res, deadline) => {
  const { filter } = readQuery(req.originalUrl, []);
  requireLayer(filter, 'actions');
  const actionFilter = actionFilterOf(d.schema, filter, Temporal.Now.instant());
  const window = calendarWindow(actionFilter.from, actionFilter.to);
  const actions: DiffusionCalendarActionFragment[] = [];
  let after: string | null = null;
  do {
    const result: DiffusionCalendarActionsQuery = await d.reader.read(CALENDAR_ACTIONS, { filter: { ...actionFilter, ...window }, first: MAX_PAGE_SIZE, after }, deadline);
    const page = result.actions;
    actions.push(...page.nodes);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after && actions.length < MAX_CALENDAR_ACTIONS);
  const name = isEmptyFilter(filter) ? 'Agenda' : `Agenda (${portalFilterParams(filter).toString()})`;
  await sendCalendar(d, req, res, deadline, actions, name, selfUrl(d, req, '/feeds/agenda.ics', filter), window);
};

const actionFeed: Handler = async (d, req, res, deadline) => {
  readQuery(req.originalUrl, []);
  const file = String(req.params.file);
  if (!file.endsWith('.ics') || file.length <= 4) throw new DiffusionError(404, 'An action’s calendar is at /feeds/actions/<slug>.ics.');
  const slug = file.slice(0, -4);
  const { action } = await d.reader.read(CALENDAR_ACTION, { slug }, deadline);
  if (!action) throw new DiffusionError(404, `No public action has the slug "${slug}".`);
  const actions = [action, ...action.children.map((c) => c.action)];
  await sendCalendar(d, req, res, deadline, actions, action.name, `${publicOrigin(d.config, req)}/feeds/actions/${encodeURIComponent(slug)}.ics`, calendarWindow(null, null));
};

// ---- RSS, Atom, JSON Feed -----------------------------------------------------------------------------

const KIND_TITLES = { articles: 'Articles', announcements: 'Annonces' } as const;

/** A space named by `space=<slug>`: its listing as `content(kind, spaceId)` gives it, walking the graph. */
async function spaceOf(d: Diffusion, slug: string | null, deadline: Deadline): Promise<{ id: string; name: string } | null> {
  if (slug === null) return null;
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(slug)) throw badParameter(`space=${slug} is not a slug.`);
  const found = await d.reader.read(SPACE_BY_SLUG, { slug }, deadline);
  const space = found.actor ?? found.action ?? found.partnership;
  if (!space) throw new DiffusionError(404, `No public actor, action or partnership has the slug "${slug}".`);
  return space;
}

function contentFeed(kind: 'articles' | 'announcements', format: FeedFormat): Handler {
  return async (d, req, res, deadline) => {
    const { filter, params } = readQuery(req.originalUrl, ['space', 'limit']);
    const first = intOption(params, 'limit', FEED_ITEMS.default, 1, FEED_ITEMS.max);
    const space = await spaceOf(d, params.get('space'), deadline);
    const variables = { spaceId: space?.id ?? null, filter: contentFilterOf(filter, Temporal.Now.instant()), first };
    const nodes = kind === 'articles' ? (await d.reader.read(ARTICLES, variables, deadline)).content.nodes : (await d.reader.read(ANNOUNCEMENTS, variables, deadline)).content.nodes;
    const extra: Record<string, string> = { ...(space ? { space: params.get('space')! } : {}), ...(params.has('limit') ? { limit: String(first) } : {}) };
    const links = {
      rss: selfUrl(d, req, `/feeds/${kind}.rss`, filter, extra),
      atom: selfUrl(d, req, `/feeds/${kind}.atom`, filter, extra),
      json: selfUrl(d, req, `/feeds/${kind}.json`, filter, extra),
    };
    const title = `${KIND_TITLES[kind]}${space ? ` — ${space.name}` : ''}`;
    const body = buildFeed(nodes, format, { title, description: `${title} publiés sur Convergences`, origin: publicOrigin(d.config, req), links });
    sendCacheable(req, res, format, body, (await lastModified(d, deadline)).at);
  };
}

// ---- Open data ---------------------------------------------------------------------------------------

/**
 * The pages of an export, read one after the other as the response is written. Each page gets a
 * deadline of its own (a request's budget): a large export may take longer than one request, but
 * no single read may.
 */
async function* exportPages(d: Diffusion, layer: ExportLayer, filter: PortalFilter, origin: string): AsyncGenerator<ExportRow[]> {
  const now = Temporal.Now.instant();
  let after: string | null = null;
  do {
    const deadline = d.reader.deadline();
    try {
      if (layer === 'actors') {
        const result: DiffusionExportActorsQuery = await d.reader.read(EXPORT_ACTORS, { filter: actorFilterOf(d.schema, filter), first: MAX_PAGE_SIZE, after }, deadline);
        const page = result.actors;
        yield page.nodes.map((a) => actorRow(a, origin));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } else if (layer === 'actions') {
        const result: DiffusionExportActionsQuery = await d.reader.read(EXPORT_ACTIONS, { filter: actionFilterOf(d.schema, filter, now), first: MAX_PAGE_SIZE, after }, deadline);
        const page = result.actions;
        yield page.nodes.map((a) => actionRow(a, origin));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } else {
        const result: DiffusionExportPlacesQuery = await d.reader.read(EXPORT_PLACES, { filter: placeFilterOf(filter), first: MAX_PAGE_SIZE, after }, deadline);
        const page = result.places;
        yield page.nodes.map((p) => placeRow(p));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      }
    } finally {
      deadline.dispose();
    }
  } while (after);
}

function exportRoute(layer: ExportLayer, format: ExportFormat): Handler {
  return async (d, req, res, deadline) => {
    const { filter, params } = readQuery(req.originalUrl, format === 'csv' ? ['bom'] : []);
    const bom = format === 'csv' && flagOption(params, 'bom');
    if (layer !== 'places') requireLayer(filter, layer);
    // Checked before the first byte: a filter this server cannot apply is a 400, not a cut stream.
    if (layer === 'actors') actorFilterOf(d.schema, filter);
    if (layer === 'actions') actionFilterOf(d.schema, filter, Temporal.Now.instant());
    const modified = await lastModified(d, deadline);
    const licence = d.config.openDataLicence;
    const origin = publicOrigin(d.config, req);
    // A version key, not the bytes (they are not known before they are streamed): the data's version,
    // the selection, the licence and the options; weak, as the export date inside differs.
    const etag = weakEtag(JSON.stringify([modified.seq, modified.at, layer, format, portalFilterParams(filter).toString(), bom, licence, origin]));
    if (answeredNotModified(req, res, { etag, lastModified: modified.at })) return;
    const exportedAt = new Date().toISOString();
    const day = exportedAt.slice(0, 10);
    res.status(200).type(CONTENT_TYPES[format]);
    res.setHeader('Content-Disposition', `attachment; filename="${layer}-${day}.${format}"`);
    res.setHeader('X-Licence', licence);
    res.setHeader('X-Exported-At', exportedAt);
    const licenceUrl = LICENCE_URLS[licence];
    if (licenceUrl) res.setHeader('Link', `<${licenceUrl}>; rel="license"; title="${licence}"`);
    // A HEAD asks for the headers alone: reading every page for nothing would cost the whole export.
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const pages = exportPages(d, layer, filter, origin);
    const meta = { layer, licence, exportedAt };
    if (format === 'csv') await streamCsv(res, pages, meta, bom);
    else await streamGeojson(res, pages, meta);
  };
}
