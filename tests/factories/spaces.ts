// Factories for people and their spaces, written through GraphQL over HTTP by whoever is signed in on
// the client given: the creator of a space becomes its MANAGER, so rights tests start from real roles.
// Every builder takes a `Writer` (a signed-in client, or the administrator `api`).
import type { ActionKind, ActorKind, LinkType, Role, Visibility } from '../../api/generated/graphql.js';
import { uid, type TestApi } from '../helpers/api.js';
import { signUpClient, type Client, type SignedUp } from '../helpers/client.js';
import type { Built } from './graph.js';

export type { Built };

/** Anything that sends GraphQL and fails the test on an error: a person's client, or the admin api. */
export type Writer = Pick<Client, 'ok'>;

/** A signed-in person: their own cookie-holding client, ids, and `ok`/`gql` shortcuts on it. */
export interface Someone extends SignedUp {
  ok: Client['ok'];
  gql: Client['gql'];
}

/** A fresh account, signed in on its own client. */
export async function signedIn(api: Pick<TestApi, 'url'>, options: { displayName?: string } = {}): Promise<Someone> {
  const person = await signUpClient(api, options);
  return { ...person, ok: (q, v) => person.client.ok(q, v), gql: (q, v) => person.client.gql(q, v) };
}

type Ref = Built | string;
const idOf = (e: Ref): string => (typeof e === 'string' ? e : e.id);
const idsOf = (list: readonly Ref[] | undefined): string[] | undefined => list?.map(idOf);
const FIELDS = 'id slug name';

async function create(who: Writer, mutation: string, input: Record<string, unknown>): Promise<Built> {
  const data = await who.ok<Record<string, Record<string, Built>>>(mutation, { input });
  return Object.values(Object.values(data)[0]!)[0]!;
}

export interface ActorAsOptions {
  name?: string;
  kind?: ActorKind;
  description?: string;
  visibility?: Visibility;
  contactEmail?: string;
  contactPhone?: string;
  contactVisibility?: Visibility;
  parents?: readonly Ref[];
  places?: readonly Ref[];
  themes?: readonly Ref[];
  since?: string;
}

export function buildActorAs(who: Writer, o: ActorAsOptions = {}): Promise<Built> {
  return create(who, `mutation($input: CreateActorInput!) { createActor(input: $input) { actor { ${FIELDS} } } }`, {
    name: o.name ?? `Acteur ${uid()}`,
    kind: o.kind ?? 'ASSOCIATION',
    description: o.description,
    visibility: o.visibility,
    contactEmail: o.contactEmail,
    contactPhone: o.contactPhone,
    contactVisibility: o.contactVisibility,
    parentIds: idsOf(o.parents),
    placeIds: idsOf(o.places),
    themeIds: idsOf(o.themes),
    since: o.since,
  });
}

export interface ActionAsOptions {
  name?: string;
  kind?: ActionKind;
  description?: string;
  visibility?: Visibility;
  startsAt?: string;
  endsAt?: string;
  partOf?: readonly Ref[];
  carriers?: readonly Ref[];
  participants?: readonly Ref[];
  places?: readonly Ref[];
  themes?: readonly Ref[];
  since?: string;
}

export function buildActionAs(who: Writer, o: ActionAsOptions = {}): Promise<Built> {
  return create(who, `mutation($input: CreateActionInput!) { createAction(input: $input) { action { ${FIELDS} } } }`, {
    name: o.name ?? `Action ${uid()}`,
    kind: o.kind ?? 'EVENT',
    description: o.description,
    visibility: o.visibility,
    startsAt: o.startsAt,
    endsAt: o.endsAt,
    parentIds: idsOf(o.partOf),
    carrierIds: idsOf(o.carriers),
    participantIds: idsOf(o.participants),
    placeIds: idsOf(o.places),
    themeIds: idsOf(o.themes),
    since: o.since,
  });
}

export interface PartnershipAsOptions {
  name?: string;
  description?: string;
  visibility?: Visibility;
  parties: readonly Ref[];
  actions?: readonly Ref[];
  themes?: readonly Ref[];
}

export function buildPartnershipAs(who: Writer, o: PartnershipAsOptions): Promise<Built> {
  return create(who, `mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { partnership { ${FIELDS} } } }`, {
    name: o.name ?? `Partenariat ${uid()}`,
    description: o.description,
    visibility: o.visibility,
    partyIds: idsOf(o.parties),
    actionIds: idsOf(o.actions),
    themeIds: idsOf(o.themes),
  });
}

/** A place; by default a random point of the Atlantic (see oceanBox in graph.ts for boxes of one's own). */
export function buildPlaceAs(who: Writer, o: { name?: string; latitude?: number; longitude?: number } = {}): Promise<Built> {
  return create(who, `mutation($input: CreatePlaceInput!) { createPlace(input: $input) { place { ${FIELDS} } } }`, {
    name: o.name ?? `Lieu ${uid()}`,
    location: { latitude: o.latitude ?? 30 + Math.random() * 5, longitude: o.longitude ?? -40 + Math.random() * 5 },
  });
}

export function buildThemeAs(who: Writer, o: { name?: string; broader?: readonly Ref[] } = {}): Promise<Built> {
  return create(who, `mutation($input: CreateThemeInput!) { createTheme(input: $input) { theme { ${FIELDS} } } }`, {
    name: o.name ?? `Thème ${uid()}`,
    broaderIds: idsOf(o.broader),
  });
}

/** Creates a dated link as `who`; returns the link's id. */
export async function linkAs(who: Writer, type: LinkType, from: Ref, to: Ref, o: { since?: string; until?: string } = {}): Promise<string> {
  const data = await who.ok<{ createLink: { link: { id: string } } }>(`mutation($input: CreateLinkInput!) { createLink(input: $input) { link { id } } }`, {
    input: { type, fromId: idOf(from), toId: idOf(to), since: o.since, until: o.until },
  });
  return data.createLink.link.id;
}

/** Ends a link as `who` (at `until`, default now). */
export async function endLinkAs(who: Writer, linkId: string, until?: string): Promise<void> {
  await who.ok(`mutation($input: EndLinkInput!) { endLink(input: $input) { link { id } } }`, { input: { linkId, until } });
}

/** The id of the current PART_OF link from an actor or action to one of its parents, read by `who`. */
export async function partOfLinkId(who: Writer, child: Ref, parent: Ref): Promise<string> {
  const data = await who.ok<{
    actor: { parents: { actor: { id: string }; link: { id: string } }[] } | null;
    action: { parents: { action: { id: string }; link: { id: string } }[] } | null;
  }>(`query($id: ID!) { actor(id: $id) { parents { actor { id } link { id } } } action(id: $id) { parents { action { id } link { id } } } }`, {
    id: idOf(child),
  });
  const links = [...(data.actor?.parents.map((p) => ({ id: p.actor.id, link: p.link.id })) ?? []), ...(data.action?.parents.map((p) => ({ id: p.action.id, link: p.link.id })) ?? [])];
  const found = links.find((l) => l.id === idOf(parent));
  if (!found) throw new Error(`${idOf(child)} is not currently part of ${idOf(parent)}`);
  return found.link;
}

/**
 * Gives `person` a role in a space the way people get one: `manager` invites their e-mail, they accept
 * the invitation by its id. Returns the new membership's id.
 */
export async function addMember(manager: Writer, space: Ref, person: Pick<SignedUp, 'client' | 'email'>, role: Role): Promise<string> {
  const invited = await manager.ok<{ inviteMember: { invitation: { id: string } } }>(
    `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { invitation { id } } }`,
    { input: { spaceId: idOf(space), role, email: person.email } },
  );
  const accepted = await person.client.ok<{ acceptInvitation: { membership: { id: string } } }>(
    `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { membership { id } } }`,
    { input: { invitationId: invited.inviteMember.invitation.id } },
  );
  return accepted.acceptInvitation.membership.id;
}
