// Members-only existence never leaks through a write: an id the caller may not see is answered exactly
// as an id that names nothing. The walk below takes every mutation and every id field of its input from
// the running server's introspection, so a new mutation is covered without editing this file, and
// sends each with hidden ids of every kind and with a random one, as an anonymous visitor, as a
// signed-in outsider and as a publisher with every right on the other ids of the call; the answers must
// be the same, and no message may name anything hidden. Then the reads and routes that take such ids,
// and the other oracles (slugs, types, invitations, what a public item shows of a hidden one).
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { uid, useTestApi, type GraphQLResponse } from './helpers/api.js';
import { buildActionAs, buildActorAs, buildPartnershipAs, buildPlaceAs, buildThemeAs, linkAs, signedIn, type Built, type Someone } from './factories/spaces.js';

const api = useTestApi();

/** Every hidden name, title, slug and address carries this mark; no message may contain it. */
const TOKEN = uid();
const MARK = `Cachee${TOKEN}`;
const hiddenName = (what: string) => `${what} ${MARK} ${uid()}`;
const containsMark = (text: string) => text.toLowerCase().includes(MARK.toLowerCase());

type Caller = { label: string; gql: (query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse<unknown>> };

const CONTENT_FIELDS = '{ item { id } }';
const MUTATIONS = {
  page: `mutation($input: CreatePageInput!) { createPage(input: $input) ${CONTENT_FIELDS} }`,
  article: `mutation($input: CreateArticleInput!) { createArticle(input: $input) ${CONTENT_FIELDS} }`,
  announcement: `mutation($input: CreateAnnouncementInput!) { createAnnouncement(input: $input) ${CONTENT_FIELDS} }`,
  media: `mutation($input: CreateMediaLinkInput!) { createMediaLink(input: $input) ${CONTENT_FIELDS} }`,
  task: `mutation($input: CreateTaskInput!) { createTask(input: $input) ${CONTENT_FIELDS} }`,
  idea: `mutation($input: CreateIdeaInput!) { createIdea(input: $input) ${CONTENT_FIELDS} }`,
  message: `mutation($input: PostMessageInput!) { postMessage(input: $input) ${CONTENT_FIELDS} }`,
};

/** One item of each kind in `space`, by `who`; `name` makes their titles. */
async function contentOfEachKind(who: Someone, space: Built, name: (what: string) => string, visibility?: 'PUBLIC' | 'MEMBERS') {
  const item = async (kind: keyof typeof MUTATIONS, input: Record<string, unknown>) =>
    Object.values(Object.values(await who.ok<Record<string, { item: { id: string } }>>(MUTATIONS[kind], { input }))[0]!)[0]!.id as string;
  const v = visibility ? { visibility } : {};
  return {
    page: await item('page', { spaceId: space.id, title: name('Page'), body: name('Corps'), ...v }),
    article: await item('article', { spaceId: space.id, title: name('Article'), body: name('Corps'), ...v }),
    announcement: await item('announcement', { spaceId: space.id, type: 'OFFER', title: name('Annonce'), body: name('Corps'), ...v }),
    media: await item('media', { spaceId: space.id, type: 'LINK', url: `https://example.org/${TOKEN}`, title: name('Lien'), visibility: 'PUBLIC' }),
    task: await item('task', { spaceId: space.id, title: name('Tâche') }),
    idea: await item('idea', { spaceId: space.id, title: name('Idée') }),
    message: await item('message', { spaceId: space.id, subject: name('Sujet'), body: name('Message') }),
  };
}

async function membershipOf(who: Someone, space: Built): Promise<string> {
  const data = await who.ok<{ actor: { members: { id: string; person: { id: string } }[] } }>(`query($id: ID!) { actor(id: $id) { members { id person { id } } } }`, { id: space.id });
  return data.actor.members.find((m) => m.person.id === who.personId)!.id;
}

async function requestToJoin(who: Someone, space: Built): Promise<string> {
  const data = await who.ok<{ requestToJoin: { joinRequest: { id: string } } }>(`mutation($input: RequestToJoinInput!) { requestToJoin(input: $input) { joinRequest { id } } }`, {
    input: { spaceId: space.id, message: hiddenName('Demande') },
  });
  return data.requestToJoin.joinRequest.id;
}

const START = '2031-03-01T10:00:00.000Z';

/** What an owner keeps from others: members-only spaces, what is in them, and what only some see. */
interface Hidden {
  owner: Someone;
  ownerPublic: Built;
  actor: Built;
  action: Built;
  partnership: Built;
  /** Id of every hidden thing, by what it is. */
  ids: Record<string, string>;
}

/** What a publisher may use freely: their own public spaces and items, where they are MANAGER. */
interface Public {
  publisher: Someone;
  actor: Built;
  actor2: Built;
  action: Built;
  place: Built;
  theme: Built;
  partnership: Built;
  proposal: Built;
  items: Awaited<ReturnType<typeof contentOfEachKind>>;
  membership: string;
  joinRequest: string;
}

let hidden: Hidden;
let pub: Public;
let outsider: Someone;

beforeAll(async () => {
  const [owner, publisher, requester, someone] = await Promise.all([signedIn(api), signedIn(api), signedIn(api), signedIn(api)]);
  outsider = someone;

  // The owner's members-only actor, action and partnership, one item of each kind inside them, and
  // things of a public space only some may see.
  const ownerPublic = await buildActorAs(owner, { name: `Public ${uid()}` });
  const actor = await buildActorAs(owner, { name: hiddenName('Acteur'), visibility: 'MEMBERS' });
  const theme = await buildThemeAs(owner);
  const [action, partnership] = await Promise.all([
    buildActionAs(owner, { name: hiddenName('Action'), visibility: 'MEMBERS', carriers: [actor], startsAt: START }),
    buildPartnershipAs(owner, { name: hiddenName('Partenariat'), visibility: 'MEMBERS', parties: [actor, ownerPublic] }),
  ]);
  const inHidden = await contentOfEachKind(owner, actor, hiddenName);
  const membersOnlyArticle = (await owner.ok<{ createArticle: { item: { id: string } } }>(MUTATIONS.article, {
    input: { spaceId: ownerPublic.id, title: hiddenName('Réservé'), body: hiddenName('Corps'), visibility: 'MEMBERS' },
  })).createArticle.item.id;
  const futureArticle = (await owner.ok<{ createArticle: { item: { id: string } } }>(MUTATIONS.article, {
    input: { spaceId: ownerPublic.id, title: hiddenName('À venir'), body: hiddenName('Corps'), publishedAt: '2099-01-01T00:00:00Z' },
  })).createArticle.item.id;
  const invitation = (await owner.ok<{ inviteMember: { invitation: { id: string } } }>(`mutation($input: InviteMemberInput!) { inviteMember(input: $input) { invitation { id } } }`, {
    input: { spaceId: ownerPublic.id, role: 'MEMBER', email: `invite-${MARK.toLowerCase()}@test.convergences.local` },
  })).inviteMember.invitation.id;
  const hiddenInvitation = (await owner.ok<{ inviteMember: { invitation: { id: string } } }>(`mutation($input: InviteMemberInput!) { inviteMember(input: $input) { invitation { id } } }`, {
    input: { spaceId: actor.id, role: 'EDITOR', email: `autre-${MARK.toLowerCase()}@test.convergences.local` },
  })).inviteMember.invitation.id;
  hidden = {
    owner,
    ownerPublic,
    actor,
    action,
    partnership,
    ids: {
      actor: actor.id,
      action: action.id,
      partnership: partnership.id,
      ...Object.fromEntries(Object.entries(inHidden).map(([k, v]) => [`${k} in a hidden space`, v])),
      'members-only article of a public space': membersOnlyArticle,
      'unpublished article of a public space': futureArticle,
      'membership of a hidden space': await membershipOf(owner, actor),
      'membership of a public space': await membershipOf(owner, ownerPublic),
      'invitation to another address': invitation,
      'invitation into a hidden space': hiddenInvitation,
      'join request of another person': await requestToJoin(requester, ownerPublic),
      'link from a hidden actor': await linkAs(owner, 'TAGGED', actor, theme),
      'link between a hidden and a public actor': await linkAs(owner, 'PART_OF', actor, ownerPublic),
    },
  };

  // The publisher's own public world, to fill every other id of a call with something valid.
  const [pActor, pActor2, place, pTheme] = await Promise.all([buildActorAs(publisher), buildActorAs(publisher), buildPlaceAs(publisher), buildThemeAs(publisher)]);
  const [pAction, pPartnership] = await Promise.all([
    buildActionAs(publisher, { carriers: [pActor], startsAt: START }),
    buildPartnershipAs(publisher, { parties: [pActor, pActor2] }),
  ]);
  const proposal = (await publisher.ok<{ proposePartnership: { partnership: Built } }>(`mutation($input: ProposePartnershipInput!) { proposePartnership(input: $input) { partnership { id slug name } } }`, {
    input: { name: `Proposition ${uid()}`, proposerId: pActor.id, partnerIds: [pActor2.id] },
  })).proposePartnership.partnership;
  pub = {
    publisher,
    actor: pActor,
    actor2: pActor2,
    action: pAction,
    place,
    theme: pTheme,
    partnership: pPartnership,
    proposal,
    items: await contentOfEachKind(publisher, pActor, (what) => `${what} ${uid()}`, 'PUBLIC'),
    membership: await membershipOf(publisher, pActor),
    joinRequest: await requestToJoin(requester, pActor),
  };
}, 120_000);

// ---- Introspection: every mutation, every id field --------------------------------------------------

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface InputValue {
  name: string;
  type: TypeRef;
}
interface SchemaType {
  name: string;
  kind: string;
  inputFields: InputValue[] | null;
  enumValues: { name: string }[] | null;
}
interface Field {
  name: string;
  args: InputValue[];
  type: TypeRef;
}

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
const INTROSPECTION = `{ __schema {
  mutationType { fields { name args { name type { ${TYPE_REF} } } type { ${TYPE_REF} } } }
  types { name kind inputFields { name type { ${TYPE_REF} } } enumValues { name } }
} }`;

const named = (t: TypeRef): TypeRef => (t.ofType ? named(t.ofType) : t);
const isList = (t: TypeRef): boolean => t.kind === 'LIST' || (t.kind === 'NON_NULL' && isList(t.ofType!));
const required = (t: TypeRef) => t.kind === 'NON_NULL';
const render = (t: TypeRef): string => (t.kind === 'NON_NULL' ? `${render(t.ofType!)}!` : t.kind === 'LIST' ? `[${render(t.ofType!)}]` : t.name!);

/** The id of every field that holds one, where the value under test is not: valid and usable by the publisher. */
function validIds(typeName: string, field: string): string[] | undefined {
  const byInput: Record<string, string | undefined> = {
    UpdateActorInput: pub.actor.id,
    UpdateActionInput: pub.action.id,
    UpdatePlaceInput: pub.place.id,
    UpdateThemeInput: pub.theme.id,
    UpdatePartnershipInput: pub.partnership.id,
    UpdatePageInput: pub.items.page,
    UpdateArticleInput: pub.items.article,
    UpdateAnnouncementInput: pub.items.announcement,
    UpdateMediaInput: pub.items.media,
    UpdateTaskInput: pub.items.task,
    SetIdeaStatusInput: pub.items.idea,
    VoteForIdeaInput: pub.items.idea,
  };
  const table: Record<string, string[]> = {
    id: [byInput[typeName] ?? pub.actor.id],
    spaceId: [pub.actor.id],
    fromId: [pub.actor.id],
    toId: [pub.actor2.id],
    targetId: [pub.items.article],
    mediaIds: [pub.items.media],
    itemId: [typeName === 'AddCommentInput' ? pub.items.task : pub.items.article],
    actionId: [pub.action.id],
    proposerId: [pub.actor.id],
    partnerIds: [pub.actor2.id],
    partyIds: [pub.actor.id, pub.actor2.id],
    partnershipId: [pub.proposal.id],
    actorId: [pub.actor2.id],
    membershipId: [pub.membership],
    requestId: [pub.joinRequest],
    personId: [pub.publisher.personId],
  };
  return table[field];
}

/** Valid values of required non-id fields the first enum value or a plain string would not satisfy. */
const VALUES: Record<string, unknown> = {
  'CreateMediaLinkInput.type': 'LINK',
  url: 'https://example.org/page',
  email: `essai-${uid()}@test.convergences.local`,
  originalStartsAt: START,
};
/** Optional fields a call needs to reach its lookup, by input type (or `Type.field` under test). */
const EXTRAS: Record<string, Record<string, unknown>> = {
  'PostMessageInput.spaceId': { subject: 'Sujet' },
  UpdateOccurrenceInput: { status: 'CANCELLED' },
};

function scalarValue(t: TypeRef, typeName: string, field: string, types: Map<string, SchemaType>): unknown {
  const n = named(t);
  const explicit = VALUES[`${typeName}.${field}`] ?? VALUES[field];
  let value: unknown;
  if (explicit !== undefined) value = explicit;
  else if (n.kind === 'ENUM') value = types.get(n.name!)!.enumValues![0]!.name;
  else if (n.kind === 'INPUT_OBJECT') value = buildInput(n.name!, null, null, types);
  else if (n.name === 'Boolean') value = true;
  else if (n.name === 'Int') value = 1;
  else if (n.name === 'Float') value = 10;
  else if (n.name === 'DateTime') value = START;
  else if (n.name === 'ID') value = validIds(typeName, field)?.[0] ?? pub.actor.id;
  else value = 'Essai';
  if (isList(t) && n.name === 'ID') return validIds(typeName, field) ?? [value];
  return isList(t) ? [value] : value;
}

/**
 * A minimal valid value of an input type: its required fields, the extras it needs, and at `path` the id
 * under test (`id`; in a list, after the list's first valid id so a call naming several stays valid).
 */
function buildInput(typeName: string, path: string[] | null, id: string | null, types: Map<string, SchemaType>): Record<string, unknown> {
  const type = types.get(typeName)!;
  const out: Record<string, unknown> = { ...EXTRAS[typeName], ...(path && path.length === 1 ? EXTRAS[`${typeName}.${path[0]}`] : {}) };
  for (const f of type.inputFields ?? []) {
    if (path && path[0] === f.name) {
      const n = named(f.type);
      if (path.length > 1) out[f.name] = buildInput(n.name!, path.slice(1), id, types);
      else out[f.name] = isList(f.type) ? [...(validIds(typeName, f.name)?.slice(0, 1) ?? []), id] : id;
    } else if (required(f.type)) {
      out[f.name] = scalarValue(f.type, typeName, f.name, types);
    }
  }
  return out;
}

/** Paths of every ID field of an input type, recursing into input objects. */
function idPaths(typeName: string, types: Map<string, SchemaType>, seen: string[] = []): string[][] {
  if (seen.includes(typeName)) return [];
  const out: string[][] = [];
  for (const f of types.get(typeName)?.inputFields ?? []) {
    const n = named(f.type);
    if (n.name === 'ID') out.push([f.name]);
    else if (n.kind === 'INPUT_OBJECT') for (const p of idPaths(n.name!, types, [...seen, typeName])) out.push([f.name, ...p]);
  }
  return out;
}

interface Call {
  mutation: string;
  /** `arg.field.…` */
  path: string;
  /** The operation and its variables, for an id. */
  request(id: string): { query: string; variables: Record<string, unknown> };
}

function callsOf(mutations: Field[], types: Map<string, SchemaType>): Call[] {
  const calls: Call[] = [];
  for (const m of mutations) {
    const ret = named(m.type);
    const selection = ret.kind === 'OBJECT' || ret.kind === 'INTERFACE' || ret.kind === 'UNION' ? ' { __typename }' : '';
    const decl = m.args.map((a) => `$${a.name}: ${render(a.type)}`).join(', ');
    const query = `mutation(${decl}) { ${m.name}(${m.args.map((a) => `${a.name}: $${a.name}`).join(', ')})${selection} }`;
    for (const arg of m.args) {
      const n = named(arg.type);
      const paths = n.name === 'ID' ? [[]] : n.kind === 'INPUT_OBJECT' ? idPaths(n.name!, types) : [];
      for (const path of paths) {
        calls.push({
          mutation: m.name,
          path: [arg.name, ...path].join('.'),
          request: (id) => {
            const variables: Record<string, unknown> = {};
            for (const a of m.args) {
              const an = named(a.type);
              if (a === arg) variables[a.name] = path.length === 0 ? (isList(a.type) ? [id] : id) : buildInput(an.name!, path, id, types);
              else if (required(a.type)) variables[a.name] = an.kind === 'INPUT_OBJECT' ? buildInput(an.name!, null, null, types) : scalarValue(a.type, m.name, a.name, types);
            }
            return { query, variables };
          },
        });
      }
    }
  }
  return calls;
}

/** An answer as a client compares it: status, and each error's code, field and message with the id replaced. */
function answerOf(res: GraphQLResponse<unknown>, id: string): string {
  if (!res.errors?.length) return `${res.status} OK`;
  return `${res.status} ${res.errors.map((e) => `${e.extensions?.code} ${e.extensions?.field ?? '-'} ${e.message.split(id).join('<id>')}`).join(' | ')}`;
}

/** Runs `work` over `items`, `width` at a time. */
async function inPool<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

describe('every mutation, from introspection', () => {
  it('answers an id the caller may not see exactly as an id that does not exist, and never names it', async () => {
    const schema = (await api.ok<{ __schema: { mutationType: { fields: Field[] }; types: SchemaType[] } }>(INTROSPECTION)).__schema;
    const types = new Map(schema.types.map((t) => [t.name, t]));
    const calls = callsOf(schema.mutationType.fields, types);
    // The walk must see the mutations the issue names, or it would pass by testing nothing.
    const covered = new Set(calls.map((c) => c.mutation));
    for (const m of ['updateActor', 'createLink', 'createAction', 'placeContent', 'attachMedia', 'proposePartnership', 'acceptInvitation', 'postMessage', 'setRecurrence']) expect(covered).toContain(m);
    expect(calls.length).toBeGreaterThan(60);

    const callers: Caller[] = [
      { label: 'anonymous', gql: (q, v) => api.anon(q, v) },
      { label: 'outsider', gql: (q, v) => outsider.gql(q, v) },
      { label: 'publisher', gql: (q, v) => pub.publisher.gql(q, v) },
    ];
    const mismatches: string[] = [];
    const leaks: string[] = [];
    const jobs = calls.flatMap((call) => callers.map((caller) => ({ call, caller })));
    await inPool(jobs, 6, async ({ call, caller }) => {
      const random = randomUUID();
      const send = async (id: string) => {
        const { query, variables } = call.request(id);
        const res = await caller.gql(query, variables);
        for (const e of res.errors ?? []) if (containsMark(e.message)) leaks.push(`${caller.label} ${call.mutation} ${call.path}: ${e.message}`);
        return answerOf(res, id);
      };
      const expected = await send(random);
      for (const [what, id] of Object.entries(hidden.ids)) {
        const got = await send(id);
        if (got !== expected) mismatches.push(`${caller.label} ${call.mutation}(${call.path} = ${what}): ${got}\n    random id: ${expected}`);
      }
    });
    expect(leaks).toEqual([]);
    expect(mismatches).toEqual([]);
  }, 240_000);
});
