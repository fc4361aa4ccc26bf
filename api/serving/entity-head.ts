// Entity pages answer their first request with their own head: a search engine or a link preview reads
// the title, description, Open Graph tags and schema.org JSON-LD in the HTML the server sends, before
// any script runs. The entity is read by a GraphQL query run in process as an anonymous visitor, so
// the head shows exactly what the page would show anyone, through the same resolvers, visibility and
// list bounds: a members-only or unknown entity falls through to the plain index.html, whoever asks
// (the same address must not describe more to a member than a shared cache could keep).
import { readFileSync, statSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants as zlib } from 'node:zlib';
import type { ApolloServer } from '@apollo/server';
import express, { type Request, type Router } from 'express';
import Negotiator from 'negotiator';
import { PUBLIC_ACCESS } from '../auth/access.js';
import type { ServerLimits } from '../auth/rate-limit.js';
import { ANONYMOUS, createContext, type Context } from '../context.js';
import type { Db } from '../db/driver.js';
import { Deadline } from '../shared/deadline.js';
import { SLUG_PATTERN } from '../shared/slug.js';
import { fillHead, type HeadAlternate } from './head-html.js';
import {
  describeAction,
  describeActor,
  describePartnership,
  describePlace,
  describeTerritory,
  describeTheme,
  type EntityDescription,
  type HeadAction,
  type HeadActor,
  type HeadPartnership,
  type HeadPlace,
  type HeadTerritory,
  type HeadTheme,
  type PageUrl,
} from './schema-org.js';
import { REVALIDATE } from './static-files.js';

/** The portal's entity routes (web/), by their first path segment: the one list the server fills heads for. */
export const ENTITY_SECTIONS = {
  acteurs: 'Actor',
  actions: 'Action',
  lieux: 'Place',
  themes: 'Theme',
  territoires: 'Territory',
  partenariats: 'Partnership',
} as const;
export type EntitySection = keyof typeof ENTITY_SECTIONS;

/** The entity a page describes, as an alternates provider sees it. */
export interface HeadEntity {
  section: EntitySection;
  type: (typeof ENTITY_SECTIONS)[EntitySection];
  slug: string;
  name: string;
  /** The page's absolute address. */
  url: string;
}

/**
 * The hook for `<link rel="alternate">` of entity pages: feeds and calendars (issue 17) pass one to
 * list an entity's own, e.g. `(e) => [{ type: 'application/rss+xml', href: `/flux/${e.section}/${e.slug}.rss`, title: … }]`.
 */
export type AlternatesOf = (entity: HeadEntity) => readonly HeadAlternate[];

const PLACE = `fragment HeadPlace on Place { name slug address { street postalCode city } location { latitude longitude } }`;

/** One query per section, reading what its head says and nothing more. */
const QUERIES: Record<EntitySection, string> = {
  acteurs: `query EntityHeadActor($slug: String!) { entity: actor(slug: $slug) { name slug kind description website contactEmail contactPhone places(first: 1) { place { ...HeadPlace } } } } ${PLACE}`,
  actions: `query EntityHeadAction($slug: String!) { entity: action(slug: $slug) { name slug kind description status startsAt startsAtLocal endsAt allDay timeZone
    places(first: 5) { place { ...HeadPlace } } actors(role: CARRIES, first: 5) { actor { name slug website } } media(first: 10) { type url alt } } } ${PLACE}`,
  lieux: `query EntityHeadPlace($slug: String!) { entity: place(slug: $slug) { ...HeadPlace } } ${PLACE}`,
  themes: `query EntityHeadTheme($slug: String!) { entity: theme(slug: $slug) { name slug description } }`,
  territoires: `query EntityHeadTerritory($slug: String!) { entity: territory(slug: $slug) { name slug level code } }`,
  partenariats: `query EntityHeadPartnership($slug: String!) { entity: partnership(slug: $slug) { name slug description parties(first: 10) { actor { name } } } }`,
};

/** What a section's head says of the entity its query read (the query's shape, typed in schema-org.ts). */
function describe(section: EntitySection, entity: unknown, pageUrl: PageUrl, absolute: (href: string) => string): EntityDescription {
  switch (section) {
    case 'acteurs':
      return describeActor(entity as HeadActor, pageUrl);
    case 'actions':
      return describeAction(entity as HeadAction, pageUrl, absolute);
    case 'lieux':
      return describePlace(entity as HeadPlace, pageUrl);
    case 'themes':
      return describeTheme(entity as HeadTheme, pageUrl);
    case 'territoires':
      return describeTerritory(entity as HeadTerritory, pageUrl);
    case 'partenariats':
      return describePartnership(entity as HeadPartnership);
  }
}

export interface EntityHeadOptions {
  apollo: ApolloServer<Context>;
  db: Db;
  limits: ServerLimits;
  /** The read's deadline, as for a GraphQL request (REQUEST_TIMEOUT_MS): past it, the plain page. */
  requestTimeoutMs: number;
  /** The built index.html. */
  indexFile: string;
  /** The site's public address (config.publicUrl); absent: the request's protocol and host. */
  publicUrl?: string;
  alternates?: AlternatesOf;
}

/** index.html as built, read again only when the file changes (a rebuild while the server runs). */
function indexReader(file: string): () => string {
  let cached: { mtimeMs: number; html: string } | null = null;
  return () => {
    const { mtimeMs } = statSync(file);
    if (!cached || cached.mtimeMs !== mtimeMs) cached = { mtimeMs, html: readFileSync(file, 'utf8') };
    return cached.html;
  };
}

const ENCODINGS = ['br', 'gzip', 'identity'];

/** Sends a page as the client accepts it, compressed like the SPA's files, revalidated like index.html. */
function sendHtml(req: Request, res: express.Response, html: string): void {
  const [encoding] = req.headers['accept-encoding'] ? new Negotiator(req).encodings(ENCODINGS, { preferred: ENCODINGS }) : [];
  const raw = Buffer.from(html, 'utf8');
  const body =
    encoding === 'br' ? brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } }) : encoding === 'gzip' ? gzipSync(raw) : raw;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', REVALIDATE);
  res.setHeader('Vary', 'Accept-Encoding');
  if (encoding === 'br' || encoding === 'gzip') res.setHeader('Content-Encoding', encoding);
  // Express computes the ETag from the body sent and answers 304 to a matching If-None-Match.
  res.send(body);
}

/** The router that answers GET /<section>/<slug> with the entity's head, or passes the request on. */
export function entityHeads(options: EntityHeadOptions): Router {
  const index = indexReader(options.indexFile);
  const router = express.Router();
  router.get('/:section/:slug', async (req, res, next) => {
    const section = req.params.section as EntitySection;
    const slug = req.params.slug;
    if (!Object.hasOwn(ENTITY_SECTIONS, section) || !SLUG_PATTERN.test(slug)) return next();
    try {
      const entity = await readEntity(options, section, slug);
      if (!entity) return next();
      const base = options.publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;
      const absolute = (href: string) => new URL(href, `${base}/`).toString();
      const pageUrl: PageUrl = (s, sl) => `${base}/${s}/${encodeURIComponent(sl)}`;
      const described = describe(section, entity, pageUrl, absolute);
      const url = pageUrl(section, slug);
      const alternates = options.alternates?.({ section, type: ENTITY_SECTIONS[section], slug, name: entity.name, url }) ?? [];
      sendHtml(req, res, fillHead(index(), { ...described, url, alternates }));
    } catch (err) {
      // The page still loads without its head: the SPA reads the entity itself.
      console.error(`Entity head of /${section}/${slug} failed; serving the plain page:`, err);
      next();
    }
  });
  return router;
}

/** The entity as an anonymous visitor reads it, or null when it is unknown or hidden from them. */
async function readEntity(options: EntityHeadOptions, section: EntitySection, slug: string): Promise<{ name: string } | null> {
  const deadline = new Deadline(options.requestTimeoutMs);
  try {
    const context = createContext(options.db.forRequest(deadline), ANONYMOUS, PUBLIC_ACCESS, undefined, deadline, options.limits);
    const response = await options.apollo.executeOperation<{ entity: { name: string } | null }>({ query: QUERIES[section], variables: { slug } }, { contextValue: context });
    if (response.body.kind !== 'single') throw new Error('An entity head query answered incrementally.');
    const { data, errors } = response.body.singleResult;
    // NOT_FOUND for a hidden entity is an answer, not a failure.
    if (errors?.length && !errors.every((e) => e.extensions?.code === 'NOT_FOUND')) throw new Error(errors.map((e) => e.message).join('; '));
    return data?.entity ?? null;
  } finally {
    deadline.dispose();
  }
}
