// Each rule of docs/rights.md, tried through GraphQL over HTTP by real people holding real session
// cookies, against the real Neo4j. Every test builds its own spaces, people and roles.
import { describe, expect, it } from 'vitest';
import type { Role } from '../api/generated/graphql.js';
import { uid, useTestApi, type GraphQLResponse } from './helpers/api.js';
import { createClient } from './helpers/client.js';
import { testDb } from './helpers/db.js';
import { buildAction } from './factories/actions.js';
import { buildActor } from './factories/actors.js';
import { buildLink, endLink, partOfLinkId } from './factories/links.js';
import { buildPartnership } from './factories/partnerships.js';
import { addMember, signedIn, type Someone } from './factories/people.js';
import { buildPlace } from './factories/places.js';
import { buildTheme } from './factories/themes.js';
import type { Built, Writer } from './factories/write.js';

const api = useTestApi();
const db = testDb();

const CREATE_ACTOR = `mutation($input: CreateActorInput!) { createActor(input: $input) { actor { id } } }`;
const UPDATE_ACTOR = `mutation($input: UpdateActorInput!) { updateActor(input: $input) { actor { id name } } }`;
const UPDATE_ACTION = `mutation($input: UpdateActionInput!) { updateAction(input: $input) { action { id name } } }`;
const UPDATE_PARTNERSHIP = `mutation($input: UpdatePartnershipInput!) { updatePartnership(input: $input) { partnership { id name } } }`;
const UPDATE_PLACE = `mutation($input: UpdatePlaceInput!) { updatePlace(input: $input) { place { id name } } }`;
const UPDATE_THEME = `mutation($input: UpdateThemeInput!) { updateTheme(input: $input) { theme { id name } } }`;
const CREATE_PARTNERSHIP = `mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { partnership { id name } } }`;
const CREATE_LINK = `mutation($input: CreateLinkInput!) { createLink(input: $input) { link { id } } }`;
const END_LINK = `mutation($input: EndLinkInput!) { endLink(input: $input) { link { id until } } }`;
const INVITE = `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { invitation { id role email acceptedAt } token } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { membership { id role until person { id } space { ... on Actor { id } } } } }`;
const REQUEST = `mutation($input: RequestToJoinInput!) { requestToJoin(input: $input) { joinRequest { id status person { id } } } }`;
const ANSWER = `mutation($input: AnswerJoinRequestInput!) { answerJoinRequest(input: $input) { joinRequest { id status } } }`;
const CHANGE_ROLE = `mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { membership { id role until } } }`;
const END_MEMBERSHIP = `mutation($input: EndMembershipInput!) { endMembership(input: $input) { membership { id role until } } }`;
const SUSPEND = `mutation($input: SuspendPersonInput!) { suspendPerson(input: $input) { id } }`;
const MY_ROLE = `query($id: ID!) { entity(id: $id) { ... on Actor { myRole } ... on Action { myRole } ... on Partnership { myRole } } }`;
const MEMBERS = `query($id: ID!) { entity(id: $id) {
  ... on Actor { members { id role person { id } } }
  ... on Action { members { id role person { id } } }
  ... on Partnership { members { id role person { id } } } } }`;
const MY_INVITATIONS = `{ me { invitations { id role email space { ... on Actor { id name } } } } }`;
const MY_MEMBERSHIPS = `{ me { memberships { id role space { ... on Actor { id } ... on Action { id } ... on Partnership { id } } } } }`;

type Res = GraphQLResponse<unknown>;

/** Asserts a refusal with this code, whose message holds every fragment given. */
function expectRefused(res: Res, code: string, ...fragments: string[]): void {
  expect(res.errors, JSON.stringify(res)).toHaveLength(1);
  const error = res.errors![0]!;
  expect(error.extensions?.code, JSON.stringify(res.errors)).toBe(code);
  for (const fragment of fragments) expect(error.message).toContain(fragment);
}

function expectOk(res: Res): void {
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
}

const rename = (who: Pick<Someone, 'gql'>, mutation: string, id: string) => who.gql(mutation, { input: { id, name: `Renommé ${uid()}` } });
const renameActor = (who: Pick<Someone, 'gql'>, actor: Built) => rename(who, UPDATE_ACTOR, actor.id);

async function myRole(who: Writer, space: Built): Promise<Role | null> {
  const data = await who.ok<{ entity: { myRole: Role | null } | null }>(MY_ROLE, { id: space.id });
  return data.entity?.myRole ?? null;
}

async function members(who: Writer, space: Built): Promise<{ id: string; role: Role; person: { id: string } }[]> {
  const data = await who.ok<{ entity: { members: { id: string; role: Role; person: { id: string } }[] } | null }>(MEMBERS, { id: space.id });
  return data.entity?.members ?? [];
}

async function membershipOf(manager: Writer, space: Built, person: { personId: string }): Promise<string> {
  const found = (await members(manager, space)).find((m) => m.person.id === person.personId);
  if (!found) throw new Error(`${person.personId} is not a member of ${space.name}`);
  return found.id;
}

function invite(who: Pick<Someone, 'gql'>, space: Built, role: Role, email?: string) {
  return who.gql<{ inviteMember: { invitation: { id: string; role: Role; email: string | null }; token: string | null } }>(INVITE, {
    input: { spaceId: space.id, role, email },
  });
}

function accept(who: Pick<Someone, 'gql'>, input: { invitationId?: string; token?: string }) {
  return who.gql<{ acceptInvitation: { membership: { id: string; role: Role; until: string | null; person: { id: string }; space: { id: string } | null } } }>(
    ACCEPT,
    { input },
  );
}

/** The MEMBER_OF relationships of a person in a space, oldest first, read straight from the graph. */
async function membershipHistory(personId: string, spaceId: string): Promise<{ id: string; role: Role; ended: boolean }[]> {
  return db.read((tx) =>
    tx.runText<{ id: string; role: Role; ended: boolean }>(
      `MATCH (:Person {id: $personId})-[m:MEMBER_OF]->(:Entity {id: $spaceId})
       RETURN m.id AS id, m.role AS role, m.until IS NOT NULL AS ended ORDER BY m.since, m.until IS NULL`,
      { personId, spaceId },
    ),
  );
}

describe('signing in', () => {
  it('refuses every mutation to anonymous visitors with UNAUTHENTICATED', async () => {
    const owner = await signedIn(api);
    const actor = await buildActor(owner);
    const other = await buildActor(owner);
    const linkId = (await buildLink(owner, 'PART_OF', other, actor)).id;
    const membershipId = await membershipOf(owner, actor, owner);
    const asker = await signedIn(api);
    const request = await asker.ok<{ requestToJoin: { joinRequest: { id: string } } }>(REQUEST, { input: { spaceId: actor.id } });
    const anon = createClient(api.url);

    const refusals: [string, Record<string, unknown>][] = [
      [CREATE_ACTOR, { input: { name: `Anonyme ${uid()}`, kind: 'ASSOCIATION' } }],
      [UPDATE_ACTOR, { input: { id: actor.id, name: 'Pris' } }],
      [CREATE_LINK, { input: { type: 'PART_OF', fromId: actor.id, toId: other.id } }],
      [END_LINK, { input: { linkId } }],
      [INVITE, { input: { spaceId: actor.id, role: 'MANAGER' } }],
      [ACCEPT, { input: { token: 'whatever' } }],
      [REQUEST, { input: { spaceId: actor.id } }],
      [END_MEMBERSHIP, { input: { membershipId } }],
    ];
    for (const [mutation, variables] of refusals) {
      const res = await anon.gql(mutation, variables);
      expectRefused(res, 'UNAUTHENTICATED', 'Sign in to');
    }
    // A join request and a membership show only to their person and to the space's members: to an
    // anonymous visitor they do not exist (api/auth/lookup.ts).
    expectRefused(await anon.gql(ANSWER, { input: { requestId: request.requestToJoin.joinRequest.id, accept: true, role: 'MANAGER' } }), 'NOT_FOUND', 'No join request has the id');
    expectRefused(await anon.gql(CHANGE_ROLE, { input: { membershipId, role: 'MEMBER' } }), 'NOT_FOUND', 'No membership has the id');
    expect(await myRole(owner, actor)).toBe('MANAGER');
    expect(await members(owner, actor)).toHaveLength(1);
    expect(await myRole(anon, actor)).toBeNull();
  });

  it('treats a suspended person as signed out, and lets only administrators suspend', async () => {
    const person = await signedIn(api);
    const actor = await buildActor(person);
    const bystander = await signedIn(api);
    expectRefused(await bystander.gql(SUSPEND, { input: { personId: person.personId, reason: 'essai' } }), 'FORBIDDEN');
    expect(await myRole(person, actor)).toBe('MANAGER');

    expectOk(await api.gql(SUSPEND, { input: { personId: person.personId, reason: 'Spam répété' } }));
    expect((await person.ok<{ me: unknown }>(`{ me { id } }`)).me).toBeNull();
    expectRefused(await renameActor(person, actor), 'UNAUTHENTICATED');
    expectRefused(await person.gql(CREATE_ACTOR, { input: { name: `Suspendu ${uid()}`, kind: 'ASSOCIATION' } }), 'UNAUTHENTICATED');
    expect(await myRole(person, actor)).toBeNull();
    const again = await createClient(api.url).gql(`mutation($input: LogInInput!) { logIn(input: $input) { me { id } } }`, {
      input: { email: person.email, password: person.password },
    });
    expectRefused(again, 'FORBIDDEN', 'suspended');
  });
});

describe('roles in a space', () => {
  it('makes the creator of an actor, an action and a partnership its MANAGER', async () => {
    const creator = await signedIn(api);
    const actor = await buildActor(creator);
    const other = await buildActor(creator);
    const action = await buildAction(creator, { carriers: [actor] });
    const partnership = await buildPartnership(creator, { parties: [actor, other] });
    for (const space of [actor, action, partnership]) {
      expect(await myRole(creator, space), space.name).toBe('MANAGER');
      expect(await members(creator, space)).toEqual([expect.objectContaining({ role: 'MANAGER', person: { id: creator.personId } })]);
    }
    const mine = (await creator.ok<{ me: { memberships: { role: Role; space: { id: string } }[] } }>(MY_MEMBERSHIPS)).me.memberships;
    expect(mine.map((m) => [m.space.id, m.role]).sort()).toEqual([actor, other, action, partnership].map((s) => [s.id, 'MANAGER']).sort());
  });

  it('refuses a signed-in stranger with FORBIDDEN, naming the role needed, the space and the role held', async () => {
    const owner = await signedIn(api);
    const stranger = await signedIn(api);
    const actor = await buildActor(owner, { name: `Amicale ${uid()}` });
    expectRefused(await renameActor(stranger, actor), 'FORBIDDEN', 'EDITOR', `"${actor.name}"`, 'no role there');
    expect(await myRole(stranger, actor)).toBeNull();
    const action = await buildAction(owner);
    expectRefused(await rename(stranger, UPDATE_ACTION, action.id), 'FORBIDDEN', 'EDITOR', `"${action.name}"`);
  });

  it('lets an EDITOR change the space but not invite people into it', async () => {
    const owner = await signedIn(api);
    const editor = await signedIn(api);
    const actor = await buildActor(owner);
    await addMember(owner, actor, editor, 'EDITOR');
    expect(await myRole(editor, actor)).toBe('EDITOR');
    expectOk(await renameActor(editor, actor));
    expectRefused(await invite(editor, actor, 'MEMBER', `${uid()}@test.convergences.local`), 'FORBIDDEN', 'MANAGER', 'the EDITOR role');
    expectRefused(await invite(editor, actor, 'MEMBER'), 'FORBIDDEN', 'MANAGER');
  });

  it('lets a MEMBER see the space but not change it', async () => {
    const owner = await signedIn(api);
    const member = await signedIn(api);
    const actor = await buildActor(owner, { visibility: 'MEMBERS' });
    await addMember(owner, actor, member, 'MEMBER');
    expect(await myRole(member, actor)).toBe('MEMBER');
    expect(await members(member, actor)).toHaveLength(2);
    expectRefused(await renameActor(member, actor), 'FORBIDDEN', 'EDITOR', 'the MEMBER role');
    expectRefused(await invite(member, actor, 'MEMBER'), 'FORBIDDEN', 'MANAGER', 'the MEMBER role');
  });

  it('lets administrators change and manage any space', async () => {
    const owner = await signedIn(api);
    const actor = await buildActor(owner, { visibility: 'MEMBERS' });
    expectOk(await renameActor(api, actor));
    expect(await myRole(api, actor)).toBe('MANAGER');
    expectOk(await invite(api, actor, 'EDITOR'));
    const membershipId = await membershipOf(api, actor, owner);
    const newcomer = await signedIn(api);
    await addMember(api, actor, newcomer, 'MANAGER');
    expectOk(await api.gql(END_MEMBERSHIP, { input: { membershipId } }));
    expect(await myRole(owner, actor)).toBeNull();
  });
});

describe('rights passed down PART_OF', () => {
  /** A town hall managed by `mayor`; `clerk` is its EDITOR and creates a service under it; `citizen` is a MEMBER. */
  async function townHall() {
    const [mayor, clerk, citizen] = await Promise.all([signedIn(api), signedIn(api), signedIn(api)]);
    const hall = await buildActor(mayor, { kind: 'INSTITUTION', name: `Mairie ${uid()}` });
    await addMember(mayor, hall, clerk, 'EDITOR');
    await addMember(mayor, hall, citizen, 'MEMBER');
    const service = await buildActor(clerk, { kind: 'SERVICE', name: `Service culture ${uid()}`, parents: [hall] });
    return { mayor, clerk, citizen, hall, service };
  }

  it('gives the manager of a town hall the MANAGER role in a service created under it', async () => {
    const { mayor, clerk, service } = await townHall();
    expect(await myRole(mayor, service)).toBe('MANAGER');
    expectOk(await renameActor(mayor, service));
    // Managing members of the service, though never a member of it.
    const newcomer = await signedIn(api);
    await addMember(mayor, service, newcomer, 'EDITOR');
    expect((await members(mayor, service)).map((m) => m.person.id).sort()).toEqual([clerk.personId, newcomer.personId].sort());
    const clerkMembership = await membershipOf(mayor, service, clerk);
    expectOk(await mayor.gql(CHANGE_ROLE, { input: { membershipId: await membershipOf(mayor, service, newcomer), role: 'MANAGER' } }));
    expectOk(await mayor.gql(END_MEMBERSHIP, { input: { membershipId: clerkMembership } }));
  });

  it('passes EDITOR down as EDITOR, and MEMBER not at all', async () => {
    const { mayor, clerk, citizen, hall } = await townHall();
    const library = await buildActor(mayor, { kind: 'SERVICE', parents: [hall] });
    expect(await myRole(clerk, library)).toBe('EDITOR');
    expectOk(await renameActor(clerk, library));
    expectRefused(await invite(clerk, library, 'MEMBER'), 'FORBIDDEN', 'MANAGER', 'the EDITOR role');
    expect(await myRole(citizen, library)).toBeNull();
    expectRefused(await renameActor(citizen, library), 'FORBIDDEN', 'no role there');
    expectRefused(await invite(citizen, library, 'MEMBER'), 'FORBIDDEN');
  });

  it('reaches spaces several levels down', async () => {
    const { mayor, clerk, service } = await townHall();
    const unit = await buildActor(clerk, { kind: 'SERVICE', parents: [service] });
    const desk = await buildActor(clerk, { kind: 'SERVICE', parents: [unit] });
    expect(await myRole(mayor, desk)).toBe('MANAGER');
    expectOk(await renameActor(mayor, desk));
  });

  it('passes a festival manager’s rights to its shows', async () => {
    const [director, company] = await Promise.all([signedIn(api), signedIn(api)]);
    const festival = await buildAction(director, { kind: 'FESTIVAL' });
    await addMember(director, festival, company, 'EDITOR');
    const show = await buildAction(company, { kind: 'SHOW', partOf: [festival] });
    expect(await myRole(director, show)).toBe('MANAGER');
    expectOk(await rename(director, UPDATE_ACTION, show.id));
  });

  it('follows only current PART_OF links: once the link ends, the town hall’s manager has no right on the service', async () => {
    const { mayor, clerk, hall, service } = await townHall();
    const linkId = await partOfLinkId(api, service, hall);
    await endLink(clerk, linkId);
    expect(await myRole(mayor, service)).toBeNull();
    expectRefused(await renameActor(mayor, service), 'FORBIDDEN', `"${service.name}"`, 'no role there');
    expectRefused(await invite(mayor, service, 'MEMBER'), 'FORBIDDEN');
    expect(await myRole(clerk, service)).toBe('MANAGER');
  });

  it('passes nothing through a PART_OF link that has not started yet', async () => {
    const { mayor, clerk, hall } = await townHall();
    const future = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const later = await buildActor(clerk, { kind: 'SERVICE', parents: [hall], since: future });
    expect(await myRole(mayor, later)).toBeNull();
    expectRefused(await renameActor(mayor, later), 'FORBIDDEN', 'no role there');
  });
});

describe('rights on links', () => {
  it('needs EDITOR on both ends to create a PART_OF link: joining a network needs its consent', async () => {
    const [coordinator, outsider] = await Promise.all([signedIn(api), signedIn(api)]);
    const network = await buildActor(coordinator, { kind: 'NETWORK', name: `Réseau ${uid()}` });
    const association = await buildActor(outsider, { name: `Asso ${uid()}` });
    const join = { input: { type: 'PART_OF', fromId: association.id, toId: network.id } };

    expectRefused(await outsider.gql(CREATE_LINK, join), 'FORBIDDEN', 'EDITOR', `"${network.name}"`, 'no role there');
    expectRefused(await coordinator.gql(CREATE_LINK, join), 'FORBIDDEN', 'EDITOR', `"${association.name}"`);
    await addMember(coordinator, network, outsider, 'MEMBER');
    expectRefused(await outsider.gql(CREATE_LINK, join), 'FORBIDDEN', `"${network.name}"`, 'the MEMBER role');

    const membershipId = await membershipOf(coordinator, network, outsider);
    expectOk(await coordinator.gql(CHANGE_ROLE, { input: { membershipId, role: 'EDITOR' } }));
    expectOk(await outsider.gql(CREATE_LINK, join));
    expect(await myRole(coordinator, association)).toBe('MANAGER');
  });

  it('lets either end end a PART_OF link, and nobody else', async () => {
    const [coordinator, member, stranger] = await Promise.all([signedIn(api), signedIn(api), signedIn(api)]);
    const network = await buildActor(coordinator, { kind: 'NETWORK' });
    await addMember(coordinator, network, member, 'EDITOR');
    const leaving = await buildActor(member, { parents: [network] });
    const removed = await buildActor(member, { parents: [network] });
    const leavingLink = await partOfLinkId(api, leaving, network);
    const removedLink = await partOfLinkId(api, removed, network);

    expectRefused(await stranger.gql(END_LINK, { input: { linkId: leavingLink } }), 'FORBIDDEN', 'EDITOR');
    // The network's editor rights would reach the member's actors too: take them away first.
    expectOk(await coordinator.gql(END_MEMBERSHIP, { input: { membershipId: await membershipOf(coordinator, network, member) } }));
    expectOk(await member.gql(END_LINK, { input: { linkId: leavingLink } }));
    expectOk(await coordinator.gql(END_LINK, { input: { linkId: removedLink } }));
    const children = await api.ok<{ actor: { children: unknown[] } }>(`query($id: ID!) { actor(id: $id) { children { actor { id } } } }`, { id: network.id });
    expect(children.actor.children).toEqual([]);
  });

  it('needs EDITOR on the starting space, and no right on the place or theme, for LOCATED_AT and TAGGED', async () => {
    const [owner, neighbour] = await Promise.all([signedIn(api), signedIn(api)]);
    const actor = await buildActor(owner);
    const place = await buildPlace(neighbour);
    const theme = await buildTheme(neighbour);

    expectRefused(await neighbour.gql(CREATE_LINK, { input: { type: 'LOCATED_AT', fromId: actor.id, toId: place.id } }), 'FORBIDDEN', 'EDITOR', `"${actor.name}"`);
    expectRefused(await neighbour.gql(CREATE_LINK, { input: { type: 'TAGGED', fromId: actor.id, toId: theme.id } }), 'FORBIDDEN', 'EDITOR', `"${actor.name}"`);
    const located = (await buildLink(owner, 'LOCATED_AT', actor, place)).id;
    const tagged = (await buildLink(owner, 'TAGGED', actor, theme)).id;
    // The place's and the theme's creator cannot undo them either: the link belongs to the space.
    expectRefused(await neighbour.gql(END_LINK, { input: { linkId: located } }), 'FORBIDDEN', `"${actor.name}"`);
    expectRefused(await neighbour.gql(END_LINK, { input: { linkId: tagged } }), 'FORBIDDEN', `"${actor.name}"`);
    await endLink(owner, located);
    await endLink(owner, tagged);

    const action = await buildAction(owner);
    const editor = await signedIn(api);
    await addMember(owner, action, editor, 'EDITOR');
    expectOk(await editor.gql(CREATE_LINK, { input: { type: 'LOCATED_AT', fromId: action.id, toId: place.id } }));
  });

  it('needs EDITOR on both the actor and the action for CARRIES and TAKES_PART_IN', async () => {
    const [organiser, company] = await Promise.all([signedIn(api), signedIn(api)]);
    const action = await buildAction(organiser);
    const troupe = await buildActor(company);
    for (const type of ['CARRIES', 'TAKES_PART_IN']) {
      expectRefused(await company.gql(CREATE_LINK, { input: { type, fromId: troupe.id, toId: action.id } }), 'FORBIDDEN', `"${action.name}"`);
      expectRefused(await organiser.gql(CREATE_LINK, { input: { type, fromId: troupe.id, toId: action.id } }), 'FORBIDDEN', `"${troupe.name}"`);
    }
    await addMember(organiser, action, company, 'EDITOR');
    expectOk(await company.gql(CREATE_LINK, { input: { type: 'TAKES_PART_IN', fromId: troupe.id, toId: action.id } }));
  });

  it('leaves BROADER to the creator of the narrower theme, and places and themes to their creators', async () => {
    const [author, other] = await Promise.all([signedIn(api), signedIn(api)]);
    const narrow = await buildTheme(author, { name: `Compost ${uid()}` });
    const broad = await buildTheme(other, { name: `Jardin ${uid()}` });
    const place = await buildPlace(author);

    expectRefused(await other.gql(CREATE_LINK, { input: { type: 'BROADER', fromId: narrow.id, toId: broad.id } }), 'FORBIDDEN', `"${narrow.name}"`, 'created');
    const broader = (await buildLink(author, 'BROADER', narrow, broad)).id;
    expectRefused(await other.gql(END_LINK, { input: { linkId: broader } }), 'FORBIDDEN', `"${narrow.name}"`);
    await endLink(author, broader);

    expectRefused(await rename(other, UPDATE_THEME, narrow.id), 'FORBIDDEN', `"${narrow.name}"`);
    expectRefused(await rename(other, UPDATE_PLACE, place.id), 'FORBIDDEN', `"${place.name}"`);
    expectOk(await rename(author, UPDATE_THEME, narrow.id));
    expectOk(await rename(author, UPDATE_PLACE, place.id));
    expectOk(await rename(api, UPDATE_THEME, broad.id));
    expectOk(await api.gql(CREATE_LINK, { input: { type: 'BROADER', fromId: broad.id, toId: narrow.id } }));
  });
});

describe('partnerships', () => {
  /** Two actors of two different people, and a partnership between them once `a` may edit both. */
  async function partners() {
    const [a, b, bMember] = await Promise.all([signedIn(api), signedIn(api), signedIn(api)]);
    const x = await buildActor(a, { name: `Atelier ${uid()}` });
    const y = await buildActor(b, { name: `Bibliothèque ${uid()}` });
    await addMember(b, y, bMember, 'MEMBER');
    return { a, b, bMember, x, y };
  }

  it('needs EDITOR on every party to create a partnership', async () => {
    const { a, b, x, y } = await partners();
    const input = { name: `Partenariat ${uid()}`, partyIds: [x.id, y.id] };
    expectRefused(await a.gql(CREATE_PARTNERSHIP, { input }), 'FORBIDDEN', 'EDITOR', `"${y.name}"`, 'no role there');
    await addMember(b, y, a, 'EDITOR');
    const created = await a.ok<{ createPartnership: { partnership: Built } }>(CREATE_PARTNERSHIP, { input });
    expect(await myRole(a, created.createPartnership.partnership)).toBe('MANAGER');
  });

  it('lets the managers of its parties (and of what they are part of) manage a partnership, while the parties last', async () => {
    const { a, b, bMember, x, y } = await partners();
    const federation = await signedIn(api);
    const umbrella = await buildActor(federation, { kind: 'NETWORK' });
    await addMember(federation, umbrella, b, 'EDITOR');
    await buildLink(b, 'PART_OF', y, umbrella);
    await addMember(b, y, a, 'EDITOR');
    const partnership = await buildPartnership(a, { parties: [x, y] });

    expect(await myRole(b, partnership)).toBe('MANAGER');
    expectOk(await rename(b, UPDATE_PARTNERSHIP, partnership.id));
    expectOk(await invite(b, partnership, 'MEMBER'));
    expect(await myRole(federation, partnership)).toBe('MANAGER');
    expect(await myRole(bMember, partnership)).toBeNull();
    expectRefused(await rename(bMember, UPDATE_PARTNERSHIP, partnership.id), 'FORBIDDEN', 'EDITOR', 'no role there');

    const party = await api.ok<{ partnership: { parties: { actor: { id: string }; link: { id: string } }[] } }>(
      `query($id: ID!) { partnership(id: $id) { parties { actor { id } link { id } } } }`,
      { id: partnership.id },
    );
    await endLink(b, party.partnership.parties.find((p) => p.actor.id === y.id)!.link.id);
    expect(await myRole(b, partnership)).toBeNull();
    expectRefused(await rename(b, UPDATE_PARTNERSHIP, partnership.id), 'FORBIDDEN', 'no role there');
    expect(await myRole(a, partnership)).toBe('MANAGER');
  });
});

describe('memberships', () => {
  it('invites by e-mail: the invitee sees the invitation and accepts it by its id', async () => {
    const [owner, invitee] = await Promise.all([signedIn(api), signedIn(api)]);
    const actor = await buildActor(owner, { name: `Chorale ${uid()}` });
    const invited = await invite(owner, actor, 'EDITOR', invitee.email.toUpperCase());
    expectOk(invited);
    const invitation = invited.data!.inviteMember.invitation;
    expect(invited.data!.inviteMember.token).toBeNull();
    expect(invitation.email).toBe(invitee.email);

    const seen = await invitee.ok<{ me: { invitations: { id: string; role: Role; space: { id: string; name: string } }[] } }>(MY_INVITATIONS);
    expect(seen.me.invitations).toEqual([expect.objectContaining({ id: invitation.id, role: 'EDITOR', space: { id: actor.id, name: actor.name } })]);

    const accepted = await accept(invitee, { invitationId: invitation.id });
    expectOk(accepted);
    expect(accepted.data!.acceptInvitation.membership).toMatchObject({ role: 'EDITOR', until: null, person: { id: invitee.personId }, space: { id: actor.id } });
    expect(await myRole(invitee, actor)).toBe('EDITOR');
    expect((await invitee.ok<{ me: { invitations: unknown[] } }>(MY_INVITATIONS)).me.invitations).toEqual([]);
    expectRefused(await accept(invitee, { invitationId: invitation.id }), 'CONFLICT');
  });

  it('answers an e-mail invitation to anyone but the person it was sent to as an unknown one (NOT_FOUND)', async () => {
    const [owner, invitee, intruder] = await Promise.all([signedIn(api), signedIn(api), signedIn(api)]);
    const actor = await buildActor(owner);
    const invitation = (await invite(owner, actor, 'MANAGER', invitee.email)).data!.inviteMember.invitation;
    expect((await intruder.ok<{ me: { invitations: unknown[] } }>(MY_INVITATIONS)).me.invitations).toEqual([]);
    expectRefused(await accept(intruder, { invitationId: invitation.id }), 'NOT_FOUND', 'No invitation has the id');
    expect(await myRole(intruder, actor)).toBeNull();
    expectOk(await accept(invitee, { invitationId: invitation.id }));
  });

  it('accepts a link invitation once: the second use is a CONFLICT', async () => {
    const [owner, first, second] = await Promise.all([signedIn(api), signedIn(api), signedIn(api)]);
    const actor = await buildActor(owner);
    const invited = await invite(owner, actor, 'MEMBER');
    expectOk(invited);
    const token = invited.data!.inviteMember.token!;
    expect(token.length).toBeGreaterThan(20);
    expect(invited.data!.inviteMember.invitation.email).toBeNull();

    expectRefused(await accept(first, { token: `${token}x` }), 'NOT_FOUND');
    expectOk(await accept(first, { token }));
    expect(await myRole(first, actor)).toBe('MEMBER');
    expectRefused(await accept(second, { token }), 'CONFLICT');
    expect(await myRole(second, actor)).toBeNull();
    // A link invitation cannot be accepted by its id, which is not a secret: by id, it is unknown.
    const other = await invite(owner, actor, 'MANAGER');
    expectRefused(await accept(second, { invitationId: other.data!.inviteMember.invitation.id }), 'NOT_FOUND', 'No invitation has the id');
  });

  it('refuses an expired invitation, by e-mail or by link', async () => {
    const [owner, invitee] = await Promise.all([signedIn(api), signedIn(api)]);
    const actor = await buildActor(owner);
    const byMail = (await invite(owner, actor, 'EDITOR', invitee.email)).data!.inviteMember;
    const byLink = (await invite(owner, actor, 'EDITOR')).data!.inviteMember;
    // Test setup only: two weeks cannot pass during a test, so the expiry is moved into the past.
    await db.write((tx) =>
      tx.runText(`MATCH (i:Invitation) WHERE i.id IN $ids SET i.expiresAt = datetime() - duration('PT1M')`, {
        ids: [byMail.invitation.id, byLink.invitation.id],
      }),
    );
    expect((await invitee.ok<{ me: { invitations: unknown[] } }>(MY_INVITATIONS)).me.invitations).toEqual([]);
    expectRefused(await accept(invitee, { invitationId: byMail.invitation.id }), 'BAD_USER_INPUT', 'expired');
    expectRefused(await accept(invitee, { token: byLink.token! }), 'BAD_USER_INPUT', 'expired');
    expect(await myRole(invitee, actor)).toBeNull();
  });

  it('refuses an invitation for someone who is already a member', async () => {
    const [owner, member] = await Promise.all([signedIn(api), signedIn(api)]);
    const actor = await buildActor(owner);
    await addMember(owner, actor, member, 'MEMBER');
    const invitation = (await invite(owner, actor, 'MANAGER', member.email)).data!.inviteMember.invitation;
    expectRefused(await accept(member, { invitationId: invitation.id }), 'CONFLICT', 'already a member');
    expect(await myRole(member, actor)).toBe('MEMBER');
  });

  it('turns an accepted join request into a membership with the role given', async () => {
    const [owner, asker, editor] = await Promise.all([signedIn(api), signedIn(api), signedIn(api)]);
    const actor = await buildActor(owner);
    await addMember(owner, actor, editor, 'EDITOR');
    const asked = await asker.gql<{ requestToJoin: { joinRequest: { id: string; status: string; person: { id: string } } } }>(REQUEST, {
      input: { spaceId: actor.id, message: 'Bonjour, je voudrais aider.' },
    });
    expectOk(asked);
    const request = asked.data!.requestToJoin.joinRequest;
    expect(request).toMatchObject({ status: 'PENDING', person: { id: asker.personId } });

    expectRefused(await asker.gql(REQUEST, { input: { spaceId: actor.id } }), 'CONFLICT', 'already asked');
    expectRefused(await editor.gql(ANSWER, { input: { requestId: request.id, accept: true } }), 'FORBIDDEN', 'MANAGER', 'the EDITOR role');
    expectRefused(await asker.gql(ANSWER, { input: { requestId: request.id, accept: true, role: 'MANAGER' } }), 'FORBIDDEN', 'MANAGER');

    const answered = await owner.gql<{ answerJoinRequest: { joinRequest: { status: string } } }>(ANSWER, { input: { requestId: request.id, accept: true, role: 'EDITOR' } });
    expectOk(answered);
    expect(answered.data!.answerJoinRequest.joinRequest.status).toBe('ACCEPTED');
    expect(await myRole(asker, actor)).toBe('EDITOR');
    expectRefused(await owner.gql(ANSWER, { input: { requestId: request.id, accept: false } }), 'CONFLICT', 'already answered');
    expectRefused(await asker.gql(REQUEST, { input: { spaceId: actor.id } }), 'CONFLICT', 'already a member');
  });

  it('declines a join request without making a member, and the person may ask again', async () => {
    const [owner, asker] = await Promise.all([signedIn(api), signedIn(api)]);
    const actor = await buildActor(owner);
    const request = await asker.ok<{ requestToJoin: { joinRequest: { id: string } } }>(REQUEST, { input: { spaceId: actor.id } });
    const answered = await owner.ok<{ answerJoinRequest: { joinRequest: { status: string } } }>(ANSWER, {
      input: { requestId: request.requestToJoin.joinRequest.id, accept: false },
    });
    expect(answered.answerJoinRequest.joinRequest.status).toBe('DECLINED');
    expect(await myRole(asker, actor)).toBeNull();
    expectOk(await asker.gql(REQUEST, { input: { spaceId: actor.id } }));
  });

  it('changes a role by ending one membership and starting another, keeping both in history', async () => {
    const [owner, member] = await Promise.all([signedIn(api), signedIn(api)]);
    const actor = await buildActor(owner);
    const first = await addMember(owner, actor, member, 'MEMBER');
    const changed = await owner.gql<{ changeMemberRole: { membership: { id: string; role: Role; until: string | null } } }>(CHANGE_ROLE, {
      input: { membershipId: first, role: 'EDITOR' },
    });
    expectOk(changed);
    const second = changed.data!.changeMemberRole.membership;
    expect(second).toMatchObject({ role: 'EDITOR', until: null });
    expect(second.id).not.toBe(first);

    expect(await membershipHistory(member.personId, actor.id)).toEqual([
      { id: first, role: 'MEMBER', ended: true },
      { id: second.id, role: 'EDITOR', ended: false },
    ]);
    expect((await members(owner, actor)).find((m) => m.person.id === member.personId)).toMatchObject({ id: second.id, role: 'EDITOR' });
    expect(await myRole(member, actor)).toBe('EDITOR');
    expectRefused(await owner.gql(CHANGE_ROLE, { input: { membershipId: first, role: 'MANAGER' } }), 'BAD_USER_INPUT', 'ended');
    expectRefused(await owner.gql(END_MEMBERSHIP, { input: { membershipId: first } }), 'BAD_USER_INPUT', 'ended');
  });

  it('refuses role changes to anyone but a manager, the person concerned included', async () => {
    const [owner, editor] = await Promise.all([signedIn(api), signedIn(api)]);
    const actor = await buildActor(owner);
    const membershipId = await addMember(owner, actor, editor, 'EDITOR');
    expectRefused(await editor.gql(CHANGE_ROLE, { input: { membershipId, role: 'MANAGER' } }), 'FORBIDDEN', 'MANAGER', 'the EDITOR role');
    expect(await myRole(editor, actor)).toBe('EDITOR');
  });

  it('keeps the last manager until another manager exists', async () => {
    const [owner, successor] = await Promise.all([signedIn(api), signedIn(api)]);
    const actor = await buildActor(owner);
    const own = await membershipOf(owner, actor, owner);
    expectRefused(await owner.gql(END_MEMBERSHIP, { input: { membershipId: own } }), 'CONFLICT', 'last manager');
    expectRefused(await owner.gql(CHANGE_ROLE, { input: { membershipId: own, role: 'EDITOR' } }), 'CONFLICT', 'last manager');
    expect(await myRole(owner, actor)).toBe('MANAGER');

    const theirs = await addMember(owner, actor, successor, 'MEMBER');
    expectRefused(await owner.gql(END_MEMBERSHIP, { input: { membershipId: own } }), 'CONFLICT', 'last manager');
    expectOk(await owner.gql(CHANGE_ROLE, { input: { membershipId: theirs, role: 'MANAGER' } }));
    const demoted = await owner.ok<{ changeMemberRole: { membership: { id: string } } }>(CHANGE_ROLE, { input: { membershipId: own, role: 'EDITOR' } });
    expect(await myRole(owner, actor)).toBe('EDITOR');

    const successorNow = await membershipOf(successor, actor, successor);
    expectRefused(await successor.gql(END_MEMBERSHIP, { input: { membershipId: successorNow } }), 'CONFLICT', 'last manager');
    expectOk(await owner.gql(END_MEMBERSHIP, { input: { membershipId: demoted.changeMemberRole.membership.id } }));
    expect(await myRole(owner, actor)).toBeNull();
  });

  it('does not count a manager above the space as a successor', async () => {
    const { mayor, service, clerk } = await (async () => {
      const [m, c] = await Promise.all([signedIn(api), signedIn(api)]);
      const hall = await buildActor(m, { kind: 'INSTITUTION' });
      await addMember(m, hall, c, 'EDITOR');
      return { mayor: m, clerk: c, service: await buildActor(c, { kind: 'SERVICE', parents: [hall] }) };
    })();
    expect(await myRole(mayor, service)).toBe('MANAGER');
    expectRefused(await clerk.gql(END_MEMBERSHIP, { input: { membershipId: await membershipOf(clerk, service, clerk) } }), 'CONFLICT', 'last manager');
  });

  it('lets a member leave on their own, but not remove others', async () => {
    const [owner, leaver, stayer] = await Promise.all([signedIn(api), signedIn(api), signedIn(api)]);
    const actor = await buildActor(owner, { visibility: 'MEMBERS' });
    const leaving = await addMember(owner, actor, leaver, 'MEMBER');
    const staying = await addMember(owner, actor, stayer, 'EDITOR');

    expectRefused(await leaver.gql(END_MEMBERSHIP, { input: { membershipId: staying } }), 'FORBIDDEN', 'MANAGER', 'the MEMBER role');
    expectRefused(await stayer.gql(END_MEMBERSHIP, { input: { membershipId: leaving } }), 'FORBIDDEN', 'MANAGER', 'the EDITOR role');
    const left = await leaver.gql<{ endMembership: { membership: { id: string; until: string | null } } }>(END_MEMBERSHIP, { input: { membershipId: leaving } });
    expectOk(left);
    expect(left.data!.endMembership.membership.until).not.toBeNull();
    expect(await myRole(leaver, actor)).toBeNull();
    expect((await leaver.ok<{ entity: unknown }>(`query($id: ID!) { entity(id: $id) { id } }`, { id: actor.id })).entity).toBeNull();
    expectOk(await owner.gql(END_MEMBERSHIP, { input: { membershipId: staying } }));
    expect((await members(owner, actor)).map((m) => m.person.id)).toEqual([owner.personId]);
  });
});

describe('joining a members-only space', () => {
  it('is by invitation only: a request to join answers as if the space did not exist', async () => {
    const [owner, asker] = await Promise.all([signedIn(api), signedIn(api)]);
    const hidden = await buildActor(owner, { visibility: 'MEMBERS' });
    const unknown = await asker.gql(REQUEST, { input: { spaceId: crypto.randomUUID() } });
    const refused = await asker.gql(REQUEST, { input: { spaceId: hidden.id } });
    expectRefused(refused, 'NOT_FOUND');
    expect(refused.errors![0]!.message.replace(hidden.id, 'ID')).toBe(unknown.errors![0]!.message.replace(/"[0-9a-f-]{36}"/, '"ID"'));
  });
});
