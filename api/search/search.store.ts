// One search across kinds for the portal's search box: each kind is searched by its own domain's store
// through the full-text indexes (actors and actions as `filter.text` does, places, articles), and every
// hit gets the highlights of its searched fields from api/shared/highlight.ts, the one highlighter.
import { listActions } from '../action/action.store.js';
import { listActors } from '../actor/actor.store.js';
import type { Access } from '../auth/access.js';
import { searchArticles, type ContentRecord } from '../content/content.store.js';
import type { Db } from '../db/driver.js';
import { searchPlaces } from '../place/place.store.js';
import type { ActionRecord, ActorRecord, PlaceRecord } from '../records.js';
import { highlightFields, type TextHighlight } from '../shared/highlight.js';
import { fullTextQuery } from '../shared/list.js';
import { markdownPlainText } from '../shared/markdown.js';
import { pageSize } from '../shared/pagination.js';
import { SEARCH_FIELDS } from '../shared/slug.js';

/** A search as Query.search returns it: the groups are searched when selected. */
export interface SearchRecord {
  text: string;
  asOf: string;
}

export type SearchNodeRecord = ActorRecord | ActionRecord | PlaceRecord | ContentRecord;

export interface SearchHitRecord {
  node: SearchNodeRecord;
  highlights: TextHighlight[];
}

export interface SearchGroupRecord {
  totalCount: number;
  hits: SearchHitRecord[];
}

/** What a group is searched with: the reader and the instant of the request. */
export interface SearchReader {
  db: Db;
  access: Access;
  now: string;
}

/** Hits of a group when `first` is not given. */
export const SEARCH_GROUP_SIZE = 5;

/** Checks the text once, at the root, so that a blank or too long one is refused whatever is selected. */
export function startSearch(text: string, asOf: string): SearchRecord {
  fullTextQuery(text, 'entity', 'text');
  return { text, asOf };
}

/** How the schema names an entity's stored search fields. */
const ENTITY_FIELD_NAMES: Record<(typeof SEARCH_FIELDS.entity)[number], string> = {
  name: 'name',
  description: 'description',
  street: 'address.street',
  city: 'address.city',
};

function entityHighlights(node: ActorRecord | ActionRecord | PlaceRecord, text: string): TextHighlight[] {
  const fields = node as unknown as Record<string, unknown>;
  // A description may be markdown: marked as the reader sees it, without the syntax.
  const shown = (f: string) => (f === 'description' && typeof fields[f] === 'string' ? markdownPlainText(fields[f]) : fields[f]);
  return highlightFields(SEARCH_FIELDS.entity.map((f) => [ENTITY_FIELD_NAMES[f], shown(f)] as const), text);
}

/** An article's searched fields as a reader sees them: the body without its markdown. */
function articleHighlights(node: ContentRecord, text: string): TextHighlight[] {
  return highlightFields(
    SEARCH_FIELDS.content.map((f) => [f, f === 'body' && typeof node.body === 'string' ? markdownPlainText(node.body) : node[f]] as const),
    text,
  );
}

export async function searchActorGroup(r: SearchReader, s: SearchRecord, first: number | null | undefined): Promise<SearchGroupRecord> {
  const page = await listActors(r.db, { filter: { text: s.text }, first: pageSize(first, SEARCH_GROUP_SIZE), asOf: s.asOf, access: r.access });
  return { totalCount: page.totalCount, hits: page.nodes.map((n) => ({ node: { ...n, asOf: s.asOf }, highlights: entityHighlights(n, s.text) })) };
}

export async function searchActionGroup(r: SearchReader, s: SearchRecord, first: number | null | undefined): Promise<SearchGroupRecord> {
  const page = await listActions(r.db, { filter: { text: s.text }, first: pageSize(first, SEARCH_GROUP_SIZE), asOf: s.asOf, access: r.access });
  return { totalCount: page.totalCount, hits: page.nodes.map((n) => ({ node: { ...n, asOf: s.asOf }, highlights: entityHighlights(n, s.text) })) };
}

export async function searchPlaceGroup(r: SearchReader, s: SearchRecord, first: number | null | undefined): Promise<SearchGroupRecord> {
  const found = await searchPlaces(r.db, { text: fullTextQuery(s.text, 'entity', 'text'), first: pageSize(first, SEARCH_GROUP_SIZE) });
  return { totalCount: found.totalCount, hits: found.nodes.map((n) => ({ node: { ...n, asOf: s.asOf }, highlights: entityHighlights(n, s.text) })) };
}

export async function searchArticleGroup(r: SearchReader, s: SearchRecord, first: number | null | undefined): Promise<SearchGroupRecord> {
  const found = await searchArticles(r.db, { text: fullTextQuery(s.text, 'content', 'text'), first: pageSize(first, SEARCH_GROUP_SIZE), access: r.access, now: r.now });
  return { totalCount: found.totalCount, hits: found.nodes.map((n) => ({ node: n, highlights: articleHighlights(n, s.text) })) };
}
