// The partnership handshake through GraphQL over HTTP: an actor proposes, the invited actors' editors
// accept or decline, and nobody gains rights on the partnership before their actor has accepted.
import { describe, expect, it } from 'vitest';
import { uid, useTestApi, type GraphQLResponse } from './helpers/api.js';
import { buildAction } from './factories/actions.js';
import { buildActor } from './factories/actors.js';
import { buildPartnership } from './factories/partnerships.js';
import { addMember, signedIn, type Someone } from './factories/people.js';
import type { Built } from './factories/write.js';

const api = useTestApi();

const PARTNERSHIP_FIELDS = `id name status visibility
  parties { actor { id } link { since until } }
  actions { action { id } }
  invitations { actor { id } status proposer }`;
const PROPOSE = `mutation($input: ProposePartnershipInput!) { proposePartnership(input: $input) { partnership { ${PARTNERSHIP_FIELDS} } } }`;
const ANSWER = `mutation($input: AnswerPartnershipInput!) { answerPartnership(input: $input) { partnership { ${PARTNERSHIP_FIELDS} } } }`;
const READ = `query($id: ID!) { partnership(id: $id) { ${PARTNERSHIP_FIELDS} myRole } }`;
const PARTIES_AT = `query($id: ID!, $asOf: DateTime) { partnership(id: $id) { parties(asOf: $asOf) { actor { id } link { since until } } } }`;
const UPDATE = `mutation($input: UpdatePartnershipInput!) { updatePartnership(input: $input) { partnership { id name } } }`;
const CHANGES = `query($id: ID!) { changes(filter: { entityId: $id }, first: 100) { nodes { operation entityType entityId before after person { id } } } }`;

interface Partnership {
  id: string;
  name: string;
  status: string;
  visibility: string;
  parties: { actor: { id: string } | null; link: { since: string | null; until: string | null } }[];
  actions: { action: { id: string } | null }[];
  invitations: { actor: { id: string } | null; status: string; proposer: boolean }[];
  myRole?: string | null;
}
type Res = GraphQLResponse<unknown>;
type Gql = Pick<Someone, 'gql'>;

function expectRefused(res: Res, code: string, field?: string): void {
  expect(res.errors, JSON.stringify(res)).toHaveLength(1);
  expect(res.errors![0]!.extensions?.code, JSON.stringify(res.errors)).toBe(code);
  if (field) expect(res.errors![0]!.extensions?.field, JSON.stringify(res.errors)).toBe(field);
}

/** An actor with its manager and an editor, each signed in. */
async function actorWithTeam(label: string): Promise<{ actor: Built; manager: Someone; editor: Someone }> {
  const [manager, editor] = await Promise.all([signedIn(api), signedIn(api)]);
  const actor = await buildActor(manager, { name: `${label} ${uid()}` });
  await addMember(manager, actor, editor, 'EDITOR');
  return { actor, manager, editor };
}

function propose(who: Gql, input: Record<string, unknown>) {
  return who.gql<{ proposePartnership: { partnership: Partnership } }>(PROPOSE, { input: { name: `Partenariat ${uid()}`, ...input } });
}

async function proposed(who: Gql, input: Record<string, unknown>): Promise<Partnership> {
  const res = await propose(who, input);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.proposePartnership.partnership;
}

function answer(who: Gql, partnership: Partnership, actor: Built, accept: boolean) {
  return who.gql<{ answerPartnership: { partnership: Partnership } }>(ANSWER, { input: { partnershipId: partnership.id, actorId: actor.id, accept } });
}

async function answered(who: Gql, partnership: Partnership, actor: Built, accept: boolean): Promise<Partnership> {
  const res = await answer(who, partnership, actor, accept);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.answerPartnership.partnership;
}

async function read(who: Gql, id: string): Promise<Partnership | null> {
  const res = await who.gql<{ partnership: Partnership | null }>(READ, { id });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.partnership;
}

const partyIds = (p: Partnership) => p.parties.map((x) => x.actor?.id).sort();
const invitations = (p: Partnership) => p.invitations.map((i) => [i.actor?.id, i.status, i.proposer]);

describe('proposing and accepting a partnership', () => {
  it('becomes ACTIVE when the invited actor’s editor accepts, with the partner among the parties', async () => {
    const a = await actorWithTeam('Mairie');
    const b = await actorWithTeam('Cirque');
    const p = await proposed(a.editor, { proposerId: a.actor.id, partnerIds: [b.actor.id], description: 'Un été de cirque' });
    expect(p.status).toBe('PROPOSED');
    expect(partyIds(p)).toEqual([a.actor.id]);
    expect(invitations(p)).toEqual([
      [a.actor.id, 'ACCEPTED', true],
      [b.actor.id, 'INVITED', false],
    ]);

    const accepted = await answered(b.editor, p, b.actor, true);
    expect(accepted.status).toBe('ACTIVE');
    expect(partyIds(accepted)).toEqual([a.actor.id, b.actor.id].sort());
    expect(invitations(accepted)).toEqual([
      [a.actor.id, 'ACCEPTED', true],
      [b.actor.id, 'ACCEPTED', false],
    ]);

    const history = await a.editor.ok<{ changes: { nodes: { operation: string; after: string | null; person: { id: string } | null }[] } }>(CHANGES, { id: p.id });
    const ops = history.changes.nodes.map((c) => c.operation);
    expect(ops).toEqual(expect.arrayContaining(['createPartnership', 'createMembership', 'createLink', 'proposePartnership', 'answerPartnership', 'updatePartnership']));
    const answer = history.changes.nodes.find((c) => c.operation === 'answerPartnership')!;
    expect(answer.person?.id).toBe(b.editor.personId);
    expect(JSON.parse(answer.after!)).toEqual({ actorId: b.actor.id, status: 'ACCEPTED' });
    const activation = history.changes.nodes.find((c) => c.operation === 'updatePartnership')!;
    expect(JSON.parse(activation.after!)).toEqual({ status: 'ACTIVE' });
  });

  it('starts the partner’s participation at the proposal’s start', async () => {
    const [a, b] = await Promise.all([actorWithTeam('Mairie'), actorWithTeam('Cirque')]);
    const p = await proposed(a.editor, { proposerId: a.actor.id, partnerIds: [b.actor.id], since: '2031-06-01', until: '2031-09-01' });
    expect((await answered(b.editor, p, b.actor, true)).status).toBe('ACTIVE');
    const data = await a.editor.ok<{ partnership: { parties: { actor: { id: string }; link: { since: string; until: string } }[] } }>(PARTIES_AT, { id: p.id, asOf: '2031-07-01' });
    expect(data.partnership.parties.find((x) => x.actor.id === b.actor.id)?.link).toEqual({ since: '2031-05-31T22:00:00.000Z', until: '2031-08-31T22:00:00.000Z' });
  });

  it('waits for every invited actor before becoming ACTIVE', async () => {
    const [a, b, c] = await Promise.all([actorWithTeam('Réseau'), actorWithTeam('Asso'), actorWithTeam('Coop')]);
    const p = await proposed(a.manager, { proposerId: a.actor.id, partnerIds: [b.actor.id, c.actor.id] });
    const half = await answered(b.manager, p, b.actor, true);
    expect(half.status).toBe('PROPOSED');
    expect(partyIds(half)).toEqual([a.actor.id, b.actor.id].sort());
    const full = await answered(c.editor, p, c.actor, true);
    expect(full.status).toBe('ACTIVE');
    expect(partyIds(full)).toEqual([a.actor.id, b.actor.id, c.actor.id].sort());
  });

  it('is DECLINED when an invited actor declines, which never becomes a party, and the proposer’s participation ends', async () => {
    const [a, b, c] = await Promise.all([actorWithTeam('Mairie'), actorWithTeam('Théâtre'), actorWithTeam('Librairie')]);
    const p = await proposed(a.editor, { proposerId: a.actor.id, partnerIds: [b.actor.id, c.actor.id] });
    const declined = await answered(b.editor, p, b.actor, false);
    expect(declined.status).toBe('DECLINED');
    // A declined proposal is closed: its links end with the answer (tests/links.test.ts follows every view).
    expect(partyIds(declined)).toEqual([]);
    expect(invitations(declined)).toEqual([
      [a.actor.id, 'ACCEPTED', true],
      [b.actor.id, 'DECLINED', false],
      [c.actor.id, 'INVITED', false],
    ]);
    expectRefused(await answer(c.editor, p, c.actor, true), 'CONFLICT', 'partnershipId');
    expect(partyIds((await read(a.editor, p.id))!)).toEqual([]);
  });

  it('ties the proposal to actions its proposer edits, and refuses the others', async () => {
    const [a, b] = await Promise.all([actorWithTeam('Festival'), actorWithTeam('Compagnie')]);
    const own = await buildAction(a.editor, { name: `Spectacle ${uid()}` });
    const foreign = await buildAction(b.manager, { name: `Atelier ${uid()}` });
    expectRefused(await propose(a.editor, { proposerId: a.actor.id, partnerIds: [b.actor.id], actionIds: [foreign.id] }), 'FORBIDDEN');
    const p = await proposed(a.editor, { proposerId: a.actor.id, partnerIds: [b.actor.id], actionIds: [own.id] });
    expect(p.actions.map((x) => x.action?.id)).toEqual([own.id]);
  });
});

describe('who may propose and answer', () => {
  it('needs EDITOR on the proposing actor, and a signed-in person', async () => {
    const [a, b] = await Promise.all([actorWithTeam('Mairie'), actorWithTeam('Cirque')]);
    const outsider = await signedIn(api);
    expectRefused(await propose(outsider, { proposerId: a.actor.id, partnerIds: [b.actor.id] }), 'FORBIDDEN');
    expectRefused(await propose(b.editor, { proposerId: a.actor.id, partnerIds: [b.actor.id] }), 'FORBIDDEN');
    expectRefused((await api.anon(PROPOSE, { input: { name: 'Anonyme', proposerId: a.actor.id, partnerIds: [b.actor.id] } })) as Res, 'UNAUTHENTICATED');
    expectRefused(await propose(a.editor, { proposerId: a.actor.id, partnerIds: [a.actor.id] }), 'BAD_USER_INPUT', 'partnerIds');
    expectRefused(await propose(a.editor, { proposerId: a.actor.id, partnerIds: [] }), 'BAD_USER_INPUT', 'partnerIds');
  });

  it('lets only an invited actor’s editors answer, once', async () => {
    const [a, b, c] = await Promise.all([actorWithTeam('Mairie'), actorWithTeam('Cirque'), actorWithTeam('Tiers')]);
    const p = await proposed(a.editor, { proposerId: a.actor.id, partnerIds: [b.actor.id] });

    expectRefused(await answer(c.manager, p, c.actor, true), 'BAD_USER_INPUT', 'actorId');
    expectRefused(await answer(a.editor, p, a.actor, true), 'BAD_USER_INPUT', 'actorId');
    expectRefused(await answer(c.manager, p, b.actor, true), 'FORBIDDEN');
    expectRefused(await answer(a.manager, p, b.actor, true), 'FORBIDDEN');
    expectRefused((await api.anon(ANSWER, { input: { partnershipId: p.id, actorId: b.actor.id, accept: true } })) as Res, 'UNAUTHENTICATED');

    await answered(b.editor, p, b.actor, true);
    expectRefused(await answer(b.manager, p, b.actor, false), 'CONFLICT', 'actorId');
    expect((await read(a.editor, p.id))!.status).toBe('ACTIVE');
  });

  it('gives an invited actor’s managers no right on the partnership until it accepts', async () => {
    const [a, b] = await Promise.all([actorWithTeam('Mairie'), actorWithTeam('Cirque')]);
    const p = await proposed(a.editor, { proposerId: a.actor.id, partnerIds: [b.actor.id], visibility: 'MEMBERS' });
    expect((await read(a.manager, p.id))?.myRole).toBe('MANAGER');

    // A members-only proposal does not exist for them yet (only its invited actor's editors answer it).
    expect(await read(b.manager, p.id)).toBeNull();
    expectRefused(await b.manager.gql(UPDATE, { input: { id: p.id, name: 'Pris' } }), 'NOT_FOUND', 'id');
    expectRefused(await b.manager.gql(CHANGES, { id: p.id }), 'NOT_FOUND', 'filter.entityId');

    await answered(b.editor, p, b.actor, true);
    const now = await read(b.manager, p.id);
    expect(now?.myRole).toBe('MANAGER');
    expect((await b.manager.ok<{ updatePartnership: { partnership: { name: string } } }>(UPDATE, { input: { id: p.id, name: 'Cirque en ville' } })).updatePartnership.partnership.name).toBe(
      'Cirque en ville',
    );
  });
});

describe('partnerships created directly', () => {
  it('are ACTIVE, with every party ACCEPTED and no proposer', async () => {
    const owner = await signedIn(api);
    const [x, y] = await Promise.all([buildActor(owner), buildActor(owner)]);
    const p = await buildPartnership(owner, { parties: [x, y] });
    const found = (await read(owner, p.id))!;
    expect(found.status).toBe('ACTIVE');
    expect(found.invitations.map((i) => [i.actor?.id, i.status, i.proposer]).sort()).toEqual(
      [
        [x.id, 'ACCEPTED', false],
        [y.id, 'ACCEPTED', false],
      ].sort(),
    );
  });
});
