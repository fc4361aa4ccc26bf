// Actors: creation with their first links, field updates, filtered lists, and the batched reads of an
// actor's page (next actions, size of the subtree).
import type { Access } from '../auth/access.js';
import type { Db } from '../db/driver.js';
import { requireSignedIn, type Author } from '../auth/rights.js';
import { toRecord } from '../entity/entity.store.js';
import { createEntity, createLinks, requireEntityLists, resolveSlug, updateEntity } from '../entity/entity.write.js';
import type { ActorFilter, ActorSort, CreateActorInput, UpdateActorInput } from '../generated/graphql.js';
import { badInput } from '../errors.js';
import type { ActorRecord, EntityRecord, LinkedRecord, ListPage } from '../records.js';
import { checkBbox, fullTextQuery, nullIfEmpty, runFacets, runList, type ListArgs } from '../shared/list.js';
import { checkEmail, checkName, checkPhone, checkText, checkUrl, instant } from '../shared/validate.js';

export async function createActor(db: Db, input: CreateActorInput, by: Author): Promise<ActorRecord> {
  requireSignedIn(by, 'create an actor');
  const name = checkName('name', input.name)!;
  const since = instant(input.since) ?? by.now;
  const props = {
    name,
    kind: input.kind,
    description: checkText('description', input.description) ?? null,
    website: checkUrl('website', input.website) ?? null,
    contactEmail: checkEmail('contactEmail', input.contactEmail) ?? null,
    contactPhone: checkPhone('contactPhone', input.contactPhone) ?? null,
    contactVisibility: input.contactVisibility ?? 'MEMBERS',
    visibility: input.visibility ?? 'PUBLIC',
  };
  return db.write(async (tx) => {
    const ends = new Map<string, EntityRecord>(
      await requireEntityLists(tx, by, [
        ['parentIds', input.parentIds ?? [], 'Actor'],
        ['placeIds', input.placeIds ?? [], 'Place'],
        ['themeIds', input.themeIds ?? [], 'Theme'],
      ]),
    );
    const slug = await resolveSlug(tx, 'Actor', name, input.slug);
    const actor = (await createEntity(tx, 'Actor', { ...props, slug }, by)) as ActorRecord;
    ends.set(actor.id, actor);
    await createLinks(
      tx,
      [
        ...(input.parentIds ?? []).map((toId) => ({ type: 'PART_OF' as const, fromId: actor.id, toId, since, until: null })),
        ...(input.placeIds ?? []).map((toId) => ({ type: 'LOCATED_AT' as const, fromId: actor.id, toId, since, until: null })),
        ...(input.themeIds ?? []).map((toId) => ({ type: 'TAGGED' as const, fromId: actor.id, toId, since, until: null })),
      ],
      ends,
      by,
      'parentIds',
    );
    return actor;
  });
}

export async function updateActor(db: Db, input: UpdateActorInput, by: Author): Promise<ActorRecord> {
  const props: Record<string, unknown> = {};
  if (input.name !== undefined) props.name = requiredName(input.name);
  if (input.kind !== undefined && input.kind !== null) props.kind = input.kind;
  if (input.description !== undefined) props.description = checkText('description', input.description);
  if (input.website !== undefined) props.website = checkUrl('website', input.website);
  if (input.contactEmail !== undefined) props.contactEmail = checkEmail('contactEmail', input.contactEmail);
  if (input.contactPhone !== undefined) props.contactPhone = checkPhone('contactPhone', input.contactPhone);
  if (input.contactVisibility != null) props.contactVisibility = input.contactVisibility;
  if (input.visibility !== undefined && input.visibility !== null) props.visibility = input.visibility;
  return db.write(async (tx) => (await updateEntity(tx, 'Actor', input.id, props, by)) as ActorRecord);
}

export function requiredName(name: string | null): string {
  if (name === null) throw badInput('name', 'name cannot be removed.');
  return checkName('name', name)!;
}

/** The parameters of cypher/actor/actor-filters for a filter (its text aside): lists, facets and the map. */
export function actorFilterParams(f: ActorFilter) {
  return {
    kinds: nullIfEmpty(f.kinds),
    partOfId: f.partOfId ?? null,
    themeIds: nullIfEmpty(f.themeIds),
    territoryIds: nullIfEmpty(f.territoryIds),
    bbox: checkBbox(f.bbox),
    accessibility: nullIfEmpty(f.accessibility),
  };
}

export async function listActors(
  db: Db,
  args: ListArgs & { filter?: ActorFilter | null; sort?: ActorSort | null; asOf: string },
): Promise<ListPage<ActorRecord>> {
  const f = args.filter ?? {};
  const text = f.text !== undefined && f.text !== null ? fullTextQuery(f.text) : null;
  const sort = args.sort ?? (text ? 'RELEVANCE' : 'NAME');
  if (sort === 'RELEVANCE' && !text) throw badInput('sort', 'RELEVANCE ordering needs a search text (filter.text).');
  if (text && sort !== 'RELEVANCE') throw badInput('sort', 'With a search text, actors are ordered by RELEVANCE.');
  const params = { asOf: args.asOf, text, ...actorFilterParams(f) };
  // A search counts its facets in its one statement; other lists count them apart, only when asked.
  if (text) return runList<ActorRecord>(db, 'actor/search-actors', params, args, 'score');
  const [page, facets] = await Promise.all([runList<ActorRecord>(db, 'actor/list-actors', params, args, 'name'), runFacets(db, 'actor/count-actor-facets', params, args)]);
  return facets ? { ...page, facets } : page;
}

/** What an actor's next actions are read with: one DataLoader per distinct value (api/context.ts). */
export interface UpcomingActionsQuery {
  types: ('CARRIES' | 'TAKES_PART_IN')[];
  from: string;
  limit: number;
  asOf: string;
}

/** Next actions of several actors in one round trip, soonest first, at most `limit` each. */
export async function listUpcomingActions(db: Db, ids: readonly string[], q: UpcomingActionsQuery, access: Access): Promise<Map<string, LinkedRecord[]>> {
  const rows = await db.query<{ id: string; type: string; link: LinkedRecord['link']; node: Parameters<typeof toRecord>[0] }>('actor/list-upcoming-actions', { ids, ...q, access });
  const out = new Map<string, LinkedRecord[]>();
  for (const r of rows) {
    const list = out.get(r.id) ?? [];
    list.push({ node: toRecord(r.node), link: r.link, type: r.type });
    out.set(r.id, list);
  }
  return out;
}

/** Number of distinct entities below each of several entities, up to `depth` PART_OF levels, in one round trip. */
export async function countDescendants(db: Db, ids: readonly string[], q: { depth: number; asOf: string }, access: Access): Promise<Map<string, number>> {
  const rows = await db.query<{ id: string; count: number }>('actor/count-descendants', { ids, ...q, access });
  return new Map(rows.map((r) => [r.id, r.count]));
}
