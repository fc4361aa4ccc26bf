// Actors: creation with their first links, field updates, filtered lists.
import type { Db } from '../db/driver.js';
import { requireSignedIn, type Author } from '../auth/rights.js';
import { createEntity, createLinks, requireEntities, resolveSlug, updateEntity } from '../entity/entity.write.js';
import type { ActorFilter, ActorSort, CreateActorInput, UpdateActorInput } from '../generated/graphql.js';
import { badInput } from '../errors.js';
import type { ActorRecord, EntityRecord, Page } from '../records.js';
import { checkBbox, fullTextQuery, nullIfEmpty, runList, type ListArgs } from '../shared/list.js';
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
    const ends = new Map<string, EntityRecord>([
      ...(await requireEntities(tx, 'parentIds', input.parentIds ?? [], 'Actor')),
      ...(await requireEntities(tx, 'placeIds', input.placeIds ?? [], 'Place')),
      ...(await requireEntities(tx, 'themeIds', input.themeIds ?? [], 'Theme')),
    ]);
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

export async function listActors(
  db: Db,
  args: ListArgs & { filter?: ActorFilter | null; sort?: ActorSort | null; asOf: string },
): Promise<Page<ActorRecord>> {
  const f = args.filter ?? {};
  const text = f.text !== undefined && f.text !== null ? fullTextQuery(f.text) : null;
  const sort = args.sort ?? (text ? 'RELEVANCE' : 'NAME');
  if (sort === 'RELEVANCE' && !text) throw badInput('sort', 'RELEVANCE ordering needs a search text (filter.text).');
  if (text && sort !== 'RELEVANCE') throw badInput('sort', 'With a search text, actors are ordered by RELEVANCE.');
  const params = {
    asOf: args.asOf,
    text,
    kinds: nullIfEmpty(f.kinds),
    partOfId: f.partOfId ?? null,
    themeIds: nullIfEmpty(f.themeIds),
    territoryIds: nullIfEmpty(f.territoryIds),
    bbox: checkBbox(f.bbox),
  };
  return text
    ? runList<ActorRecord>(db, 'actor/search-actors', params, args, 'score')
    : runList<ActorRecord>(db, 'actor/list-actors', params, args, 'name');
}
