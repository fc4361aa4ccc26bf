// Runs a list statement (total + one page) and shapes the page; shared by every list.
import type { Db } from '../db/driver.js';
import { forReader, toRecord } from '../entity/entity.store.js';
import { PUBLIC_ACCESS, type Access } from '../auth/access.js';
import type { EntityRecord, EntityType, FacetsRecord, ListPage, TerritoryRecord, ThemeRecord } from '../records.js';
import { decodeCursor, pageSize, toPage, type Cursor } from './pagination.js';
import { foldText, searchWords } from './slug.js';
import { badInput } from '../errors.js';
import { getArgumentValues, getNamedType, isObjectType, Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

export interface ListArgs {
  first?: number | null;
  after?: string | null;
  /** What the reader may see; public items only when absent. */
  access?: Access;
  /** Themes and territories per facet when the client asked for facets (see facetLimitOf); null or absent: none. */
  facetLimit?: number | null;
}

export async function runList<T extends EntityRecord>(
  db: Db,
  file: string,
  params: Record<string, unknown>,
  args: ListArgs,
  key: SortKey,
  defaultSize = 20,
): Promise<ListPage<T>> {
  const limit = pageSize(args.first, defaultSize);
  const after = decodeCursor(args.after);
  // A cursor from another order (or forged) would reach Cypher as a value of the wrong type.
  if (after && !CURSOR_KEY_OK[key](after.k)) throw badInput('after', 'The cursor belongs to another order or filter: pass the `endCursor` of a previous page of this list, unchanged.');
  const access = args.access ?? PUBLIC_ACCESS;
  const [row] = await db.query<{ total: number; nodes: (Record<string, unknown> & { __typename: EntityType })[]; facets?: FacetsRecord | null }>(file, {
    ...params,
    access,
    after,
    limit: limit + 1,
    facetLimit: args.facetLimit ?? null,
  });
  const raw = row?.nodes ?? [];
  const page = toPage(raw as unknown as (Record<string, unknown> & { id: string })[], limit, row?.total ?? 0, (n) => SORT_KEYS[key](n));
  const nodes = page.nodes.map((n) => forReader(n as unknown as Record<string, unknown> & { __typename: EntityType }, access) as T);
  return row?.facets ? { ...page, nodes, facets: facetsRecord(row.facets) } : { ...page, nodes };
}

/** Facets of a list from their own statement (lists whose page statement does not count them). */
export async function runFacets(db: Db, file: string, params: Record<string, unknown>, args: ListArgs): Promise<FacetsRecord | null> {
  if (args.facetLimit == null) return null;
  const [row] = await db.query<{ facets: FacetsRecord }>(file, { ...params, access: args.access ?? PUBLIC_ACCESS, facetLimit: args.facetLimit });
  return row ? facetsRecord(row.facets) : null;
}

/** Stored properties of facet themes and territories into records (index-only fields dropped). */
function facetsRecord(f: FacetsRecord): FacetsRecord {
  type Stored = Parameters<typeof toRecord>[0];
  return {
    kinds: f.kinds,
    themes: f.themes.map((b) => ({ theme: toRecord(b.theme as unknown as Stored) as ThemeRecord, count: b.count })),
    territories: f.territories.map((b) => ({ territory: toRecord(b.territory as unknown as Stored) as TerritoryRecord, count: b.count })),
    accessibility: f.accessibility,
  };
}

/** Most themes or territories a facet may list. */
export const MAX_FACET_SIZE = 100;

/**
 * How many themes and territories the facets of a list must hold: the largest `size` among the
 * `facets` selections of the connection (through fragments), or null when the client did not ask for
 * facets, so nothing is counted.
 */
export function facetLimitOf(info: GraphQLResolveInfo): number | null {
  const type = getNamedType(info.returnType);
  const field = isObjectType(type) ? type.getFields().facets : undefined;
  if (!field) return null;
  let max: number | null = null;
  const visit = (set: SelectionSetNode | undefined): void => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD && s.name.value === 'facets') {
        const size = facetSize(getArgumentValues(field, s, info.variableValues).size);
        max = Math.max(max ?? 0, size);
      } else if (s.kind === Kind.INLINE_FRAGMENT) visit(s.selectionSet);
      else if (s.kind === Kind.FRAGMENT_SPREAD) visit(info.fragments[s.name.value]?.selectionSet);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return max;
}

/** The facets of a page cut to one selection's `size` (the list counted them for the largest). */
export function facetsOfPage(page: { facets?: FacetsRecord | null }, size: number | null | undefined): FacetsRecord {
  if (!page.facets) throw new Error('The list did not count its facets although they were selected.');
  const n = facetSize(size);
  return { kinds: page.facets.kinds, themes: page.facets.themes.slice(0, n), territories: page.facets.territories.slice(0, n), accessibility: page.facets.accessibility };
}

/** A facet's `size`, checked. */
export function facetSize(size: unknown): number {
  const n = size ?? 20;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > MAX_FACET_SIZE) {
    throw badInput('facets.size', `The number of themes and territories per facet must be between 1 and ${MAX_FACET_SIZE}.`);
  }
  return n;
}

/** What a cursor remembers of the last item, per order. */
const SORT_KEYS = {
  name: (n: Record<string, unknown>) => n.sortName as string,
  score: (n: Record<string, unknown>) => n.score as number,
  start: (n: Record<string, unknown>) => (n.startsAt as string | null) ?? null,
  upcoming: (n: Record<string, unknown>) => n.upcomingKey as string,
} satisfies Record<string, (n: Record<string, unknown>) => Cursor['k']>;
export type SortKey = keyof typeof SORT_KEYS;

const CURSOR_KEY_OK: Record<SortKey, (k: Cursor['k']) => boolean> = {
  name: (k) => typeof k === 'string',
  score: (k) => typeof k === 'number',
  start: (k) => k === null || (typeof k === 'string' && /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(k) && !Number.isNaN(Date.parse(k))),
  upcoming: (k) => typeof k === 'string' && /^[012]:\d{16}$/.test(k),
};

/** A text filter for CONTAINS on sort names: folded like them; null when blank. */
export function containsText(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  const t = foldText(text);
  return t.length > 0 ? t : null;
}

/**
 * A last word shorter than this is matched as a whole word, not as the beginning of one: a one-letter
 * prefix would match a large part of the index ("e" → every word starting with e) for little meaning.
 */
export const MIN_PREFIX_LENGTH = 2;

/** The words of a search, checked: not blank, not too long. */
function wordsOfSearch(text: string): string[] {
  if (text.trim().length === 0) throw badInput('filter.text', 'The search text is empty.');
  if (text.length > 200) throw badInput('filter.text', 'The search text is too long (200 characters at most).');
  return searchWords(text);
}

/**
 * A search as the two full-text indexes read it (see cypher/shared/text-search), every word required:
 * `words` for the French index, each word whole and stemmed ("théâtres" finds "Théâtre"); `prefix`
 * for the unstemmed index, the words as typed and the last one as the beginning of a word, so that a
 * search finds as it is typed ("epicerie solid" finds "Épicerie solidaire"). Null queries match nothing
 * (text of punctuation only); `prefix` is null when the last word is too short to be a prefix.
 * Words hold only letters, marks and digits, lowercased (searchWords): no Lucene syntax can reach the
 * query, and AND, OR, NOT and TO are searched as words.
 */
export interface TextSearch {
  words: string | null;
  prefix: string | null;
}

/** Turns what a person typed into the queries of a full-text search (see TextSearch). */
export function fullTextQuery(text: string): TextSearch {
  const words = wordsOfSearch(text);
  if (words.length === 0) return { words: null, prefix: null };
  const last = words[words.length - 1]!;
  return {
    words: words.join(' AND '),
    prefix: last.length >= MIN_PREFIX_LENGTH ? [...words.slice(0, -1), `${last}*`].join(' AND ') : null,
  };
}

/**
 * A text filter on content's `searchText` (cypher/content/content-filters): one pattern per word, all
 * required, in any order. Content has no full-text index and no stemming, so every word matches the
 * beginning of a word (" fest" finds "festival"), a one-letter one only a whole word (" e "). Null when
 * blank or not given (no filter).
 */
export function containsWords(text: string | null | undefined): string[] | null {
  if (text === null || text === undefined || text.trim().length === 0) return null;
  return wordsOfSearch(text).map((w) => (w.length >= MIN_PREFIX_LENGTH ? ` ${w}` : ` ${w} `));
}

/** Checks a bounding box; the error names the field. */
export function checkBbox(bbox: { west: number; south: number; east: number; north: number } | null | undefined, field = 'filter.bbox'): typeof bbox | null {
  if (!bbox) return null;
  for (const [k, v, max] of [
    ['west', bbox.west, 180],
    ['east', bbox.east, 180],
    ['south', bbox.south, 90],
    ['north', bbox.north, 90],
  ] as const) {
    if (!Number.isFinite(v) || Math.abs(v) > max) throw badInput(`${field}.${k}`, `${k} must be between -${max} and ${max} degrees (got ${v}).`);
  }
  if (bbox.south > bbox.north) throw badInput(`${field}.south`, 'south must not be north of north.');
  if (bbox.west > bbox.east) throw badInput(`${field}.west`, 'west must not be east of east (boxes across the antimeridian are not supported).');
  return bbox;
}

export function nullIfEmpty<T>(list: readonly T[] | null | undefined): readonly T[] | null {
  return list && list.length > 0 ? list : null;
}
