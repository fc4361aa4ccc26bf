// The write path shared by every entity type: slugs, creation, field updates, links and change records,
// all inside the caller's single transaction.
import { randomUUID } from 'node:crypto';
import type { Tx } from '../db/driver.js';
import { toPlain } from '../db/values.js';
import { badInput, conflict, notFound } from '../errors.js';
import { requireOne, requireVisible } from '../auth/lookup.js';
import { ACYCLIC, describeRule, isAllowed, type LinkType } from '../link/link-rules.js';
import { LINK_RIGHTS, RULES, isSpace, requireCreator, requireRole, type Author } from '../auth/rights.js';
import type { ContentLabel } from '../content/content.store.js';
import type { EntityRecord, EntityType } from '../records.js';
import { SLUG_PATTERN, foldText, searchTextOf, slugify } from '../shared/slug.js';
import { toRecord } from './entity.store.js';

type Props = Record<string, unknown> & { __typename: EntityType };

export interface ChangeInput {
  op: string;
  entityType: EntityType | ContentLabel | 'Comment' | 'Link' | 'Membership' | 'Invitation' | 'JoinRequest' | 'Person';
  entityId: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  /** Who made the change; null for the system. */
  personId: string | null;
  /** Entities the change is about, for per-entity and per-subtree history; default: the entity itself. */
  subjectIds?: string[];
}

/**
 * A change record's state as JSON, in one format whatever the caller holds: Neo4j temporal values
 * (parameters such as an action's `startsAt`), Dates and integers become what the API shows (ISO-8601
 * instants in UTC, numbers), never the driver's structs.
 */
function stateJson(state: Record<string, unknown> | null | undefined): string | null {
  return state ? JSON.stringify(toPlain(state)) : null;
}

/** A change record's statement parameters (states as JSON; the entity itself as subject by default). */
function changeParams(change: ChangeInput) {
  return {
    op: change.op,
    entityType: change.entityType,
    entityId: change.entityId,
    personId: change.personId,
    before: stateJson(change.before),
    after: stateJson(change.after),
    subjectIds: change.subjectIds ?? [change.entityId],
  };
}

/** Appends the change record of a mutation, in its transaction. */
export async function recordChange(tx: Tx, change: ChangeInput): Promise<number> {
  const [row] = await tx.run<{ seq: number }>('change/record-change', changeParams(change));
  return row!.seq;
}

/** Appends several change records of one mutation in one statement, in order (consecutive seq). */
export async function recordChanges(tx: Tx, changes: readonly ChangeInput[]): Promise<number[]> {
  if (changes.length === 0) return [];
  const rows = await tx.run<{ seq: number }>('change/record-changes', {
    changes: changes.map(changeParams),
  });
  return rows.map((r) => r.seq);
}

/**
 * The slug asked for (refused if malformed or taken), or a free one made from the name. Slugs are
 * unique per type across every entity, members-only ones included: a name whose slug is taken gets
 * the next free one without a word, and a slug asked for and taken is refused without saying by whom.
 */
export async function resolveSlug(tx: Tx, type: EntityType, name: string, wanted?: string | null): Promise<string> {
  if (wanted !== undefined && wanted !== null) {
    if (!SLUG_PATTERN.test(wanted) || wanted.length > 100) {
      throw badInput('slug', 'A slug has lowercase letters, digits and single hyphens only (at most 100 characters), for example "fete-de-la-musique".');
    }
    const taken = await tx.run<{ slug: string }>('entity/find-taken-slugs', { type, candidates: [wanted] });
    if (taken.length > 0) throw conflict('This slug is already taken: choose another one, or leave slug out to have one made from the name.', 'slug');
    return wanted;
  }
  const base = slugify(name);
  const candidates = [base, ...Array.from({ length: 19 }, (_, i) => `${base}-${i + 2}`)];
  const taken = new Set((await tx.run<{ slug: string }>('entity/find-taken-slugs', { type, candidates })).map((r) => r.slug));
  return candidates.find((c) => !taken.has(c)) ?? `${base}-${randomUUID().slice(0, 8)}`;
}

/** Checks that each id names an entity of the expected type that the author may see (api/auth/lookup.ts). */
export async function requireEntities(tx: Tx, by: Author, field: string, ids: readonly string[], type: EntityType): Promise<Map<string, EntityRecord>> {
  return requireEntityLists(tx, by, [[field, ids, type]]);
}

/**
 * requireEntities for several input lists (parentIds, placeIds, themeIds…) with one lookup: an id
 * that is unknown, hidden from the author or of another type is NOT_FOUND on its field.
 */
export async function requireEntityLists(tx: Tx, by: Author, lists: readonly (readonly [field: string, ids: readonly string[], type: EntityType])[]): Promise<Map<string, EntityRecord>> {
  return (await requireVisible(tx, by, lists.map(([field, ids, type]) => ({ field, ids, kinds: [type] })))) as Map<string, EntityRecord>;
}

/**
 * Creates an entity. Whoever creates a space (actor, action, partnership) becomes its MANAGER, in the
 * same transaction; themes and places remember their creator, who may edit them.
 */
export async function createEntity(
  tx: Tx,
  label: EntityType,
  props: Record<string, unknown>,
  by: Author,
  location: { latitude: number; longitude: number } | null = null,
): Promise<EntityRecord> {
  const name = String(props.name);
  const [row] = await tx.run<{ node: Props }>('entity/create-entity', {
    label,
    id: randomUUID(),
    props: { ...props, sortName: foldText(name), searchText: searchTextOf('entity', props), createdBy: by.personId },
    location,
    now: by.now,
  });
  const record = toRecord(row!.node);
  await recordChange(tx, { op: `create${label}`, entityType: label, entityId: record.id, after: { ...props, ...(location ? { location } : {}) }, personId: by.personId });
  if (by.personId && isSpace(record)) {
    const membershipId = randomUUID();
    await tx.run('member/create-membership', { id: membershipId, personId: by.personId, spaceId: record.id, role: 'MANAGER', since: by.now });
    await recordChange(tx, { op: 'createMembership', entityType: 'Membership', entityId: membershipId, after: { personId: by.personId, role: 'MANAGER' }, personId: by.personId, subjectIds: [record.id] });
  }
  return record;
}

/**
 * Applies the given fields after checking the author's right: EDITOR of a space, or creator of a
 * theme or place. Records only the fields whose value really changed.
 */
export async function updateEntity(
  tx: Tx,
  label: EntityType,
  id: string,
  props: Record<string, unknown>,
  by: Author,
  location: { latitude: number; longitude: number } | null = null,
): Promise<EntityRecord> {
  const current = await requireOne(tx, by, 'id', id, [label]);
  if (isSpace(current)) await requireRole(tx, by, [current], RULES.editSpace, `change this ${label.toLowerCase()}`);
  else requireCreator(by, current, `change this ${label.toLowerCase()}`);
  const now = by.now;
  const withSort = typeof props.name === 'string' ? { ...props, sortName: foldText(props.name) } : props;
  const rows = await tx.run<{ before: Record<string, unknown>; node: Props }>('entity/update-entity', { label, id, props: withSort, location, now });
  if (!rows[0]) throw notFound(label.toLowerCase(), id, 'id');
  const { before, node } = rows[0];
  await syncSearchText(tx, 'entity', node);
  const changedBefore: Record<string, unknown> = {};
  const changedAfter: Record<string, unknown> = {};
  const after = node as Record<string, unknown>;
  for (const key of [...Object.keys(props), ...(location ? ['location'] : [])]) {
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null)) {
      changedBefore[key] = before[key] ?? null;
      changedAfter[key] = after[key] ?? null;
    }
  }
  await recordChange(tx, { op: `update${label}`, entityType: label, entityId: id, before: changedBefore, after: changedAfter, personId: by.personId });
  return toRecord(node);
}

/**
 * Rebuilds a node's `searchText` from its fields as an update left them. Read back from the update
 * (which holds the node's write lock until commit), so concurrent updates of other fields are included;
 * written only when it changed.
 */
export async function syncSearchText(tx: Tx, kind: 'entity' | 'content', node: Record<string, unknown>): Promise<void> {
  const searchText = searchTextOf(kind, node);
  if (node.searchText !== searchText) await tx.run(`${kind}/set-search-text`, { id: node.id, searchText });
}

export interface NewLink {
  type: LinkType;
  fromId: string;
  toId: string;
  since: string | null;
  until: string | null;
}

/**
 * Creates links after checking each against the rules: allowed pair, the author's rights
 * (LINK_RIGHTS), dates in order, no duplicate current link, no cycle in a tree. `ends` must hold
 * both ends of every link (already loaded). `record: false` leaves the change records to a caller
 * that records the whole operation as one change (moveEntity).
 */
export async function createLinks(
  tx: Tx,
  links: NewLink[],
  ends: Map<string, EntityRecord>,
  by: Author,
  field = 'input',
  options: { record?: boolean } = {},
): Promise<{ id: string }[]> {
  if (links.length === 0) return [];
  for (const l of links) {
    const from = ends.get(l.fromId);
    const to = ends.get(l.toId);
    if (!from) throw notFound('entity', l.fromId, field === 'input' ? 'fromId' : field);
    if (!to) throw notFound('entity', l.toId, field === 'input' ? 'toId' : field);
    if (!isAllowed(l.type, from.__typename, to.__typename)) {
      throw badInput(field === 'input' ? 'type' : field, `A ${l.type} link goes ${describeRule(l.type)}; it cannot join a ${from.__typename.toLowerCase()} to a ${to.__typename.toLowerCase()}.`);
    }
    if (l.since && l.until && l.until <= l.since) throw badInput('until', 'The end of a link must come after its start (`until` after `since`).');
    await requireLinkRight(tx, by, l.type, from, to, 'create');
    const at = l.since ?? new Date().toISOString();
    const dup = await tx.run('link/find-current-links', { type: l.type, fromId: l.fromId, toId: l.toId, at });
    if (dup.length > 0) throw conflict(`${from.name} already has a current ${l.type} link to ${to.name}. End it first or give other dates.`, field === 'input' ? 'toId' : field);
    if (ACYCLIC.has(l.type)) {
      const [cycle] = await tx.run<{ found: boolean }>('link/find-path', { type: l.type, fromId: l.fromId, toId: l.toId });
      if (cycle?.found) {
        throw badInput(field === 'input' ? 'toId' : field, `Linking ${from.name} ${l.type} ${to.name} would create a cycle: ${to.name} is already part of ${from.name}.`);
      }
    }
  }
  const withIds = links.map((l) => ({ ...l, id: randomUUID() }));
  const rows = await tx.run<{ id: string }>('link/create-links', { links: withIds });
  if (options.record === false) return rows;
  // One statement for all the links' change records (one per link, in order), not one each.
  await recordChanges(
    tx,
    withIds.map((l) => ({
      op: 'createLink',
      entityType: 'Link',
      entityId: l.id,
      after: { type: l.type, fromId: l.fromId, toId: l.toId, since: l.since, until: l.until },
      personId: by.personId,
      subjectIds: [l.fromId, l.toId],
    })),
  );
  return rows;
}

/** Checks the author's right to create or end a link of this type between these ends (LINK_RIGHTS). */
export async function requireLinkRight(tx: Tx, by: Author, type: LinkType, from: EntityRecord, to: EntityRecord, op: 'create' | 'end'): Promise<void> {
  if (by.isAdmin) return;
  const rule = LINK_RIGHTS[type][op];
  const what = `${op} a ${type} link from "${from.name}" to "${to.name}"`;
  if (rule === 'creator') return requireCreator(by, from, what);
  if (rule === 'from') return requireRole(tx, by, [from], RULES.editSpace, what);
  if (rule === 'both') return requireRole(tx, by, [from, to], RULES.editSpace, what);
  // either end suffices
  try {
    await requireRole(tx, by, [from], RULES.editSpace, what);
  } catch {
    await requireRole(tx, by, [to], RULES.editSpace, what);
  }
}
