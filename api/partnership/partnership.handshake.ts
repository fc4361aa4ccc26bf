// The partnership handshake: an actor proposes a partnership to others, who accept or decline.
// Proposing creates the Partnership (status PROPOSED) with the proposer as its only party and an
// INVITED_TO record per invited actor. An invited actor is no party — it gives its managers no right
// on the partnership — until it accepts: then its PARTY_TO link starts. When every invited actor has
// accepted the partnership is ACTIVE; one refusal makes it DECLINED and ends its links (PARTY_TO,
// CONCERNS). createPartnership (direct creation by someone who edits every party) stays; its
// partnerships have no status and count as ACTIVE.
import { requireRole, requireSignedIn, type Author } from '../auth/rights.js';
import type { Db, Tx } from '../db/driver.js';
import { getEntitiesByIdsInTx } from '../entity/entity.store.js';
import { createEntity, createLinks, recordChange, requireEntityLists, resolveSlug } from '../entity/entity.write.js';
import { badInput, conflict } from '../errors.js';
import { requireOne, seeingAlso } from '../auth/lookup.js';
import { endLinksOf } from '../link/link.store.js';
import type { AnswerPartnershipInput, PartnershipStatus, PartyStatus, ProposePartnershipInput } from '../generated/graphql.js';
import type { EntityRecord, PartnershipRecord } from '../records.js';
import { checkName, checkText, instant } from '../shared/validate.js';

/** An actor's place in a partnership, as `PartnershipParty` shows it. */
export interface PartyRecord {
  actorId: string;
  status: PartyStatus;
  proposer: boolean;
}

const MAX_PARTNERS = 50;

export async function proposePartnership(db: Db, input: ProposePartnershipInput, by: Author): Promise<PartnershipRecord> {
  requireSignedIn(by, 'propose a partnership');
  const name = checkName('name', input.name)!;
  const partnerIds = input.partnerIds;
  if (partnerIds.length === 0) throw badInput('partnerIds', 'Invite at least one actor into the partnership.');
  if (partnerIds.length > MAX_PARTNERS) throw badInput('partnerIds', `A proposal invites ${MAX_PARTNERS} actors at most.`);
  if (partnerIds.includes(input.proposerId)) throw badInput('partnerIds', 'The proposing actor is a party already; invite other actors.');
  const since = instant(input.since);
  const until = instant(input.until);
  if (until && until <= (since ?? by.now)) throw badInput('until', 'The end of the partnership (until) must come after its start (since, or now).');
  return db.write(async (tx) => {
    // Every id first (the proposer, the invited actors, the actions), then the rights.
    const ends = new Map<string, EntityRecord>(
      await requireEntityLists(tx, by, [
        ['proposerId', [input.proposerId], 'Actor'],
        ['partnerIds', partnerIds, 'Actor'],
        ['actionIds', input.actionIds ?? [], 'Action'],
      ]),
    );
    const proposer = ends.get(input.proposerId)!;
    await requireRole(tx, by, [proposer], 'EDITOR', `propose partnerships for "${proposer.name}"`);
    const slug = await resolveSlug(tx, 'Partnership', name);
    // The author becomes the partnership's MANAGER (createEntity), so the links below pass their rights
    // on the partnership's side; on the other side, EDITOR on the proposer and on each action is checked.
    const p = (await createEntity(
      tx,
      'Partnership',
      { name, slug, description: checkText('description', input.description) ?? null, visibility: input.visibility ?? 'PUBLIC', status: 'PROPOSED', proposerId: proposer.id },
      by,
    )) as PartnershipRecord;
    ends.set(p.id, p);
    await createLinks(
      tx,
      [
        { type: 'PARTY_TO', fromId: proposer.id, toId: p.id, since: by.now, until },
        ...(input.actionIds ?? []).map((toId) => ({ type: 'CONCERNS' as const, fromId: p.id, toId, since: since ?? by.now, until })),
      ],
      ends,
      by,
      'actionIds',
    );
    await tx.run('partnership/create-partnership-invitations', { partnershipId: p.id, actorIds: partnerIds, since, until, now: by.now });
    for (const actorId of partnerIds) {
      await recordChange(tx, { op: 'proposePartnership', entityType: 'Partnership', entityId: p.id, after: { actorId, status: 'INVITED', since, until }, personId: by.personId, subjectIds: [p.id, actorId] });
    }
    return p;
  });
}

async function setStatus(tx: Tx, p: PartnershipRecord, status: PartnershipStatus, by: Author): Promise<void> {
  const [row] = await tx.run<{ before: PartnershipStatus | null }>('partnership/set-partnership-status', { id: p.id, status, now: by.now });
  await recordChange(tx, { op: 'updatePartnership', entityType: 'Partnership', entityId: p.id, before: { status: row?.before ?? null }, after: { status }, personId: by.personId });
}

async function reread(tx: Tx, id: string): Promise<PartnershipRecord> {
  return (await getEntitiesByIdsInTx(tx, [id])).get(id) as PartnershipRecord;
}

export async function answerPartnership(db: Db, input: AnswerPartnershipInput, by: Author): Promise<PartnershipRecord> {
  requireSignedIn(by, 'answer a partnership proposal');
  return db.write(async (tx) => {
    const actor = await requireOne(tx, by, 'actorId', input.actorId, ['Actor']);
    await requireRole(tx, by, [actor], 'EDITOR', `answer partnership proposals for "${actor.name}"`);
    const [invitation] = await tx.run<{ status: PartyStatus; since: string | null; until: string | null }>('partnership/find-partnership-invitation', {
      partnershipId: input.partnershipId,
      actorId: actor.id,
    });
    // The proposal shows to the editors of the actor it invites, members-only or not: they answer it.
    const p = (await requireOne(tx, invitation ? seeingAlso(by, [input.partnershipId]) : by, 'partnershipId', input.partnershipId, ['Partnership'])) as PartnershipRecord;
    if (!invitation) throw badInput('actorId', `"${actor.name}" was not invited into "${p.name}"; only invited actors answer a proposal.`);
    if (invitation.status !== 'INVITED') throw conflict(`"${actor.name}" already answered this proposal (${invitation.status}).`, 'actorId');
    if (p.status === 'DECLINED') throw conflict(`"${p.name}" was declined by another invited actor; the proposal is closed.`, 'partnershipId');
    const status = input.accept ? 'ACCEPTED' : 'DECLINED';
    const [answered] = await tx.run<{ waiting: number }>('partnership/answer-partnership-invitation', { partnershipId: p.id, actorId: actor.id, status, personId: by.personId, now: by.now });
    // Another answer for the same actor committed in between.
    if (!answered) throw conflict(`"${actor.name}" already answered this proposal.`, 'actorId');
    await recordChange(tx, { op: 'answerPartnership', entityType: 'Partnership', entityId: p.id, before: { actorId: actor.id, status: 'INVITED' }, after: { actorId: actor.id, status }, personId: by.personId, subjectIds: [p.id, actor.id] });
    if (!input.accept) {
      // A declined proposal is closed: its links end now, so it leaves every current view (the
      // proposer's page, partnerships by party, what reaches a space through it), while reads at an
      // earlier `asOf` and Entity.links keep its history.
      await endLinksOf(tx, p.id, ['PARTY_TO', 'CONCERNS'], by.now, by);
      await setStatus(tx, p, 'DECLINED', by);
      return reread(tx, p.id);
    }
    // The partnership consented when it was proposed, the actor now: both ends agree, so the link's
    // right check (EDITOR on both ends) is already met by the handshake itself.
    const consent: Author = { ...by, isAdmin: true };
    await createLinks(tx, [{ type: 'PARTY_TO', fromId: actor.id, toId: p.id, since: invitation.since ?? by.now, until: invitation.until }], new Map<string, EntityRecord>([[actor.id, actor], [p.id, p]]), consent, 'actorId');
    if (answered.waiting === 0) await setStatus(tx, p, 'ACTIVE', by);
    return reread(tx, p.id);
  });
}

/** Each actor invited into or taking part in each partnership, with its answer. */
export async function listPartnershipInvitations(db: Db, ids: readonly string[]): Promise<Map<string, PartyRecord[]>> {
  const rows = await db.query<{ id: string; invitations: PartyRecord[] }>('partnership/list-partnership-invitations', { ids });
  return new Map(rows.map((r) => [r.id, r.invitations]));
}
