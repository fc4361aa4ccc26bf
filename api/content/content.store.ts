// Content items (pages, articles, announcements, media, tasks, ideas, messages): one storage shape for
// all kinds — a (:Content:<Kind>) node IN_SPACE of the space it is posted in — one write path with
// rights and audit, and one listing that walks the graph so an item shows everywhere it belongs.
import { randomUUID } from 'node:crypto';
import { RULES, requireRole, type Author, type Role } from '../auth/rights.js';
import type { Access } from '../auth/access.js';
import { SPACE_KINDS, foundAs, requireOne, requireVisible, type Want } from '../auth/lookup.js';
import type { Db, Tx } from '../db/driver.js';
import { dateTimeParam } from '../db/values.js';
import { recordChange, syncSearchText } from '../entity/entity.write.js';
import { badInput } from '../errors.js';
import type { ContentFilter, ContentKind } from '../generated/graphql.js';
import { requireSpace } from '../member/member.store.js';
import type { EntityRecord, Page } from '../records.js';
import { checkBbox, containsWords, nullIfEmpty, type TextSearch } from '../shared/list.js';
import { decodeCursor, encodeCursor, pageSize } from '../shared/pagination.js';
import { searchTextOf } from '../shared/slug.js';
import { instant } from '../shared/validate.js';

/** Node label of each kind (closed list: labels reach Cypher only from here). */
export const CONTENT_LABELS = {
  PAGE: 'Page',
  ARTICLE: 'Article',
  ANNOUNCEMENT: 'Announcement',
  MEDIA: 'Media',
  TASK: 'Task',
  IDEA: 'Idea',
  MESSAGE: 'Message',
} as const satisfies Record<ContentKind, string>;
export type ContentLabel = (typeof CONTENT_LABELS)[ContentKind];

/** Relationship type of each kind of content link, and the type of entity it points to (closed list). */
export const CONTENT_LINKS = {
  themes: { type: 'TAGGED', target: 'Theme' },
  places: { type: 'AT_PLACE', target: 'Place' },
  actions: { type: 'ABOUT_ACTION', target: 'Action' },
  media: { type: 'HAS_MEDIA', target: 'Media' },
  cover: { type: 'HAS_COVER', target: 'Media' },
  assignees: { type: 'ASSIGNED_TO', target: 'Person' },
} as const;
export type ContentLinkKind = keyof typeof CONTENT_LINKS;

export interface ContentRecord {
  __typename: ContentLabel;
  id: string;
  kind: ContentKind;
  spaceId: string;
  authorId: string | null;
  visibility: 'PUBLIC' | 'MEMBERS';
  createdAt: string;
  updatedAt: string;
  sortAt: string;
  title?: string | null;
  body?: string | null;
  [field: string]: unknown;
}

/** A page of content items (ContentConnection). */
export type ContentPage = Page<ContentRecord>;

const LABEL_KIND = Object.fromEntries(Object.entries(CONTENT_LABELS).map(([k, l]) => [l, k])) as Record<ContentLabel, ContentKind>;

export function toContentRecord(props: Record<string, unknown>): ContentRecord {
  const { searchText: _s, score: _score, ...rest } = props;
  const kind = rest.kind as ContentKind;
  return { ...rest, __typename: CONTENT_LABELS[kind] } as ContentRecord;
}

export function labelKind(label: ContentLabel): ContentKind {
  return LABEL_KIND[label];
}

/**
 * What the author's lookup checks of an item's link targets: each must be visible to the author and of
 * the link's target type (people, the assignees, are checked by their own rule: members of the space).
 */
function targetWants(links: Partial<Record<ContentLinkKind, readonly string[]>>): Want[] {
  return (Object.entries(links) as [ContentLinkKind, readonly string[]][])
    .filter(([kind]) => CONTENT_LINKS[kind].target !== 'Person')
    .map(([kind, ids]) => ({ field: kind === 'cover' ? 'coverId' : `${kind.replace(/s$/, '')}Ids`, ids, kinds: [CONTENT_LINKS[kind].target as 'Theme' | 'Place' | 'Action' | 'Media'] }));
}

async function setLinks(tx: Tx, id: string, links: Partial<Record<ContentLinkKind, readonly string[]>>): Promise<void> {
  for (const [kind, ids] of Object.entries(links) as [ContentLinkKind, readonly string[]][]) {
    await tx.run('content/set-content-links', { id, type: CONTENT_LINKS[kind].type, targetIds: ids });
  }
}

/** Instants of content kinds, stored as Neo4j datetimes so ranges and ordering compare instants. */
const DATE_FIELDS = ['publishedAt', 'expiresAt', 'dueAt'];

function storable(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, DATE_FIELDS.includes(k) && typeof v === 'string' ? dateTimeParam(v) : v]));
}

export interface CreateContentArgs {
  kind: ContentKind;
  spaceId: string;
  props: Record<string, unknown>;
  links?: Partial<Record<ContentLinkKind, readonly string[]>>;
  /** Minimum effective role in the space to post this kind. */
  minRole: Role;
  what: string;
}

/** Creates an item, inside the caller's transaction: the space and targets, rights, node, links, change record. */
export async function createContent(tx: Tx, args: CreateContentArgs, by: Author): Promise<ContentRecord> {
  const links = args.links ?? {};
  const found = await requireVisible(tx, by, [{ field: 'spaceId', ids: [args.spaceId], kinds: SPACE_KINDS }, ...targetWants(links)]);
  const space = foundAs(found, args.spaceId, SPACE_KINDS);
  await requireRole(tx, by, [space], args.minRole, `${args.what} in "${space.name}"`);
  const id = randomUUID();
  const props = { ...storable(args.props), kind: args.kind, authorId: by.personId, searchText: searchTextOf('content', args.props) };
  const [row] = await tx.run<{ node: Record<string, unknown> }>('content/create-content', { label: CONTENT_LABELS[args.kind], id, spaceId: space.id, props, now: by.now });
  await setLinks(tx, id, links);
  await recordChange(tx, {
    op: `create${CONTENT_LABELS[args.kind]}`,
    entityType: CONTENT_LABELS[args.kind],
    entityId: id,
    after: { ...args.props, ...links },
    personId: by.personId,
    subjectIds: [space.id, ...(links.actions ?? [])],
  });
  return toContentRecord(row!.node);
}

/** Node labels of content kinds, as the lookup names them. */
export function contentLabels(kinds: readonly ContentKind[]): ContentLabel[] {
  return kinds.map((k) => CONTENT_LABELS[k]);
}

/** The item, of the expected kind, if the author may see it; else NOT_FOUND naming the field (api/auth/lookup.ts). */
export async function requireContent(tx: Tx, by: Author, id: string, kind: ContentKind | ContentKind[], field = 'id'): Promise<ContentRecord> {
  return requireOne(tx, by, field, id, contentLabels(Array.isArray(kind) ? kind : [kind]));
}

export interface UpdateContentArgs {
  props: Record<string, unknown>;
  links?: Partial<Record<ContentLinkKind, readonly string[]>>;
  /** Minimum effective role in the item's own space; the author may also edit when `authorMayEdit`. */
  minRole: Role;
  authorMayEdit?: boolean;
  what: string;
}

/** Changes an item: only its own space (and the spaces above it) may, never a space it merely reaches. */
export async function updateContent(tx: Tx, item: ContentRecord, args: UpdateContentArgs, by: Author): Promise<ContentRecord> {
  const links = args.links ?? {};
  const found = await requireVisible(tx, by, [{ field: 'id', ids: [item.spaceId], kinds: SPACE_KINDS }, ...targetWants(links)]);
  const space = foundAs(found, item.spaceId, SPACE_KINDS);
  if (!(args.authorMayEdit && by.personId !== null && item.authorId === by.personId)) {
    await requireRole(tx, by, [space], args.minRole, `${args.what} in "${space.name}"`);
  }
  const [row] = await tx.run<{ before: Record<string, unknown>; node: Record<string, unknown> }>('content/update-content', {
    id: item.id,
    props: storable(args.props),
    now: by.now,
  });
  await syncSearchText(tx, 'content', row!.node);
  await setLinks(tx, item.id, links);
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const key of Object.keys(args.props)) {
    if (JSON.stringify(row!.before[key] ?? null) !== JSON.stringify(row!.node[key] ?? null)) {
      before[key] = row!.before[key] ?? null;
      after[key] = row!.node[key] ?? null;
    }
  }
  for (const [k, ids] of Object.entries(links)) after[k] = ids;
  await recordChange(tx, { op: `update${item.__typename}`, entityType: item.__typename, entityId: item.id, before, after, personId: by.personId, subjectIds: [item.spaceId] });
  return toContentRecord(row!.node);
}

export async function placeContent(db: Db, input: { spaceId: string; itemId: string; placement: 'FEATURED' | 'HIDDEN' | 'NORMAL' }, by: Author): Promise<boolean> {
  return db.write(async (tx) => {
    const found = await requireVisible(tx, by, [
      { field: 'spaceId', ids: [input.spaceId], kinds: SPACE_KINDS },
      { field: 'itemId', ids: [input.itemId], kinds: Object.values(CONTENT_LABELS) },
    ]);
    const space = foundAs(found, input.spaceId, SPACE_KINDS);
    await requireRole(tx, by, [space], RULES.editSpace, `feature or hide items in "${space.name}"`);
    await tx.run('content/place-content', input);
    await recordChange(tx, { op: 'placeContent', entityType: space.__typename, entityId: space.id, after: { itemId: input.itemId, placement: input.placement }, personId: by.personId });
    return true;
  });
}

export async function listContent(
  db: Db,
  args: { kind: ContentKind; spaceId?: string | null; filter?: ContentFilter | null; first?: number | null; after?: string | null; asOf: string; access: Access; now: string },
): Promise<ContentPage> {
  const f = args.filter ?? {};
  const limit = pageSize(args.first, 20);
  const after = decodeCursor(args.after);
  if (after && (typeof after.k !== 'string' || Number.isNaN(Date.parse(after.k)))) throw badInput('after', 'The cursor belongs to another list: pass the `endCursor` of a previous page of this list, unchanged.');
  const from = instant(f.from);
  const to = instant(f.to);
  if (from && to && to < from) throw badInput('filter.to', 'filter.to must not be before filter.from.');
  if (f.featuredOnly && !args.spaceId) throw badInput('filter.featuredOnly', 'featuredOnly needs a spaceId: items are featured by a space.');
  const [row] = await db.read(async (tx) => {
    // A space the reader may not see is answered as one that does not exist: NOT_FOUND, not an empty list.
    if (args.spaceId != null) await requireSpace(tx, { access: args.access, personId: null, now: args.now }, args.spaceId);
    return tx.run<{ total: number; nodes: Record<string, unknown>[] }>('content/list-content', {
      kind: args.kind,
      spaceId: args.spaceId ?? null,
      asOf: args.asOf,
      access: args.access,
      now: args.now,
      from,
      to,
      territoryIds: nullIfEmpty(f.territoryIds),
      bbox: checkBbox(f.bbox),
      themeIds: nullIfEmpty(f.themeIds),
      text: containsWords(f.text),
      featuredOnly: f.featuredOnly ?? null,
      includeExpired: f.includeExpired ?? false,
      announcementType: f.announcementType ?? null,
      taskStatuses: nullIfEmpty(f.taskStatuses),
      ideaStatuses: nullIfEmpty(f.ideaStatuses),
      after,
      limit: limit + 1,
    });
  });
  const nodes = (row?.nodes ?? []).map(toContentRecord);
  const page = nodes.slice(0, limit);
  const last = page[page.length - 1];
  return {
    nodes: page,
    totalCount: row?.total ?? 0,
    pageInfo: { hasNextPage: nodes.length > limit, endCursor: last ? encodeCursor({ k: last.sortAt, id: last.id }) : null },
  };
}

export async function getContentByIds(db: Db, ids: readonly string[], access: Access, now: string): Promise<Map<string, ContentRecord>> {
  const rows = await db.query<{ id: string; node: Record<string, unknown> }>('content/get-content-by-ids', { ids, access, now });
  return new Map(rows.map((r) => [r.id, toContentRecord(r.node)]));
}

/** Targets of items' links of one type, each only if the reader would see it read directly (a cover of another space, say). */
export async function listContentLinks(db: Db, ids: readonly string[], type: string, access: Access, now: string): Promise<Map<string, (EntityRecord | ContentRecord)[]>> {
  const rows = await db.query<{ id: string; target: Record<string, unknown> & { __typename: string } }>('content/list-content-links', { ids, type, access, now });
  const out = new Map<string, (EntityRecord | ContentRecord)[]>();
  for (const r of rows) {
    const t = r.target;
    const record = 'kind' in t && (t.kind as string) in CONTENT_LABELS && !('slug' in t) ? toContentRecord(t) : (t as unknown as EntityRecord);
    out.set(r.id, [...(out.get(r.id) ?? []), record]);
  }
  return out;
}

/**
 * Articles matching a full-text search over the content indexes (fullTextQuery(text, 'content')), best
 * first: the first `first` and the total, both of what the reader may see only.
 */
export async function searchArticles(db: Db, args: { text: TextSearch; first: number; access: Access; now: string }): Promise<{ totalCount: number; nodes: ContentRecord[] }> {
  const [row] = await db.query<{ total: number; nodes: Record<string, unknown>[] }>('content/search-articles', { text: args.text, limit: args.first, access: args.access, now: args.now });
  return { totalCount: row?.total ?? 0, nodes: (row?.nodes ?? []).map((n) => toContentRecord(n)) };
}
