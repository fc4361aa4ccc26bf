// A diffusion URL's query string: the portal's filter (api/shared/portal-filter.ts, the same as a portal
// URL, so a link copied from the portal works as a feed or an export) plus each route's own options.
// Unlike the portal, which opens any hand-edited link, a feed answers 400 to what it cannot read: a
// calendar subscribed with a typo must not silently show the whole territory.
import { isInputObjectType, type GraphQLSchema } from 'graphql';
import { Temporal } from 'temporal-polyfill';
import { parsePortalFilter, portalFilterProblems, PORTAL_FILTER_PARAMS, toActionFilter, toActorFilter, type PortalFilter } from '../shared/portal-filter.js';
import { DEFAULT_TIME_ZONE } from '../shared/time.js';
import type { ActionFilter, ActorFilter, ContentFilter, PlaceFilter } from './gql/graphql.js';
import { badParameter } from './http.js';

export interface Query {
  filter: PortalFilter;
  params: URLSearchParams;
}

/** The query string of a request, checked: portal filter parameters and the route's own `options`. */
export function readQuery(url: string, options: readonly string[]): Query {
  const params = new URL(url, 'http://localhost').searchParams;
  const known = new Set<string>([...PORTAL_FILTER_PARAMS, ...options]);
  const unknown = [...new Set(params.keys())].filter((k) => !known.has(k));
  const problems = [
    ...unknown.map((k) => `Unknown parameter "${k}". This URL takes the portal's filter (${PORTAL_FILTER_PARAMS.join(', ')})${options.length ? ` and ${options.join(', ')}` : ''}.`),
    ...portalFilterProblems(params),
  ];
  if (problems.length > 0) throw badParameter(problems.join('\n'));
  return { filter: parsePortalFilter(params), params };
}

/** An integer option between min and max, `fallback` when absent. */
export function intOption(params: URLSearchParams, name: string, fallback: number, min: number, max: number): number {
  const raw = params.get(name);
  if (raw === null) return fallback;
  if (!/^\d{1,6}$/.test(raw) || Number(raw) < min || Number(raw) > max) throw badParameter(`${name}=${raw}: give a whole number from ${min} to ${max}.`);
  return Number(raw);
}

/** A yes/no option (`1`/`0`, `true`/`false`), false when absent. */
export function flagOption(params: URLSearchParams, name: string): boolean {
  const raw = params.get(name);
  if (raw === null) return false;
  if (!['1', '0', 'true', 'false'].includes(raw)) throw badParameter(`${name}=${raw}: give 1 or 0.`);
  return raw === '1' || raw === 'true';
}

/** Which layer a route serves; a portal URL that selects only the other layer is a contradiction. */
export function requireLayer(filter: PortalFilter, layer: 'actors' | 'actions'): void {
  if (filter.show.length > 0 && !filter.show.includes(layer)) throw badParameter(`This URL lists ${layer}, but show=${filter.show.join(',')} leaves them out.`);
}

/**
 * Drops nothing silently: a filter field the running schema does not have (a portal filter newer than
 * this server's API) is a 400 naming the parameter, not an ignored restriction.
 */
function supported<T extends object>(schema: GraphQLSchema, typeName: string, filter: T): T {
  const type = schema.getType(typeName);
  const fields = isInputObjectType(type) ? type.getFields() : {};
  const missing = Object.keys(filter).filter((k) => !(k in fields));
  if (missing.length > 0) throw badParameter(`This server cannot filter by ${missing.map((k) => PARAM_OF_FIELD[k] ?? k).join(', ')} yet.`);
  return filter;
}

const PARAM_OF_FIELD: Record<string, string> = { accessibility: 'access', text: 'q', kinds: 'actorKind/actionKind', themeIds: 'theme', territoryIds: 'territory', statuses: 'cancelled' };

export function actorFilterOf(schema: GraphQLSchema, filter: PortalFilter): ActorFilter {
  return supported(schema, 'ActorFilter', toActorFilter(filter) as ActorFilter);
}

export function actionFilterOf(schema: GraphQLSchema, filter: PortalFilter, now: Temporal.Instant): ActionFilter {
  return supported(schema, 'ActionFilter', toActionFilter(filter, now, DEFAULT_TIME_ZONE) as ActionFilter);
}

/** Places are filtered by text, territory, accessibility and area (the other parameters are about actors and actions). */
export function placeFilterOf(filter: PortalFilter): PlaceFilter {
  return {
    ...(filter.q ? { text: filter.q } : {}),
    ...(filter.access.length ? { accessibility: filter.access } : {}),
    ...(filter.territoryIds.length ? { territoryIds: filter.territoryIds } : {}),
    ...(filter.bbox ? { bbox: filter.bbox } : {}),
  };
}

/** Articles and announcements: text, themes, territories, area, and the period as publication dates. */
export function contentFilterOf(filter: PortalFilter, now: Temporal.Instant): ContentFilter {
  const range = toActionFilter(filter, now, DEFAULT_TIME_ZONE);
  return {
    ...(filter.q ? { text: filter.q } : {}),
    ...(filter.themeIds.length ? { themeIds: filter.themeIds } : {}),
    ...(filter.territoryIds.length ? { territoryIds: filter.territoryIds } : {}),
    ...(filter.bbox ? { bbox: filter.bbox } : {}),
    ...(range.from ? { from: range.from, to: range.to } : {}),
  };
}
