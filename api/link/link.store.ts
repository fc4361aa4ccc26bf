// Links one at a time: creating, ending and moving them (createLink / endLink / moveEntity), reading
// one by id, an entity's links across time, and ending an entity's links when a write's own rules
// close them (a declined partnership proposal).
import type { Access } from '../auth/access.js';
import type { Db, Tx } from '../db/driver.js';
import type { Author } from '../auth/rights.js';
import { ENTITY_KINDS, requireVisible, requireVisibleLink } from '../auth/lookup.js';
import { forReader, toRecord } from '../entity/entity.store.js';
import { createLinks, recordChange, recordChanges, requireLinkRight } from '../entity/entity.write.js';
import { LINK_TYPES, MOVED_END, type LinkType } from '../link/link-rules.js';
import { badInput } from '../errors.js';
import type { CreateLinkInput, EndLinkInput, LinkDirection, MoveEntityInput } from '../generated/graphql.js';
import type { EntityRecord, EntityType, LinkHistoryRecord, LinkRecord, MoveRecord, Page } from '../records.js';
import { decodeCursor, pageSize, toPage } from '../shared/pagination.js';
import { instant } from '../shared/validate.js';

type Props = Record<string, unknown> & { __typename: EntityType };
interface LinkRow {
  id: string;
  type: LinkType;
  since: string | null;
  until: string | null;
  from: Props;
  to: Props;
}

/** What a link change record holds of a link, before and after: its kind, both ends and its dates. */
export type LinkState = {
  type: string;
  fromId: string;
  toId: string;
  since: string | null;
  until: string | null;
};

function stateOf(link: LinkRecord): LinkState {
  return { type: link.type, fromId: link.from.id, toId: link.to.id, since: link.since, until: link.until };
}

async function readLink(tx: Tx, id: string): Promise<LinkRecord | null> {
  const [row] = await tx.run<LinkRow>('link/get-link', { id });
  return row ? { id: row.id, type: row.type, since: row.since, until: row.until, from: toRecord(row.from), to: toRecord(row.to) } : null;
}

/**
 * A link by id, whatever its visibility: the caller checks that the reader may see both ends (the
 * resolver does, through the reader's entity loader, as Link.from and Link.to do).
 */
export function getLink(db: Db, id: string): Promise<LinkRecord | null> {
  return db.read((tx) => readLink(tx, id));
}

export async function createLink(db: Db, input: CreateLinkInput, by: Author): Promise<LinkRecord> {
  const since = instant(input.since) ?? by.now;
  const until = instant(input.until);
  return db.write(async (tx) => {
    const ends = (await requireVisible(tx, by, [
      { field: 'fromId', ids: [input.fromId], kinds: ENTITY_KINDS },
      { field: 'toId', ids: input.toId === input.fromId ? [] : [input.toId], kinds: ENTITY_KINDS },
    ])) as Map<string, EntityRecord>;
    const [created] = await createLinks(tx, [{ type: input.type, fromId: input.fromId, toId: input.toId, since, until }], ends, by);
    return (await readLink(tx, created!.id))!;
  });
}

export async function endLink(db: Db, input: EndLinkInput, by: Author): Promise<LinkRecord> {
  const until = instant(input.until) ?? by.now;
  return db.write(async (tx) => {
    const link = await requireVisibleLink(tx, by, 'linkId', await readLink(tx, input.linkId), input.linkId);
    if (link.until && link.until <= by.now) throw badInput('linkId', `This link already ended on ${link.until}.`);
    if (link.since && until <= link.since) throw badInput('until', `The end (until) must come after the link's start (${link.since}).`);
    await requireLinkRight(tx, by, link.type as LinkType, link.from, link.to, 'end');
    await tx.run('link/end-link', { id: link.id, type: link.type, fromId: link.from.id, toId: link.to.id, until });
    const ended = { ...link, until: new Date(until).toISOString() };
    await recordChange(tx, { op: 'endLink', entityType: 'Link', entityId: link.id, before: stateOf(link), after: stateOf(ended), personId: by.personId, subjectIds: [link.from.id, link.to.id] });
    return ended;
  });
}

/**
 * Moves an entity from one other end to another: ends the link valid at `at` and starts the new one
 * at the same instant, in one transaction, with the rights and checks of endLink and createLink, and
 * one change record from the old link to the new one.
 */
export async function moveEntity(db: Db, input: MoveEntityInput, by: Author): Promise<MoveRecord> {
  const at = instant(input.at) ?? by.now;
  const type = input.type as LinkType;
  if (input.toId === input.fromId) throw badInput('toId', 'The new end (toId) is the current one (fromId): there is nothing to move.');
  // Which way the link points: the moved entity is its `from` end, or its `to` end (CARRIES…).
  const ends = (other: string) => (MOVED_END[type] === 'from' ? { fromId: input.id, toId: other } : { fromId: other, toId: input.id });
  return db.write(async (tx) => {
    const found = (await requireVisible(tx, by, [
      { field: 'id', ids: [input.id], kinds: ENTITY_KINDS },
      { field: 'fromId', ids: [input.fromId], kinds: ENTITY_KINDS },
      { field: 'toId', ids: [input.toId], kinds: ENTITY_KINDS },
    ])) as Map<string, EntityRecord>;
    const old = ends(input.fromId);
    const [current] = await tx.run<{ id: string }>('link/find-link-at', { type, ...old, at });
    if (!current) {
      const [a, b] = [found.get(old.fromId)!, found.get(old.toId)!];
      throw badInput('fromId', `"${a.name}" has no ${type} link to "${b.name}" valid on ${at}, so there is nothing to move.`);
    }
    const link = (await readLink(tx, current.id))!;
    if (link.since && at <= link.since) throw badInput('at', `The move (at) must come after the current link's start (${link.since}).`);
    await requireLinkRight(tx, by, type, link.from, link.to, 'end');
    await tx.run('link/end-link', { id: link.id, type, fromId: link.from.id, toId: link.to.id, until: at });
    // The new link passes every check of createLink (allowed pair, rights, duplicate, cycle); the
    // move is one change, recorded below, not an end and a creation.
    const [created] = await createLinks(tx, [{ type, ...ends(input.toId), since: at, until: null }], found, by, 'toId', { record: false });
    const started = (await readLink(tx, created!.id))!;
    await recordChange(tx, {
      op: 'moveLink',
      entityType: 'Link',
      entityId: started.id,
      before: { id: link.id, ...stateOf(link) },
      after: { id: started.id, ...stateOf(started) },
      personId: by.personId,
      subjectIds: [input.id, input.fromId, input.toId],
    });
    return { endedLink: { ...link, until: new Date(at).toISOString() }, link: started };
  });
}

/**
 * Ends, at `at`, every link of `types` the entity has that has not ended by then (a link that would
 * only start later ends when it starts), with an endLink change record each. No rights are checked:
 * for a write whose own rules close the links, such as a declined partnership proposal.
 */
export async function endLinksOf(tx: Tx, entityId: string, types: readonly LinkType[], at: string, by: Author): Promise<LinkState[]> {
  const rows = await tx.run<LinkState & { id: string; before: string | null }>('link/end-links-of', { id: entityId, types, at });
  await recordChanges(
    tx,
    rows.map(({ id, before, ...state }) => ({
      op: 'endLink',
      entityType: 'Link',
      entityId: id,
      before: { ...state, until: before },
      after: state,
      personId: by.personId,
      subjectIds: [state.fromId, state.toId],
    })),
  );
  return rows;
}

export interface LinkHistoryQuery {
  types: LinkType[] | null;
  direction: LinkDirection | null;
  first: number | null;
  after: string | null;
}

/** A history cursor's key is the last link's start: an ISO instant, or null for an undated one. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/;

/** The links of several entities across time (Entity.links), a page each, in one statement. */
export async function listLinkHistory(db: Db, ids: readonly string[], q: LinkHistoryQuery, access: Access): Promise<Map<string, Page<LinkHistoryRecord>>> {
  const limit = pageSize(q.first, 50);
  const after = decodeCursor(q.after);
  if (after && !(after.k === null || (typeof after.k === 'string' && ISO_INSTANT.test(after.k) && !Number.isNaN(Date.parse(after.k))))) {
    throw badInput('after', 'The cursor belongs to another list: pass the `endCursor` of a previous page of this list, unchanged.');
  }
  const types = q.types && q.types.length > 0 ? q.types : LINK_TYPES;
  const rows = await db.query<{ id: string; total: number; links: (Omit<LinkHistoryRecord, 'node'> & { node: Props })[] }>('link/list-link-history', {
    ids,
    types,
    direction: q.direction,
    access,
    after,
    limit: limit + 1,
  });
  return new Map(
    rows.map((r) => {
      const links = r.links.map((l) => ({ ...l, node: forReader(l.node, access) }));
      return [r.id, toPage(links, limit, r.total, (l) => l.since)];
    }),
  );
}
