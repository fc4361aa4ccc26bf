// The portal's filter as it lives in a URL's query string: one contract for the portal's map, list and
// agenda (web/), and for every feed, export and embed (api/diffusion/), so a link copied from the
// portal, a feed URL and an embed's options mean the same selection. Pure module (no Node, no DOM): the
// SPA imports it too.
//
// Parameters (repeatable ones are given once per value, e.g. `?theme=a&theme=b`, OR'd):
//   q            text searched in name, description and address
//   show         actors | actions (repeatable; none means both)
//   actorKind    ActorKind values (repeatable)
//   actionKind   ActionKind values (repeatable)
//   theme        theme ids (repeatable; a theme includes its narrower ones)
//   territory    territory ids (repeatable; a territory includes the ones inside it)
//   period       today | weekend | month | custom (custom uses from/to)
//   from, to     calendar days YYYY-MM-DD, both inclusive, in the territory's time zone
//   access       WHEELCHAIR | HEARING | SIGHT | MENTAL (repeatable; all must hold)
//   cancelled    hide (cancelled actions left out); absent means shown
//   bbox         west,south,east,north in WGS-84 degrees (the map's area)
// Unknown parameters and invalid values are dropped, never an error: a hand-edited link still opens.
import { Temporal } from 'temporal-polyfill';

export const ACTOR_KINDS = ['ASSOCIATION', 'INSTITUTION', 'COOPERATIVE', 'COMPANY', 'COLLECTIVE', 'NETWORK', 'SERVICE', 'ARTIST', 'CRAFTSPERSON', 'OTHER'] as const;
export const ACTION_KINDS = ['EVENT', 'PROJECT', 'ACTIVITY', 'FESTIVAL', 'SHOW', 'WORKSHOP', 'MEETING', 'EXHIBITION', 'OTHER'] as const;
export const ACCESSIBILITY_NEEDS = ['WHEELCHAIR', 'HEARING', 'SIGHT', 'MENTAL'] as const;
export const PERIODS = ['today', 'weekend', 'month', 'custom'] as const;
export const LAYERS = ['actors', 'actions'] as const;

export type ActorKindValue = (typeof ACTOR_KINDS)[number];
export type ActionKindValue = (typeof ACTION_KINDS)[number];
export type AccessibilityNeedValue = (typeof ACCESSIBILITY_NEEDS)[number];
export type Period = (typeof PERIODS)[number];
export type Layer = (typeof LAYERS)[number];

export interface Bbox {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** The whole filter; empty arrays and undefined mean "no restriction". */
export interface PortalFilter {
  q?: string;
  show: Layer[];
  actorKinds: ActorKindValue[];
  actionKinds: ActionKindValue[];
  themeIds: string[];
  territoryIds: string[];
  period?: Period;
  /** Inclusive calendar days, only with period 'custom'. */
  from?: string;
  to?: string;
  access: AccessibilityNeedValue[];
  hideCancelled: boolean;
  bbox?: Bbox;
}

export const EMPTY_FILTER: PortalFilter = {
  show: [],
  actorKinds: [],
  actionKinds: [],
  themeIds: [],
  territoryIds: [],
  access: [],
  hideCancelled: false,
};

const MAX_VALUES = 50;
const MAX_TEXT = 200;
const ID = /^[A-Za-z0-9_-]{1,100}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function oneOf<T extends string>(values: readonly T[], candidates: string[]): T[] {
  const out: T[] = [];
  for (const value of candidates) {
    if ((values as readonly string[]).includes(value) && !out.includes(value as T)) out.push(value as T);
  }
  return out;
}

function ids(candidates: string[]): string[] {
  return [...new Set(candidates.filter((id) => ID.test(id)))].slice(0, MAX_VALUES);
}

function day(value: string | null): string | undefined {
  if (!value || !DAY.test(value)) return undefined;
  try {
    return Temporal.PlainDate.from(value, { overflow: 'reject' }).toString();
  } catch {
    return undefined;
  }
}

function bbox(value: string | null): Bbox | undefined {
  if (!value) return undefined;
  const parts = value.split(',').map(Number);
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) return undefined;
  const [west, south, east, north] = parts;
  if (south < -90 || north > 90 || south >= north || west < -180 || east > 180 || west >= east) return undefined;
  return { west, south, east, north };
}

/** Reads a filter from a query string; never throws. */
export function parsePortalFilter(params: URLSearchParams): PortalFilter {
  const text = params.get('q')?.trim().slice(0, MAX_TEXT);
  let period: Period | undefined = oneOf(PERIODS, [params.get('period') ?? ''])[0];
  let from = day(params.get('from'));
  let to = day(params.get('to'));
  if (period !== 'custom') {
    from = undefined;
    to = undefined;
  } else if (from && to && from > to) {
    [from, to] = [to, from];
  } else if (!from && !to) {
    period = undefined;
  }
  return {
    q: text || undefined,
    show: oneOf(LAYERS, params.getAll('show')),
    actorKinds: oneOf(ACTOR_KINDS, params.getAll('actorKind')),
    actionKinds: oneOf(ACTION_KINDS, params.getAll('actionKind')),
    themeIds: ids(params.getAll('theme')),
    territoryIds: ids(params.getAll('territory')),
    period,
    from,
    to,
    access: oneOf(ACCESSIBILITY_NEEDS, params.getAll('access')),
    hideCancelled: params.get('cancelled') === 'hide',
    bbox: bbox(params.get('bbox')),
  };
}

/** Writes a filter as a query string in a fixed order, so one selection has one URL. */
export function portalFilterParams(filter: PortalFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.q) params.set('q', filter.q);
  for (const layer of filter.show) params.append('show', layer);
  for (const kind of filter.actorKinds) params.append('actorKind', kind);
  for (const kind of filter.actionKinds) params.append('actionKind', kind);
  for (const id of filter.themeIds) params.append('theme', id);
  for (const id of filter.territoryIds) params.append('territory', id);
  if (filter.period) params.set('period', filter.period);
  if (filter.period === 'custom') {
    if (filter.from) params.set('from', filter.from);
    if (filter.to) params.set('to', filter.to);
  }
  for (const need of filter.access) params.append('access', need);
  if (filter.hideCancelled) params.set('cancelled', 'hide');
  if (filter.bbox) {
    const { west, south, east, north } = filter.bbox;
    // Five decimals is about a metre: enough for a map view, short enough for a link.
    params.set('bbox', [west, south, east, north].map((n) => Number(n.toFixed(5))).join(','));
  }
  return params;
}

/** True when the filter restricts nothing (the territory as a whole). */
export function isEmptyFilter(filter: PortalFilter): boolean {
  return portalFilterParams(filter).toString() === '';
}

/** Whether a layer is part of the selection (none chosen means both). */
export function shows(filter: PortalFilter, layer: Layer): boolean {
  return filter.show.length === 0 || filter.show.includes(layer);
}

/** Half-open instant range [from, to) of the period, in the given zone; undefined when no period. */
export function periodRange(filter: PortalFilter, now: Temporal.Instant, zone: string): { from: string; to: string } | undefined {
  const today = now.toZonedDateTimeISO(zone).toPlainDate();
  let first: Temporal.PlainDate;
  let last: Temporal.PlainDate; // inclusive
  switch (filter.period) {
    case undefined:
      return undefined;
    case 'today':
      first = today;
      last = today;
      break;
    case 'weekend': {
      // The coming weekend, or the current one from Saturday to Sunday (ISO: Monday 1 … Sunday 7).
      const saturday = today.dayOfWeek === 7 ? today.subtract({ days: 1 }) : today.add({ days: 6 - today.dayOfWeek });
      first = today.dayOfWeek >= 6 ? today : saturday;
      last = saturday.add({ days: 1 });
      break;
    }
    case 'month':
      first = today;
      last = today.with({ day: 1 }).add({ months: 1 }).subtract({ days: 1 });
      break;
    case 'custom':
      first = filter.from ? Temporal.PlainDate.from(filter.from) : today;
      last = filter.to ? Temporal.PlainDate.from(filter.to) : first.add({ years: 1 });
      break;
  }
  const start = first.toZonedDateTime({ timeZone: zone }).toInstant();
  const end = last.add({ days: 1 }).toZonedDateTime({ timeZone: zone }).toInstant();
  return { from: start.toString(), to: end.toString() };
}

/** The GraphQL ActorFilter for this selection (same field names as schema.graphql). */
export function toActorFilter(filter: PortalFilter) {
  return {
    ...(filter.q ? { text: filter.q } : {}),
    ...(filter.actorKinds.length ? { kinds: filter.actorKinds } : {}),
    ...(filter.themeIds.length ? { themeIds: filter.themeIds } : {}),
    ...(filter.territoryIds.length ? { territoryIds: filter.territoryIds } : {}),
    ...(filter.access.length ? { accessibility: filter.access } : {}),
    ...(filter.bbox ? { bbox: filter.bbox } : {}),
  };
}

/** The GraphQL ActionFilter for this selection; the period needs the clock and the territory's zone. */
export function toActionFilter(filter: PortalFilter, now: Temporal.Instant, zone: string) {
  const range = periodRange(filter, now, zone);
  return {
    ...(filter.q ? { text: filter.q } : {}),
    ...(filter.actionKinds.length ? { kinds: filter.actionKinds } : {}),
    ...(filter.hideCancelled ? { statuses: ['SCHEDULED', 'POSTPONED', 'FULL'] as const } : {}),
    ...(filter.themeIds.length ? { themeIds: filter.themeIds } : {}),
    ...(filter.territoryIds.length ? { territoryIds: filter.territoryIds } : {}),
    ...(filter.access.length ? { accessibility: filter.access } : {}),
    ...(filter.bbox ? { bbox: filter.bbox } : {}),
    ...(range ? { from: range.from, to: range.to } : {}),
  };
}

/** The parameters a portal filter reads. */
export const PORTAL_FILTER_PARAMS = ['q', 'show', 'actorKind', 'actionKind', 'theme', 'territory', 'period', 'from', 'to', 'access', 'cancelled', 'bbox'] as const;

/**
 * What parsePortalFilter would silently drop, one sentence per problem: for the feeds and exports, where
 * a typo must not quietly widen the selection (the portal itself keeps opening hand-edited links).
 */
export function portalFilterProblems(params: URLSearchParams): string[] {
  const problems: string[] = [];
  const closed: [string, readonly string[]][] = [
    ['show', LAYERS],
    ['actorKind', ACTOR_KINDS],
    ['actionKind', ACTION_KINDS],
    ['access', ACCESSIBILITY_NEEDS],
    ['period', PERIODS],
    ['cancelled', ['hide']],
  ];
  for (const [name, values] of closed) {
    for (const value of params.getAll(name)) if (!values.includes(value)) problems.push(`${name}=${value} is not one of ${values.join(', ')}.`);
  }
  for (const name of ['theme', 'territory']) {
    const values = params.getAll(name);
    for (const value of values) if (!ID.test(value)) problems.push(`${name}=${value} is not an id.`);
    if (values.length > MAX_VALUES) problems.push(`${name} is given ${values.length} times; ${MAX_VALUES} at most.`);
  }
  for (const name of ['from', 'to']) {
    const value = params.get(name);
    if (value !== null && day(value) === undefined) problems.push(`${name}=${value} is not a calendar day (YYYY-MM-DD).`);
    if (value !== null && params.get('period') !== 'custom') problems.push(`${name} needs period=custom.`);
  }
  const box = params.get('bbox');
  if (box !== null && bbox(box) === undefined) problems.push(`bbox=${box} is not west,south,east,north in degrees (west < east, south < north).`);
  if ((params.get('q') ?? '').length > MAX_TEXT) problems.push(`q is longer than ${MAX_TEXT} characters.`);
  for (const name of ['q', 'period', 'from', 'to', 'cancelled', 'bbox']) {
    if (params.getAll(name).length > 1) problems.push(`${name} is given more than once.`);
  }
  return problems;
}
