// The options of an embed (a listing shown on another site), as they live in a query string: the
// portal's filter (api/shared/portal-filter.ts) plus what to list and how to show it. One contract for
// the data endpoint (GET /embed/v1/listing.json), the iframe page (GET /embed/frame), the web component
// (web/embed/) and the snippet builder (api/shared/embed-snippet.ts). Pure module: the SPA imports it.
//
// Parameters, besides the portal filter's:
//   kind     agenda | articles | announcements | actors | actions | map (default agenda)
//   space    slug of a space (actor, action or partnership): its listing, walking the graph as the portal does
//   limit    number of items, 1–50 (default 5)
//   lang     fr | en (default fr)
//   display  compact | full (default full). Not `theme`, which the portal filter already uses for theme ids.
//   accent   a colour in hex (#rgb, #rrggbb, with or without alpha); the embed's default otherwise
//   font     a CSS font-family list (letters, digits, spaces, commas, quotes, hyphens); system fonts otherwise
// As with the filter, invalid values are dropped, never an error: a hand-edited snippet still shows.
import { EMPTY_FILTER, parsePortalFilter, portalFilterParams, type PortalFilter } from './portal-filter.js';

export const EMBED_KINDS = ['agenda', 'articles', 'announcements', 'actors', 'actions', 'map'] as const;
export const EMBED_LANGS = ['fr', 'en'] as const;
export const EMBED_DISPLAYS = ['compact', 'full'] as const;

export type EmbedKind = (typeof EMBED_KINDS)[number];
export type EmbedLang = (typeof EMBED_LANGS)[number];
export type EmbedDisplay = (typeof EMBED_DISPLAYS)[number];

export const EMBED_LIMIT_DEFAULT = 5;
export const EMBED_LIMIT_MAX = 50;

export interface EmbedOptions {
  kind: EmbedKind;
  /** Slug of the space whose listing is shown; absent for a listing of the whole territory. */
  space?: string;
  limit: number;
  lang: EmbedLang;
  display: EmbedDisplay;
  accent?: string;
  font?: string;
  filter: PortalFilter;
}

export const DEFAULT_EMBED: EmbedOptions = {
  kind: 'agenda',
  limit: EMBED_LIMIT_DEFAULT,
  lang: 'fr',
  display: 'full',
  filter: EMPTY_FILTER,
};

const SLUG = /^[A-Za-z0-9_-]{1,100}$/;
const COLOUR = /^#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/;
// No semicolon, brace, parenthesis or backslash: a font list can never become more CSS.
const FONT = /^[A-Za-z0-9 ,'"-]{1,100}$/;

function member<T extends string>(values: readonly T[], value: string | null, fallback: T): T {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : fallback;
}

function limit(value: string | null): number {
  const n = value === null || !/^\d{1,4}$/.test(value) ? NaN : Number(value);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, EMBED_LIMIT_MAX) : EMBED_LIMIT_DEFAULT;
}

/** Reads embed options from a query string; never throws. */
export function parseEmbedOptions(params: URLSearchParams): EmbedOptions {
  const space = params.get('space');
  const accent = params.get('accent');
  const font = params.get('font')?.trim() ?? null;
  return {
    kind: member(EMBED_KINDS, params.get('kind'), DEFAULT_EMBED.kind),
    ...(space && SLUG.test(space) ? { space } : {}),
    limit: limit(params.get('limit')),
    lang: member(EMBED_LANGS, params.get('lang'), DEFAULT_EMBED.lang),
    display: member(EMBED_DISPLAYS, params.get('display'), DEFAULT_EMBED.display),
    ...(accent && COLOUR.test(accent) ? { accent } : {}),
    ...(font && FONT.test(font) ? { font } : {}),
    filter: parsePortalFilter(params),
  };
}

/**
 * Writes options as a query string in a fixed order (embed options, then the filter), leaving out
 * defaults, so one embed has one URL (and one cache entry).
 */
export function embedParams(options: EmbedOptions): URLSearchParams {
  const params = new URLSearchParams();
  params.set('kind', options.kind);
  if (options.space) params.set('space', options.space);
  if (options.limit !== EMBED_LIMIT_DEFAULT) params.set('limit', String(options.limit));
  if (options.lang !== DEFAULT_EMBED.lang) params.set('lang', options.lang);
  if (options.display !== DEFAULT_EMBED.display) params.set('display', options.display);
  if (options.accent) params.set('accent', options.accent);
  if (options.font) params.set('font', options.font);
  for (const [name, value] of portalFilterParams(options.filter)) params.append(name, value);
  return params;
}

/** Only the data the listing depends on (not colours, font or display): the data endpoint's query. */
export function embedDataParams(options: EmbedOptions): URLSearchParams {
  const params = embedParams({ ...options, display: DEFAULT_EMBED.display, accent: undefined, font: undefined });
  return params;
}
