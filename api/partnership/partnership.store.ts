// Partnerships: a node of their own joining two or more actors (PARTY_TO), tied to actions (CONCERNS).
import type { Db } from '../db/driver.js';
import { requireSignedIn, type Author } from '../auth/rights.js';
import { createEntity, createLinks, requireEntityLists, resolveSlug, updateEntity } from '../entity/entity.write.js';
import { badInput } from '../errors.js';
import type { CreatePartnershipInput, PartnershipFilter, UpdatePartnershipInput } from '../generated/graphql.js';
import { requiredName } from '../actor/actor.store.js';
import type { EntityRecord, Page, PartnershipRecord } from '../records.js';
import { containsText, runList, type ListArgs } from '../shared/list.js';
import { checkName, checkText, instant } from '../shared/validate.js';

export async function createPartnership(db: Db, input: CreatePartnershipInput, by: Author): Promise<PartnershipRecord> {
  requireSignedIn(by, 'create a partnership');
  const name = checkName('name', input.name)!;
  if (input.partyIds.length < 2) throw badInput('partyIds', 'A partnership needs at least two different actors.');
  const since = instant(input.since) ?? by.now;
  const until = instant(input.until);
  if (until && until <= since) throw badInput('until', 'The end of the partnership (until) must come after its start (since).');
  return db.write(async (tx) => {
    const ends = new Map<string, EntityRecord>(
      await requireEntityLists(tx, by, [
        ['partyIds', input.partyIds, 'Actor'],
        ['actionIds', input.actionIds ?? [], 'Action'],
        ['themeIds', input.themeIds ?? [], 'Theme'],
      ]),
    );
    const slug = await resolveSlug(tx, 'Partnership', name, input.slug);
    const p = (await createEntity(
      tx,
      'Partnership',
      { name, slug, description: checkText('description', input.description) ?? null, visibility: input.visibility ?? 'PUBLIC' },
      by,
    )) as PartnershipRecord;
    ends.set(p.id, p);
    await createLinks(
      tx,
      [
        ...input.partyIds.map((fromId) => ({ type: 'PARTY_TO' as const, fromId, toId: p.id, since, until })),
        ...(input.actionIds ?? []).map((toId) => ({ type: 'CONCERNS' as const, fromId: p.id, toId, since, until })),
        ...(input.themeIds ?? []).map((toId) => ({ type: 'TAGGED' as const, fromId: p.id, toId, since, until: null })),
      ],
      ends,
      by,
      'partyIds',
    );
    return p;
  });
}

export async function updatePartnership(db: Db, input: UpdatePartnershipInput, by: Author): Promise<PartnershipRecord> {
  const props: Record<string, unknown> = {};
  if (input.name !== undefined) props.name = requiredName(input.name);
  if (input.description !== undefined) props.description = checkText('description', input.description);
  if (input.visibility != null) props.visibility = input.visibility;
  return db.write(async (tx) => (await updateEntity(tx, 'Partnership', input.id, props, by)) as PartnershipRecord);
}

export function listPartnerships(db: Db, args: ListArgs & { filter?: PartnershipFilter | null; asOf: string }): Promise<Page<PartnershipRecord>> {
  const f = args.filter ?? {};
  return runList<PartnershipRecord>(db, 'partnership/list-partnerships', { asOf: args.asOf, text: containsText(f.text), partyId: f.partyId ?? null }, args, 'name');
}
