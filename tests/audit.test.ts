// The audit log: every mutation leaves one change record per change, written in its own transaction,
// attributed to the person, numbered in commit order; failed mutations leave none; the log is read
// under the rights of docs/rights.md; and replaying its link records gives back the graph as of any date.
import { describe, expect, it } from 'vitest';
import { uid, useTestApi, type GraphQLResponse } from './helpers/api.js';
import { createClient } from './helpers/client.js';
import { testDb } from './helpers/db.js';
import { buildAction } from './factories/actions.js';
import { buildActor } from './factories/actors.js';
import { buildLink, endLink, partOfLinkId } from './factories/links.js';
import { addMember, signedIn, type Someone } from './factories/people.js';
import { buildPlace } from './factories/places.js';
import { buildTheme } from './factories/themes.js';
import type { Built, Writer } from './factories/write.js';

const api = useTestApi();
const db = testDb();

interface Change {
  seq: number;
  at: string;
  operation: string;
  entityType: string;
  entityId: string;
  person: { id: string } | null;
  before: string | null;
  after: string | null;
}

interface ChangePage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Change[];
}

interface ChangeFilter {
  entityId?: string;
  subtreeOf?: string;
  personId?: string;
  from?: string;
  to?: string;
}

const CHANGES = `query($filter: ChangeFilter, $first: Int, $after: String) {
  changes(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { seq at operation entityType entityId person { id } before after }
  }
}`;

type Send = Pick<Someone, 'gql'>;

function changesRes(who: Send, filter: ChangeFilter | null, first = 100, after?: string): Promise<GraphQLResponse<{ changes: ChangePage }>> {
  return who.gql<{ changes: ChangePage }>(CHANGES, { filter, first, after });
}

/** The records matching the filter, newest first (one page of up to 100). */
async function changes(who: Writer, filter: ChangeFilter | null, first = 100): Promise<Change[]> {
  return (await who.ok<{ changes: ChangePage }>(CHANGES, { filter, first })).changes.nodes;
}

const json = (s: string | null): Record<string, unknown> | null => (s === null ? null : (JSON.parse(s) as Record<string, unknown>));

function expectRefused(res: GraphQLResponse<unknown>, code: string, ...fragments: string[]): void {
  expect(res.errors, JSON.stringify(res)).toHaveLength(1);
  expect(res.errors![0]!.extensions?.code, JSON.stringify(res.errors)).toBe(code);
  for (const fragment of fragments) expect(res.errors![0]!.message).toContain(fragment);
}

const UPDATE_ACTOR = `mutation($input: UpdateActorInput!) { updateActor(input: $input) { actor { id description } } }`;
const CREATE_LINK = `mutation($input: CreateLinkInput!) { createLink(input: $input) { link { id } } }`;
const END_LINK = `mutation($input: EndLinkInput!) { endLink(input: $input) { link { id } } }`;
const INVITE = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { invitation { id } token } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { membership { id } } }`;
const REQUEST = `mutation($input: RequestToJoinInput!) { requestToJoin(input: $input) { joinRequest { id } } }`;
const ANSWER = `mutation($input: AnswerJoinRequestInput!) { answerJoinRequest(input: $input) { joinRequest { id status } } }`;
const CHANGE_ROLE = `mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { membership { id } } }`;
const END_MEMBERSHIP = `mutation($input: EndMembershipInput!) { endMembership(input: $input) { membership { id } } }`;

describe('what the log records', () => {
  it('records the creation of an actor and, for an update, the changed fields only, attributed to the person', async () => {
    const owner = await signedIn(api);
    const name = `Compagnie ${uid()}`;
    const actor = await buildActor(owner, { name, description: 'Théâtre de rue.', kind: 'ARTIST' });
    await owner.ok(UPDATE_ACTOR, { input: { id: actor.id, name, description: 'Théâtre de rue et marionnettes.', kind: 'ARTIST', website: 'https://compagnie.example/' } });

    const log = await changes(owner, { entityId: actor.id });
    expect(log.map((c) => c.operation)).toEqual(['updateActor', 'createMembership', 'createActor']);
    for (const c of log) expect(c.person).toEqual({ id: owner.personId });
    const [update, membership, creation] = log;
    expect(creation).toMatchObject({ entityType: 'Actor', entityId: actor.id, before: null });
    expect(json(creation!.after)).toMatchObject({ name, kind: 'ARTIST', description: 'Théâtre de rue.', visibility: 'PUBLIC' });
    expect(membership).toMatchObject({ entityType: 'Membership' });
    expect(json(membership!.after)).toMatchObject({ personId: owner.personId, role: 'MANAGER' });
    expect(update).toMatchObject({ entityType: 'Actor', entityId: actor.id });
    // Name and kind were sent unchanged: they are not in the record.
    expect(json(update!.before)).toEqual({ description: 'Théâtre de rue.', website: null });
    expect(json(update!.after)).toEqual({ description: 'Théâtre de rue et marionnettes.', website: 'https://compagnie.example/' });
    expect(Date.parse(update!.at)).toBeGreaterThanOrEqual(Date.parse(creation!.at));
  });

  it('writes a record for every kind of mutation, attributed to whoever made it', async () => {
    const [person, invitee, asker] = await Promise.all([signedIn(api), signedIn(api), signedIn(api)]);
    let last = 0;
    /** Runs a step and returns the operations of the records it added to `who`'s own log, in commit order. */
    const step = async (who: Someone, run: () => Promise<unknown>): Promise<string[]> => {
      await run();
      const fresh = (await changes(who, { personId: who.personId }, 50)).filter((c) => c.seq > last);
      last = Math.max(last, ...fresh.map((c) => c.seq));
      for (const c of fresh) expect(c.person).toEqual({ id: who.personId });
      return fresh.map((c) => c.operation).reverse();
    };
    const [signUp] = await changes(person, { personId: person.personId });
    expect(signUp!.operation).toBe('createPerson');
    last = signUp!.seq;

    let x!: Built, y!: Built, place!: Built, theme!: Built, action!: Built, partnership!: Built;
    expect(await step(person, async () => (x = await buildActor(person)))).toEqual(['createActor', 'createMembership']);
    expect(await step(person, () => person.ok(UPDATE_ACTOR, { input: { id: x.id, description: 'Nouvelle description' } }))).toEqual(['updateActor']);
    expect(await step(person, async () => (y = await buildActor(person)))).toEqual(['createActor', 'createMembership']);
    expect(await step(person, async () => (place = await buildPlace(person)))).toEqual(['createPlace']);
    expect(
      await step(person, () => person.ok(`mutation($input: UpdatePlaceInput!) { updatePlace(input: $input) { place { id } } }`, { input: { id: place.id, name: `Salle ${uid()}` } })),
    ).toEqual(['updatePlace']);
    expect(await step(person, async () => (theme = await buildTheme(person)))).toEqual(['createTheme']);
    expect(
      await step(person, () => person.ok(`mutation($input: UpdateThemeInput!) { updateTheme(input: $input) { theme { id } } }`, { input: { id: theme.id, description: 'Ce que couvre le thème' } })),
    ).toEqual(['updateTheme']);
    expect(await step(person, async () => (action = await buildAction(person, { carriers: [x] })))).toEqual(['createAction', 'createMembership', 'createLink']);
    expect(
      await step(person, () => person.ok(`mutation($input: UpdateActionInput!) { updateAction(input: $input) { action { id } } }`, { input: { id: action.id, status: 'POSTPONED' } })),
    ).toEqual(['updateAction']);
    expect(
      await step(person, async () => {
        const data = await person.ok<{ createPartnership: { partnership: Built } }>(
          `mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { partnership { id slug name } } }`,
          { input: { name: `Partenariat ${uid()}`, partyIds: [x.id, y.id] } },
        );
        partnership = data.createPartnership.partnership;
      }),
    ).toEqual(['createPartnership', 'createMembership', 'createLink', 'createLink']);
    expect(
      await step(person, () =>
        person.ok(`mutation($input: UpdatePartnershipInput!) { updatePartnership(input: $input) { partnership { id } } }`, { input: { id: partnership.id, description: 'Ensemble' } }),
      ),
    ).toEqual(['updatePartnership']);
    let located = '';
    expect(await step(person, async () => (located = (await buildLink(person, 'LOCATED_AT', x, place)).id))).toEqual(['createLink']);
    expect(await step(person, () => endLink(person, located))).toEqual(['endLink']);

    let invitationId = '';
    expect(
      await step(person, async () => {
        invitationId = (await person.ok<{ inviteMember: { invitation: { id: string } } }>(INVITE, { input: { spaceId: x.id, role: 'MEMBER', email: invitee.email } })).inviteMember.invitation.id;
      }),
    ).toEqual(['inviteMember']);
    let membershipId = '';
    expect(
      await step(invitee, async () => {
        membershipId = (await invitee.ok<{ acceptInvitation: { membership: { id: string } } }>(ACCEPT, { input: { invitationId } })).acceptInvitation.membership.id;
      }),
    ).toEqual(['acceptInvitation']);
    expect(
      await step(person, async () => {
        membershipId = (await person.ok<{ changeMemberRole: { membership: { id: string } } }>(CHANGE_ROLE, { input: { membershipId, role: 'EDITOR' } })).changeMemberRole.membership.id;
      }),
    ).toEqual(['changeMemberRole']);
    expect(await step(person, () => person.ok(END_MEMBERSHIP, { input: { membershipId } }))).toEqual(['endMembership']);
    let requestId = '';
    expect(
      await step(asker, async () => {
        requestId = (await asker.ok<{ requestToJoin: { joinRequest: { id: string } } }>(REQUEST, { input: { spaceId: x.id } })).requestToJoin.joinRequest.id;
      }),
    ).toEqual(['requestToJoin']);
    expect(await step(person, () => person.ok(ANSWER, { input: { requestId, accept: true, role: 'MEMBER' } }))).toEqual(['answerJoinRequest', 'acceptJoinRequest']);

    expect(await step(person, () => person.ok(`mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { id } }`, { input: { displayName: `Nouveau ${uid()}` } }))).toEqual([
      'updatePerson',
    ]);
    const newPassword = `nouveau-${uid()}-${uid()}`;
    expect(
      await step(person, () => person.ok(`mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`, { input: { currentPassword: person.password, newPassword } })),
    ).toEqual(['changePassword']);

    // Account suspension and deletion: read back by an administrator.
    const [suspended, deleted] = await Promise.all([signedIn(api), signedIn(api)]);
    await api.ok(`mutation($input: SuspendPersonInput!) { suspendPerson(input: $input) { id } }`, { input: { personId: suspended.personId, reason: 'Essai du journal' } });
    const bySuspension = (await changes(api, { personId: api.adminId }, 20)).find((c) => c.operation === 'suspendPerson' && c.entityId === suspended.personId);
    expect(bySuspension).toMatchObject({ entityType: 'Person', person: { id: api.adminId } });
    await deleted.ok(`mutation($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) }`, { input: { password: deleted.password } });
    expect((await changes(api, { personId: deleted.personId })).map((c) => c.operation)).toEqual(['deletePerson', 'createPerson']);
  });

  it('records a link on both of its ends', async () => {
    const owner = await signedIn(api);
    const network = await buildActor(owner, { kind: 'NETWORK' });
    const member = await buildActor(owner);
    const since = '2025-03-01T00:00:00.000Z';
    const linkId = (await buildLink(owner, 'PART_OF', member, network, { since })).id;
    await endLink(owner, linkId, '2026-01-01T00:00:00.000Z');

    for (const end of [network, member]) {
      const linkRecords = (await changes(owner, { entityId: end.id })).filter((c) => c.entityId === linkId);
      expect(linkRecords.map((c) => c.operation), end.name).toEqual(['endLink', 'createLink']);
      const [ended, created] = linkRecords;
      expect(created!.entityType).toBe('Link');
      expect(json(created!.after)).toEqual({ type: 'PART_OF', fromId: member.id, toId: network.id, since, until: null });
      // An end names the link's type and both ends, as its creation does.
      expect(json(ended!.before)).toEqual({ type: 'PART_OF', fromId: member.id, toId: network.id, since, until: null });
      expect(json(ended!.after)).toEqual({ type: 'PART_OF', fromId: member.id, toId: network.id, since, until: '2026-01-01T00:00:00.000Z' });
    }
  });

  it('records every membership change on the space', async () => {
    const [owner, invitee, asker] = await Promise.all([signedIn(api), signedIn(api), signedIn(api)]);
    const space = await buildActor(owner);
    const membershipId = await addMember(owner, space, invitee, 'MEMBER');
    const editorship = (await owner.ok<{ changeMemberRole: { membership: { id: string } } }>(CHANGE_ROLE, { input: { membershipId, role: 'EDITOR' } })).changeMemberRole.membership.id;
    await invitee.ok(END_MEMBERSHIP, { input: { membershipId: editorship } });
    const request = (await asker.ok<{ requestToJoin: { joinRequest: { id: string } } }>(REQUEST, { input: { spaceId: space.id } })).requestToJoin.joinRequest.id;
    await owner.ok(ANSWER, { input: { requestId: request, accept: false } });

    const log = await changes(owner, { entityId: space.id });
    expect(log.map((c) => [c.operation, c.person?.id])).toEqual([
      ['answerJoinRequest', owner.personId],
      ['requestToJoin', asker.personId],
      ['endMembership', invitee.personId],
      ['changeMemberRole', owner.personId],
      ['acceptInvitation', invitee.personId],
      ['inviteMember', owner.personId],
      ['createMembership', owner.personId],
      ['createActor', owner.personId],
    ]);
    const byOp = new Map(log.map((c) => [c.operation, c]));
    expect(json(byOp.get('changeMemberRole')!.before)).toEqual({ membershipId, role: 'MEMBER' });
    expect(json(byOp.get('changeMemberRole')!.after)).toEqual({ role: 'EDITOR' });
    expect(byOp.get('endMembership')!.entityId).toBe(editorship);
    expect(json(byOp.get('answerJoinRequest')!.after)).toEqual({ status: 'DECLINED' });
  });
});

describe('order and atomicity', () => {
  it('numbers records with strictly increasing seq, in the order the mutations ran', async () => {
    const owner = await signedIn(api);
    const actor = await buildActor(owner);
    for (let i = 0; i < 4; i += 1) await owner.ok(UPDATE_ACTOR, { input: { id: actor.id, description: `Version ${i}` } });
    const log = (await changes(owner, { entityId: actor.id })).reverse();
    const seqs = log.map((c) => c.seq);
    for (let i = 1; i < seqs.length; i += 1) expect(seqs[i]).toBeGreaterThan(seqs[i - 1]!);
    expect(log.filter((c) => c.operation === 'updateActor').map((c) => json(c.after)!.description)).toEqual(['Version 0', 'Version 1', 'Version 2', 'Version 3']);
  });

  it('orders concurrent changes of one actor as they committed: each record starts where the previous one ended', async () => {
    const owner = await signedIn(api);
    const actor = await buildActor(owner, { description: 'Départ' });
    const versions = Array.from({ length: 8 }, (_, i) => `Version concurrente ${i} ${uid()}`);
    const results = await Promise.all(versions.map((description) => owner.gql(UPDATE_ACTOR, { input: { id: actor.id, description } })));
    for (const res of results) expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();

    const updates = (await changes(owner, { entityId: actor.id })).filter((c) => c.operation === 'updateActor').reverse();
    expect(updates).toHaveLength(versions.length);
    expect(new Set(updates.map((c) => c.seq)).size).toBe(versions.length);
    let current = 'Départ';
    for (const c of updates) {
      expect(json(c.before), `seq ${c.seq}`).toEqual({ description: current });
      current = json(c.after)!.description as string;
    }
    const stored = await api.ok<{ actor: { description: string } }>(`query($id: ID!) { actor(id: $id) { description } }`, { id: actor.id });
    expect(stored.actor.description).toBe(current);
  });

  it('gives concurrent changes of different spaces distinct sequence numbers', async () => {
    const owner = await signedIn(api);
    const actors = await Promise.all(Array.from({ length: 6 }, () => buildActor(owner)));
    await Promise.all(actors.map((a) => owner.ok(UPDATE_ACTOR, { input: { id: a.id, description: 'En même temps' } })));
    const seqs = (await Promise.all(actors.map((a) => changes(owner, { entityId: a.id })))).flat().map((c) => c.seq);
    expect(seqs).toHaveLength(actors.length * 3);
    expect(new Set(seqs).size).toBe(seqs.length);
  });

  it('leaves no record when a mutation is refused', async () => {
    const [owner, stranger] = await Promise.all([signedIn(api), signedIn(api)]);
    const actor = await buildActor(owner);
    const other = await buildActor(owner, { parents: [actor] });
    const before = await changes(owner, { entityId: actor.id });

    expectRefused(await stranger.gql(UPDATE_ACTOR, { input: { id: actor.id, description: 'Pris' } }), 'FORBIDDEN');
    expectRefused(await stranger.gql(INVITE, { input: { spaceId: actor.id, role: 'MANAGER' } }), 'FORBIDDEN');
    // A PART_OF cycle, and an end before the start: refused as bad input.
    expectRefused(await owner.gql(CREATE_LINK, { input: { type: 'PART_OF', fromId: actor.id, toId: other.id } }), 'BAD_USER_INPUT', 'cycle');
    const linkId = await partOfLinkId(owner, other, actor);
    expectRefused(await owner.gql(END_LINK, { input: { linkId, until: '2000-01-01T00:00:00Z' } }), 'BAD_USER_INPUT');
    expect(await changes(owner, { entityId: actor.id })).toEqual(before);
  });

  it('leaves no record when a mutation fails after writing part of its changes', async () => {
    const [owner, stranger] = await Promise.all([signedIn(api), signedIn(api)]);
    const theirs = await buildActor(stranger);
    const name = `Action refusée ${uid()}`;
    // The action and its manager's membership are written, then carrying it by someone else's actor is refused.
    const res = await owner.gql(`mutation($input: CreateActionInput!) { createAction(input: $input) { action { id } } }`, {
      input: { name, kind: 'EVENT', carrierIds: [theirs.id] },
    });
    expectRefused(res, 'FORBIDDEN', `"${theirs.name}"`);
    const [left] = await db.read((tx) =>
      tx.runText<{ actions: number; records: number }>(
        `CALL { MATCH (a:Action {name: $name}) RETURN count(a) AS actions }
         CALL { MATCH (c:Change) WHERE c.after CONTAINS $name RETURN count(c) AS records }
         RETURN actions, records`,
        { name },
      ),
    );
    expect(left).toEqual({ actions: 0, records: 0 });
    expect((await changes(owner, { personId: owner.personId })).map((c) => c.operation)).toEqual(['createPerson']);
    expect((await changes(stranger, { entityId: theirs.id })).map((c) => c.operation)).toEqual(['createMembership', 'createActor']);
  });

  it('leaves no record, and the request pending, when accepting a join request fails on a conflict', async () => {
    const [owner, asker] = await Promise.all([signedIn(api), signedIn(api)]);
    const space = await buildActor(owner);
    const request = (await asker.ok<{ requestToJoin: { joinRequest: { id: string } } }>(REQUEST, { input: { spaceId: space.id } })).requestToJoin.joinRequest.id;
    await addMember(owner, space, asker, 'EDITOR');
    const before = await changes(owner, { entityId: space.id });

    // The answer is written first, then the membership is refused: the person is already a member.
    expectRefused(await owner.gql(ANSWER, { input: { requestId: request, accept: true } }), 'CONFLICT', 'already a member');
    expect(await changes(owner, { entityId: space.id })).toEqual(before);
    const [stored] = await db.read((tx) => tx.runText<{ status: string }>(`MATCH (j:JoinRequest {id: $id}) RETURN j.status AS status`, { id: request }));
    expect(stored!.status).toBe('PENDING');
  });

  it('leaves no record, and the invitation open, when accepting it fails on a conflict', async () => {
    const [owner, member] = await Promise.all([signedIn(api), signedIn(api)]);
    const space = await buildActor(owner);
    await addMember(owner, space, member, 'MEMBER');
    const invitationId = (await owner.ok<{ inviteMember: { invitation: { id: string } } }>(INVITE, { input: { spaceId: space.id, role: 'MANAGER', email: member.email } })).inviteMember
      .invitation.id;
    const before = await changes(owner, { entityId: space.id });
    expectRefused(await member.gql(ACCEPT, { input: { invitationId } }), 'CONFLICT');
    expect(await changes(owner, { entityId: space.id })).toEqual(before);
    const open = await member.ok<{ me: { invitations: { id: string }[] } }>(`{ me { invitations { id } } }`);
    expect(open.me.invitations.map((i) => i.id)).toEqual([invitationId]);
  });
});

describe('who reads the log', () => {
  it('lets only managers read a space’s log, managers above it included', async () => {
    const [owner, editor, member, stranger, mayor] = await Promise.all([signedIn(api), signedIn(api), signedIn(api), signedIn(api), signedIn(api)]);
    const hall = await buildActor(mayor, { kind: 'INSTITUTION' });
    await addMember(mayor, hall, owner, 'EDITOR');
    const space = await buildActor(owner, { kind: 'SERVICE', parents: [hall] });
    await addMember(owner, space, editor, 'EDITOR');
    await addMember(owner, space, member, 'MEMBER');

    for (const filter of [{ entityId: space.id }, { subtreeOf: space.id }]) {
      expectRefused(await changesRes(editor, filter), 'FORBIDDEN', 'MANAGER', 'the EDITOR role');
      expectRefused(await changesRes(member, filter), 'FORBIDDEN', 'MANAGER', 'the MEMBER role');
      expectRefused(await changesRes(stranger, filter), 'FORBIDDEN', 'MANAGER', 'no role there');
      expectRefused(await changesRes(createClient(api.url), filter), 'UNAUTHENTICATED');
      const byOwner = await changes(owner, filter);
      expect(byOwner.length).toBeGreaterThanOrEqual(6);
      expect(await changes(mayor, filter)).toEqual(byOwner);
      expect(await changes(api, filter)).toEqual(byOwner);
    }
  });

  it('lets a person read their own changes, and nobody else’s', async () => {
    const [person, other] = await Promise.all([signedIn(api), signedIn(api)]);
    const actor = await buildActor(person);
    const own = await changes(person, { personId: person.personId });
    expect(own.map((c) => c.operation)).toEqual(['createMembership', 'createActor', 'createPerson']);
    expect(own[1]!.entityId).toBe(actor.id);
    expectRefused(await changesRes(other, { personId: person.personId }), 'FORBIDDEN', 'your own');
    expectRefused(await changesRes(createClient(api.url), { personId: person.personId }), 'UNAUTHENTICATED');
    expect(await changes(api, { personId: person.personId })).toEqual(own);
  });

  it('lets only administrators read the whole log without a filter', async () => {
    const person = await signedIn(api);
    await buildActor(person);
    expectRefused(await changesRes(person, null), 'FORBIDDEN', 'administrators');
    expectRefused(await changesRes(person, {}), 'FORBIDDEN');
    expectRefused(await changesRes(createClient(api.url), null), 'UNAUTHENTICATED');
    const all = await api.ok<{ changes: ChangePage }>(CHANGES, { filter: null, first: 5 });
    expect(all.changes.nodes).toHaveLength(5);
    expect(all.changes.totalCount).toBeGreaterThanOrEqual(5);
    expect(all.changes.pageInfo.hasNextPage).toBe(true);
  });

  it('lets everyone read the history of places and themes', async () => {
    const author = await signedIn(api);
    const place = await buildPlace(author);
    const theme = await buildTheme(author);
    for (const [entity, op] of [
      [place, 'createPlace'],
      [theme, 'createTheme'],
    ] as const) {
      const res = await changesRes(createClient(api.url), { entityId: entity.id });
      expect(res.errors).toBeUndefined();
      expect(res.data!.changes.nodes.map((c) => c.operation)).toEqual([op]);
    }
  });
});

describe('reading the log', () => {
  it('includes the changes of the spaces below in a subtree, as long as they are below', async () => {
    const owner = await signedIn(api);
    const top = await buildActor(owner, { kind: 'NETWORK' });
    const middle = await buildActor(owner, { parents: [top] });
    const bottom = await buildActor(owner, { parents: [middle] });
    const aside = await buildActor(owner);
    for (const a of [top, middle, bottom, aside]) await owner.ok(UPDATE_ACTOR, { input: { id: a.id, description: `Mise à jour ${a.name}` } });

    const updatedIn = async (filter: ChangeFilter) => (await changes(owner, filter)).filter((c) => c.operation === 'updateActor').map((c) => c.entityId);
    expect((await updatedIn({ subtreeOf: top.id })).sort()).toEqual([top.id, middle.id, bottom.id].sort());
    expect((await updatedIn({ subtreeOf: middle.id })).sort()).toEqual([middle.id, bottom.id].sort());
    expect(await updatedIn({ entityId: top.id })).toEqual([top.id]);
    expect(await updatedIn({ subtreeOf: top.id, entityId: bottom.id })).toEqual([bottom.id]);
    expect(await updatedIn({ subtreeOf: top.id, entityId: aside.id })).toEqual([]);

    await endLink(owner, await partOfLinkId(owner, middle, top));
    expect(await updatedIn({ subtreeOf: top.id })).toEqual([top.id]);
  });

  it('pages through the log with first/after, newest first, without gaps or repeats', async () => {
    const owner = await signedIn(api);
    const actor = await buildActor(owner);
    for (let i = 0; i < 5; i += 1) await owner.ok(UPDATE_ACTOR, { input: { id: actor.id, description: `Page ${i}` } });
    const all = await changes(owner, { entityId: actor.id });
    expect(all).toHaveLength(7);

    const pages: ChangePage[] = [];
    let after: string | undefined;
    do {
      const page = (await owner.ok<{ changes: ChangePage }>(CHANGES, { filter: { entityId: actor.id }, first: 3, after })).changes;
      pages.push(page);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor! : undefined;
    } while (after);
    expect(pages.map((p) => p.nodes.length)).toEqual([3, 3, 1]);
    expect(pages.map((p) => p.totalCount)).toEqual([7, 7, 7]);
    expect(pages.flatMap((p) => p.nodes)).toEqual(all);
    const seqs = all.map((c) => c.seq);
    for (let i = 1; i < seqs.length; i += 1) expect(seqs[i]).toBeLessThan(seqs[i - 1]!);
  });

  it('filters the log by commit time', async () => {
    const owner = await signedIn(api);
    const actor = await buildActor(owner);
    const all = await changes(owner, { entityId: actor.id });
    const cut = new Date(Date.parse(all[0]!.at) + 1).toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await owner.ok(UPDATE_ACTOR, { input: { id: actor.id, description: 'Plus tard' } });
    expect((await changes(owner, { entityId: actor.id, from: cut })).map((c) => c.operation)).toEqual(['updateActor']);
    expect((await changes(owner, { entityId: actor.id, to: cut })).map((c) => c.operation)).toEqual(['createMembership', 'createActor']);
  });
});

describe('time travel and the log agree', () => {
  it('gives, for any date, the children a replay of the link records gives', async () => {
    const director = await signedIn(api);
    const festival = await buildAction(director, { kind: 'FESTIVAL', name: `Festival ${uid()}` });
    const show = () => buildAction(director, { kind: 'SHOW' });
    const [s1, s2, s3, s4, s5] = await Promise.all([show(), show(), show(), show(), show()]);
    await buildLink(director, 'PART_OF', s1, festival, { since: '2024-01-01T00:00:00Z' });
    await buildLink(director, 'PART_OF', s2, festival, { since: '2024-02-01T00:00:00Z', until: '2024-06-01T00:00:00Z' });
    // Ended after the fact, at a past date.
    await endLink(director, (await buildLink(director, 'PART_OF', s3, festival, { since: '2024-03-01T00:00:00Z' })).id, '2024-05-01T00:00:00Z');
    // Planned to last long, cut short.
    await endLink(director, (await buildLink(director, 'PART_OF', s4, festival, { since: '2024-01-15T00:00:00Z', until: '2099-12-31T00:00:00Z' })).id, '2024-04-01T00:00:00Z');
    // Left, then came back.
    await endLink(director, (await buildLink(director, 'PART_OF', s5, festival, { since: '2024-04-15T00:00:00Z' })).id, '2024-04-20T00:00:00Z');
    await buildLink(director, 'PART_OF', s5, festival, { since: '2024-09-01T00:00:00Z' });
    // Created inside the festival, and ended now.
    const s6 = await buildAction(director, { kind: 'SHOW', partOf: [festival], since: '2024-02-15T00:00:00Z' });
    await endLink(director, await partOfLinkId(director, s6, festival));
    const names = new Map([s1, s2, s3, s4, s5, s6].map((s, i) => [s.id, `s${i + 1}`]));

    // Replay: the PART_OF links into the festival as created, with their ends as last recorded.
    const log = (await changes(director, { entityId: festival.id })).reverse();
    const links = new Map<string, { fromId: string; since: string | null; until: string | null }>();
    for (const c of log) {
      const after = json(c.after)!;
      if (c.operation === 'createLink' && after.type === 'PART_OF' && after.toId === festival.id) {
        links.set(c.entityId, { fromId: after.fromId as string, since: after.since as string | null, until: after.until as string | null });
      } else if (c.operation === 'endLink' && links.has(c.entityId)) {
        links.get(c.entityId)!.until = after.until as string;
      }
    }
    expect(links.size).toBe(7);
    const replayed = (at: string) =>
      [...links.values()]
        .filter((l) => (l.since === null || Date.parse(l.since) <= Date.parse(at)) && (l.until === null || Date.parse(l.until) > Date.parse(at)))
        .map((l) => names.get(l.fromId))
        .sort();

    const dates = [
      '2023-12-31T12:00:00.000Z',
      '2024-01-10T00:00:00.000Z',
      '2024-01-20T00:00:00.000Z',
      '2024-02-20T00:00:00.000Z',
      '2024-03-15T00:00:00.000Z',
      '2024-04-01T00:00:00.000Z',
      '2024-04-17T00:00:00.000Z',
      '2024-05-15T00:00:00.000Z',
      '2024-07-01T00:00:00.000Z',
      '2024-10-01T00:00:00.000Z',
      new Date(Date.now() - 1000).toISOString(),
      '2098-01-01T00:00:00.000Z',
    ];
    const seen: string[][] = [];
    for (const at of dates) {
      const data = await api.ok<{ action: { children: { action: { id: string } }[] } }>(`query($id: ID!, $at: DateTime!) { action(id: $id, asOf: $at) { children { action { id } } } }`, {
        id: festival.id,
        at,
      });
      const children = data.action.children.map((c) => names.get(c.action.id)).sort();
      expect(children, at).toEqual(replayed(at));
      seen.push(children as string[]);
    }
    // The dates were chosen so that the answers differ: the comparison is not between empty sets.
    expect(seen[0]).toEqual([]);
    expect(seen[4]).toEqual(['s1', 's2', 's3', 's4', 's6']);
    expect(seen[6]).toEqual(['s1', 's2', 's3', 's5', 's6']);
    expect(seen[9]).toEqual(['s1', 's5', 's6']);
    expect(seen[11]).toEqual(['s1', 's5']);
  });
});
