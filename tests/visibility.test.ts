// Members-only items never leave the database for readers who may not see them: every read path is
// tried — by id and slug, nested links, trees, lists and their counts, full-text search, map, dates,
// member lists and contact fields — by five readers, through GraphQL over HTTP with real cookies.
import { beforeAll, describe, expect, it } from 'vitest';
import { uid, useTestApi, type GraphQLResponse } from './helpers/api.js';
import { buildAction } from './factories/actions.js';
import { buildActor } from './factories/actors.js';
import { buildLink, endLink, partOfLinkId } from './factories/links.js';
import { buildPartnership } from './factories/partnerships.js';
import { addMember, signedIn, type Someone } from './factories/people.js';
import { buildPlace, oceanBox } from './factories/places.js';
import { buildTheme } from './factories/themes.js';
import type { Built } from './factories/write.js';

const api = useTestApi();

/**
 * The world every test reads. A public network (`parent`) and a public festival, managed by
 * `parentManager`; `owner` (their EDITOR) builds below them:
 *
 *   parent ── publicActor (contact e-mail members-only)         festival ── publicAction
 *          └─ secretActor [MEMBERS] ── belowSecret                       └─ secretAction [MEMBERS] ── belowSecretAction
 *   secretPartnership [MEMBERS]: publicActor + secretActor, concerns publicAction
 *   publicPartnership: publicActor + openContactActor, concerns secretAction
 *
 * secretActor and secretAction sit alone at `secretPlace` (in their own map box), are tagged with
 * their own theme, carry made-up words in their descriptions, and secretAction alone runs at `startsAt`.
 * `member` is a MEMBER of publicActor and of the three members-only spaces; `outsider` manages a space
 * of their own elsewhere.
 */
interface World {
  owner: Someone;
  member: Someone;
  outsider: Someone;
  parentManager: Someone;
  parent: Built;
  festival: Built;
  publicActor: Built;
  openContactActor: Built;
  secretActor: Built;
  belowSecret: Built;
  publicAction: Built;
  secretAction: Built;
  belowSecretAction: Built;
  secretPartnership: Built;
  publicPartnership: Built;
  secretPlace: Built;
  theme: Built;
  box: ReturnType<typeof oceanBox>['bbox'];
  words: { actor: string; action: string; partnership: string };
  startsAt: string;
  contact: { publicActor: string; openContactActor: string; secretActor: string };
}

let w: World;

/** A made-up word no other data holds (letters only, so that no analyser splits it). */
function madeUpWord(): string {
  return Array.from({ length: 12 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
}

beforeAll(async () => {
  const [owner, member, outsider, parentManager] = await Promise.all([signedIn(api), signedIn(api), signedIn(api), signedIn(api)]);
  const parent = await buildActor(parentManager, { kind: 'NETWORK', name: `Réseau ouvert ${uid()}` });
  const festival = await buildAction(parentManager, { kind: 'FESTIVAL', name: `Festival ouvert ${uid()}` });
  await addMember(parentManager, parent, owner, 'EDITOR');
  await addMember(parentManager, festival, owner, 'EDITOR');
  await buildActor(outsider, { name: `Ailleurs ${uid()}` });

  const { bbox, inside } = oceanBox();
  const secretPlace = await buildPlace(owner, { name: `Lieu discret ${uid()}`, ...inside });
  const theme = await buildTheme(owner, { name: `Thème discret ${uid()}` });
  const words = { actor: madeUpWord(), action: madeUpWord(), partnership: madeUpWord() };
  // A one-hour slot at a random minute of the 24th century: no other test's action runs then.
  const start = Date.UTC(2300 + Math.floor(Math.random() * 90), Math.floor(Math.random() * 12), 1 + Math.floor(Math.random() * 27), Math.floor(Math.random() * 23), Math.floor(Math.random() * 60));
  const startsAt = new Date(start).toISOString();
  const contact = { publicActor: `public-${uid()}@test.convergences.local`, openContactActor: `ouvert-${uid()}@test.convergences.local`, secretActor: `secret-${uid()}@test.convergences.local` };

  const publicActor = await buildActor(owner, { name: `Acteur public ${uid()}`, parents: [parent], contactEmail: contact.publicActor, contactPhone: '+33 2 96 00 00 01' });
  const openContactActor = await buildActor(owner, { name: `Acteur joignable ${uid()}`, contactEmail: contact.openContactActor, contactVisibility: 'PUBLIC' });
  const secretActor = await buildActor(owner, {
    name: `Acteur discret ${uid()}`,
    visibility: 'MEMBERS',
    description: `Un collectif ${words.actor} qui ne se montre qu’à ses membres.`,
    contactEmail: contact.secretActor,
    parents: [parent],
    places: [secretPlace],
    themes: [theme],
  });
  const belowSecret = await buildActor(owner, { name: `Sous le discret ${uid()}`, parents: [secretActor] });
  const publicAction = await buildAction(owner, { name: `Action publique ${uid()}`, partOf: [festival], carriers: [publicActor], participants: [secretActor] });
  const secretAction = await buildAction(owner, {
    name: `Répétition discrète ${uid()}`,
    kind: 'SHOW',
    visibility: 'MEMBERS',
    description: `Une répétition ${words.action} réservée aux membres.`,
    startsAt,
    endsAt: new Date(start + 3_600_000).toISOString(),
    partOf: [festival],
    carriers: [publicActor],
    places: [secretPlace],
    themes: [theme],
  });
  const belowSecretAction = await buildAction(owner, { name: `Sous la répétition ${uid()}`, partOf: [secretAction] });
  const secretPartnership = await buildPartnership(owner, {
    name: `Partenariat ${words.partnership}`,
    visibility: 'MEMBERS',
    parties: [publicActor, secretActor],
    actions: [publicAction],
  });
  const publicPartnership = await buildPartnership(owner, { name: `Partenariat public ${uid()}`, parties: [publicActor, openContactActor], actions: [secretAction] });
  for (const space of [publicActor, secretActor, secretAction, secretPartnership]) await addMember(owner, space, member, 'MEMBER');

  w = {
    owner,
    member,
    outsider,
    parentManager,
    parent,
    festival,
    publicActor,
    openContactActor,
    secretActor,
    belowSecret,
    publicAction,
    secretAction,
    belowSecretAction,
    secretPartnership,
    publicPartnership,
    secretPlace,
    theme,
    box: bbox,
    words,
    startsAt,
    contact,
  };
});

type Send = <T>(query: string, variables?: Record<string, unknown>) => Promise<GraphQLResponse<T>>;

interface Reader {
  name: string;
  /** May see the members-only items (member of them, manager above them, or administrator). */
  allowed: boolean;
  /** May see the parent network's member list (its manager, or an administrator). */
  seesParentMembers: boolean;
  send: () => Send;
}

const READERS: Reader[] = [
  { name: 'an anonymous visitor', allowed: false, seesParentMembers: false, send: () => (q, v) => api.anon(q, v) },
  { name: 'a member of another space', allowed: false, seesParentMembers: false, send: () => (q, v) => w.outsider.gql(q, v) },
  { name: 'a MEMBER of the spaces', allowed: true, seesParentMembers: false, send: () => (q, v) => w.member.gql(q, v) },
  { name: 'the MANAGER of the parent spaces', allowed: true, seesParentMembers: true, send: () => (q, v) => w.parentManager.gql(q, v) },
  { name: 'an administrator', allowed: true, seesParentMembers: true, send: () => (q, v) => api.gql(q, v) },
];

async function read<T>(send: Send, query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await send<T>(query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

/** One page of a root list, `args` written with the variables given (their types are inferred from the names). */
async function listPage(send: Send, list: string, args: string, variables: Record<string, unknown>): Promise<{ totalCount: number; nodes: { id: string }[] }> {
  const types: Record<string, string> = { id: 'ID!', text: 'String!', bbox: 'BoundingBox!', from: 'DateTime!', to: 'DateTime!' };
  const declared = Object.keys(variables).map((name) => `$${name}: ${types[name]}`).join(', ');
  const data = await read<Record<string, { totalCount: number; nodes: { id: string }[] }>>(send, `query(${declared}) { ${list}(${args}) { totalCount nodes { id } } }`, variables);
  return data[list]!;
}

const ids = (list: { id: string }[]) => list.map((e) => e.id).sort();
/** The ids expected: the public ones, plus the members-only ones when the reader may see them. */
const expected = (allowed: boolean, open: Built[], hidden: Built[]) => [...open, ...(allowed ? hidden : [])].map((e) => e.id).sort();

describe.each(READERS)('read by $name', (reader) => {
  const { allowed } = reader;
  const seen = (e: Built | undefined | null) => (allowed ? e?.id : null);

  it(allowed ? 'finds the members-only actor, action and partnership by id and by slug' : 'finds no members-only actor, action or partnership, by id or by slug', async () => {
    const send = reader.send();
    const data = await read<Record<string, { id: string } | null>>(
      send,
      `query($actor: ID!, $actorSlug: String!, $action: ID!, $actionSlug: String!, $partnership: ID!, $partnershipSlug: String!) {
        actorById: actor(id: $actor) { id } actorBySlug: actor(slug: $actorSlug) { id } actorEntity: entity(id: $actor) { id }
        actionById: action(id: $action) { id } actionBySlug: action(slug: $actionSlug) { id } actionEntity: entity(id: $action) { id }
        partnershipById: partnership(id: $partnership) { id } partnershipBySlug: partnership(slug: $partnershipSlug) { id }
        partnershipEntity: entity(id: $partnership) { id }
        actorAsOf: actor(id: $actor, asOf: "2020-01-01") { id }
      }`,
      {
        actor: w.secretActor.id,
        actorSlug: w.secretActor.slug,
        action: w.secretAction.id,
        actionSlug: w.secretAction.slug,
        partnership: w.secretPartnership.id,
        partnershipSlug: w.secretPartnership.slug,
      },
    );
    for (const [key, item] of [
      ['actor', w.secretActor],
      ['action', w.secretAction],
      ['partnership', w.secretPartnership],
    ] as const) {
      for (const path of ['ById', 'BySlug', 'Entity']) expect(data[`${key}${path}`]?.id ?? null, `${key}${path}`).toBe(seen(item) ?? null);
    }
    expect(data.actorAsOf?.id ?? null).toBe(seen(w.secretActor) ?? null);
  });

  it(allowed ? 'sees the members-only items through every link field' : 'sees no members-only item through any link field', async () => {
    const send = reader.send();
    const d = await read<{
      publicActor: { actions: { action: { id: string } }[]; partnerships: { partnership: { id: string } }[] };
      publicAction: { actors: { actor: { id: string } }[]; partnerships: { partnership: { id: string } }[] };
      festival: { children: { action: { id: string } }[] };
      futureFestival: { children: { action: { id: string } }[] };
      parent: { children: { actor: { id: string } }[] };
      place: { actions: { action: { id: string } }[]; actors: { actor: { id: string } }[] };
      publicPartnership: { actions: { action: { id: string } }[]; parties: { actor: { id: string } }[] };
      belowSecret: { parents: { actor: { id: string } }[] };
      belowSecretAction: { parents: { action: { id: string } }[] };
    }>(
      send,
      `query($publicActor: ID!, $publicAction: ID!, $festival: ID!, $parent: ID!, $place: ID!, $publicPartnership: ID!, $belowSecret: ID!, $belowSecretAction: ID!) {
        publicActor: actor(id: $publicActor) { actions { action { id } } partnerships { partnership { id } } }
        publicAction: action(id: $publicAction) { actors { actor { id } } partnerships { partnership { id } } }
        festival: action(id: $festival) { children { action { id } } }
        futureFestival: action(id: $festival, asOf: "2999-01-01") { children { action { id } } }
        parent: actor(id: $parent) { children { actor { id } } }
        place: place(id: $place) { actions { action { id } } actors { actor { id } } }
        publicPartnership: partnership(id: $publicPartnership) { actions { action { id } } parties { actor { id } } }
        belowSecret: actor(id: $belowSecret) { parents { actor { id } } }
        belowSecretAction: action(id: $belowSecretAction) { parents { action { id } } }
      }`,
      {
        publicActor: w.publicActor.id,
        publicAction: w.publicAction.id,
        festival: w.festival.id,
        parent: w.parent.id,
        place: w.secretPlace.id,
        publicPartnership: w.publicPartnership.id,
        belowSecret: w.belowSecret.id,
        belowSecretAction: w.belowSecretAction.id,
      },
    );
    expect(ids(d.publicActor.actions.map((l) => l.action))).toEqual(expected(allowed, [w.publicAction], [w.secretAction]));
    expect(ids(d.publicActor.partnerships.map((l) => l.partnership))).toEqual(expected(allowed, [w.publicPartnership], [w.secretPartnership]));
    expect(ids(d.publicAction.actors.map((l) => l.actor))).toEqual(expected(allowed, [w.publicActor], [w.secretActor]));
    expect(ids(d.publicAction.partnerships.map((l) => l.partnership))).toEqual(expected(allowed, [], [w.secretPartnership]));
    expect(ids(d.festival.children.map((l) => l.action))).toEqual(expected(allowed, [w.publicAction], [w.secretAction]));
    expect(ids(d.futureFestival.children.map((l) => l.action))).toEqual(expected(allowed, [w.publicAction], [w.secretAction]));
    expect(ids(d.parent.children.map((l) => l.actor))).toEqual(expected(allowed, [w.publicActor], [w.secretActor]));
    expect(ids(d.place.actions.map((l) => l.action))).toEqual(expected(allowed, [], [w.secretAction]));
    expect(ids(d.place.actors.map((l) => l.actor))).toEqual(expected(allowed, [], [w.secretActor]));
    expect(ids(d.publicPartnership.actions.map((l) => l.action))).toEqual(expected(allowed, [], [w.secretAction]));
    expect(ids(d.publicPartnership.parties.map((l) => l.actor))).toEqual(expected(allowed, [w.publicActor, w.openContactActor], []));
    expect(ids(d.belowSecret.parents.map((l) => l.actor))).toEqual(expected(allowed, [], [w.secretActor]));
    expect(ids(d.belowSecretAction.parents.map((l) => l.action))).toEqual(expected(allowed, [], [w.secretAction]));
  });

  it(allowed ? 'sees the whole PART_OF trees' : 'sees no members-only level of a tree, nor anything beyond it', async () => {
    const send = reader.send();
    const d = await read<{
      parent: { descendants: { actor: { id: string } }[] };
      festival: { descendants: { action: { id: string } }[] };
      belowSecret: { ancestors: { actor: { id: string }; depth: number }[] };
      belowSecretAction: { ancestors: { action: { id: string }; depth: number }[] };
    }>(
      send,
      `query($parent: ID!, $festival: ID!, $belowSecret: ID!, $belowSecretAction: ID!) {
        parent: actor(id: $parent) { descendants(depth: 5) { actor { id } } }
        festival: action(id: $festival) { descendants(depth: 5) { action { id } } }
        belowSecret: actor(id: $belowSecret) { ancestors(depth: 5) { actor { id } depth } }
        belowSecretAction: action(id: $belowSecretAction) { ancestors(depth: 5) { action { id } depth } }
      }`,
      { parent: w.parent.id, festival: w.festival.id, belowSecret: w.belowSecret.id, belowSecretAction: w.belowSecretAction.id },
    );
    expect(ids(d.parent.descendants.map((e) => e.actor))).toEqual(expected(allowed, [w.publicActor], [w.secretActor, w.belowSecret]));
    expect(ids(d.festival.descendants.map((e) => e.action))).toEqual(expected(allowed, [w.publicAction], [w.secretAction, w.belowSecretAction]));
    expect(d.belowSecret.ancestors.map((e) => [e.actor.id, e.depth])).toEqual(allowed ? [[w.secretActor.id, 1], [w.parent.id, 2]] : []);
    expect(d.belowSecretAction.ancestors.map((e) => [e.action.id, e.depth])).toEqual(allowed ? [[w.secretAction.id, 1], [w.festival.id, 2]] : []);
  });

  // One list per request: a cold Neo4j plans each statement once, and several at a time can outlast the timeout.
  it(allowed ? 'counts the members-only items in filtered lists' : 'leaves the members-only items out of filtered lists and their totals', async () => {
    const send = reader.send();
    const check = async (list: string, filter: string, open: Built[], hidden: Built[], variables: Record<string, unknown>) => {
      const want = expected(allowed, open, hidden);
      const page = await listPage(send, list, filter, variables);
      expect(ids(page.nodes), `${list}(${filter})`).toEqual(want);
      expect(page.totalCount, `${list}(${filter}) totalCount`).toBe(want.length);
    };
    await check('actors', 'filter: { partOfId: $id }', [w.publicActor], [w.secretActor], { id: w.parent.id });
    await check('actions', 'filter: { partOfId: $id }', [w.publicAction], [w.secretAction], { id: w.festival.id });
    await check('actors', 'filter: { themeIds: [$id] }', [], [w.secretActor], { id: w.theme.id });
    await check('actions', 'filter: { themeIds: [$id] }', [], [w.secretAction], { id: w.theme.id });
    await check('actions', 'filter: { carriedById: $id }', [w.publicAction], [w.secretAction], { id: w.publicActor.id });
    await check('partnerships', 'filter: { partyId: $id }', [w.publicPartnership], [w.secretPartnership], { id: w.publicActor.id });
    await check('partnerships', 'filter: { text: $text }', [], [w.secretPartnership], { text: w.words.partnership });
    const firstPage = await listPage(send, 'actions', 'filter: { partOfId: $id }, first: 1', { id: w.festival.id });
    expect(firstPage.nodes).toHaveLength(1);
    expect(firstPage.totalCount).toBe(allowed ? 2 : 1);
  });

  it(allowed ? 'finds the members-only items by full-text search' : 'finds nothing by searching words only members-only items hold', async () => {
    const send = reader.send();
    const found = (item: Built) => ({ totalCount: allowed ? 1 : 0, nodes: allowed ? [{ id: item.id }] : [] });
    expect(await listPage(send, 'actors', 'filter: { text: $text }', { text: w.words.actor })).toEqual(found(w.secretActor));
    expect(await listPage(send, 'actions', 'filter: { text: $text }', { text: w.words.action })).toEqual(found(w.secretAction));
    expect(await listPage(send, 'actions', 'filter: { text: $text }, sort: RELEVANCE, first: 5', { text: `répétition ${w.words.action}` })).toEqual(found(w.secretAction));
  });

  it(allowed ? 'finds the members-only items on the map and in the timeline' : 'finds no members-only item on the map or in the timeline', async () => {
    const send = reader.send();
    const found = (item: Built) => ({ totalCount: allowed ? 1 : 0, nodes: allowed ? [{ id: item.id }] : [] });
    const window = { from: new Date(Date.parse(w.startsAt) - 60_000).toISOString(), to: new Date(Date.parse(w.startsAt) + 2 * 3_600_000).toISOString() };
    expect(await listPage(send, 'actors', 'filter: { bbox: $bbox }', { bbox: w.box })).toEqual(found(w.secretActor));
    expect(await listPage(send, 'actions', 'filter: { bbox: $bbox }', { bbox: w.box })).toEqual(found(w.secretAction));
    // Places are always public: the place shows, what is hidden there does not.
    expect(await listPage(send, 'places', 'filter: { bbox: $bbox }', { bbox: w.box })).toEqual({ totalCount: 1, nodes: [{ id: w.secretPlace.id }] });
    // Endless recurring series (other tests' data) run in any window: the exact counts come with a filter
    // only this world matches, and the plain window is only searched for the members-only action.
    expect(await listPage(send, 'actions', 'filter: { from: $from, to: $to, carriedById: $id }', { ...window, id: w.publicActor.id })).toEqual(found(w.secretAction));
    expect(await listPage(send, 'actions', 'filter: { from: $from, to: $to, bbox: $bbox }, sort: NAME', { ...window, bbox: w.box })).toEqual(found(w.secretAction));
    const wide = await listPage(send, 'actions', 'filter: { from: $from, to: $to }, first: 100', window);
    expect(wide.nodes.some((n) => n.id === w.secretAction.id)).toBe(allowed);
  });

  it(allowed ? 'reads the member lists of the spaces it may see' : 'reads empty member lists', async () => {
    const send = reader.send();
    type Members = { members: { role: string; person: { id: string } }[] } | null;
    const d = await read<{ publicActor: Members; secretActor: Members; parent: Members; secretPartnership: Members }>(
      send,
      `query($publicActor: ID!, $secretActor: ID!, $parent: ID!, $secretPartnership: ID!) {
        publicActor: actor(id: $publicActor) { members { role person { id } } }
        secretActor: actor(id: $secretActor) { members { role person { id } } }
        parent: actor(id: $parent) { members { role person { id } } }
        secretPartnership: partnership(id: $secretPartnership) { members { role person { id } } }
      }`,
      { publicActor: w.publicActor.id, secretActor: w.secretActor.id, parent: w.parent.id, secretPartnership: w.secretPartnership.id },
    );
    const ownerAndMember = [
      { role: 'MANAGER', person: { id: w.owner.personId } },
      { role: 'MEMBER', person: { id: w.member.personId } },
    ];
    expect(d.publicActor!.members).toEqual(allowed ? ownerAndMember : []);
    expect(d.secretActor?.members ?? null).toEqual(allowed ? ownerAndMember : null);
    expect(d.secretPartnership?.members ?? null).toEqual(allowed ? ownerAndMember : null);
    // MEMBER does not pass up or down: the member of publicActor is no member of the network.
    expect(d.parent!.members).toEqual(
      reader.seesParentMembers
        ? [
            { role: 'MANAGER', person: { id: w.parentManager.personId } },
            { role: 'EDITOR', person: { id: w.owner.personId } },
          ]
        : [],
    );
  });

  it(allowed ? 'reads members-only contact fields, wherever the actor is reached' : 'reads members-only contact fields as null, wherever the actor is reached, and public ones', async () => {
    const send = reader.send();
    type Contact = { id: string; contactEmail: string | null; contactPhone: string | null; contactVisibility: string };
    const fields = 'id contactEmail contactPhone contactVisibility';
    const d = await read<{
      direct: Contact;
      bySlug: Contact;
      open: Contact;
      children: { children: { actor: Contact }[]; descendants: { actor: Contact }[] };
      list: { nodes: Contact[] };
      parties: { parties: { actor: Contact }[] };
    }>(
      send,
      `query($id: ID!, $slug: String!, $open: ID!, $parent: ID!, $partnership: ID!) {
        direct: actor(id: $id) { ${fields} }
        bySlug: actor(slug: $slug) { ${fields} }
        open: actor(id: $open) { ${fields} }
        children: actor(id: $parent) { children { actor { ${fields} } } descendants { actor { ${fields} } } }
        list: actors(filter: { partOfId: $parent }) { nodes { ${fields} } }
        parties: partnership(id: $partnership) { parties { actor { ${fields} } } }
      }`,
      { id: w.publicActor.id, slug: w.publicActor.slug, open: w.openContactActor.id, parent: w.parent.id, partnership: w.publicPartnership.id },
    );
    const hiddenContact = { id: w.publicActor.id, contactEmail: allowed ? w.contact.publicActor : null, contactPhone: allowed ? '+33 2 96 00 00 01' : null, contactVisibility: 'MEMBERS' };
    expect(d.direct).toEqual(hiddenContact);
    expect(d.bySlug).toEqual(hiddenContact);
    const reached = [
      ...d.children.children.map((l) => l.actor),
      ...d.children.descendants.map((l) => l.actor),
      ...d.list.nodes,
      ...d.parties.parties.map((l) => l.actor),
    ].filter((a) => a.id === w.publicActor.id);
    expect(reached).toHaveLength(4);
    for (const actor of reached) expect(actor).toEqual(hiddenContact);
    expect(d.open).toMatchObject({ contactEmail: w.contact.openContactActor, contactVisibility: 'PUBLIC' });
    if (allowed) {
      const secret = await read<{ actor: Contact }>(send, `query($id: ID!) { actor(id: $id) { ${fields} } }`, { id: w.secretActor.id });
      expect(secret.actor.contactEmail).toBe(w.contact.secretActor);
    }
  });

  it(allowed ? 'reads the changes a place’s history holds about members-only items' : 'reads no change about a members-only item in a place’s public history', async () => {
    const send = reader.send();
    const d = await read<{ changes: { nodes: { operation: string; entityId: string; before: string | null; after: string | null }[] } }>(
      send,
      `query($id: ID!) { changes(filter: { entityId: $id }) { nodes { operation entityId before after } } }`,
      { id: w.secretPlace.id },
    );
    const text = JSON.stringify(d.changes.nodes);
    expect(d.changes.nodes.some((c) => c.operation === 'createPlace')).toBe(true);
    for (const hidden of [w.secretActor, w.secretAction]) expect(text.includes(hidden.id), hidden.name).toBe(allowed);
  });
});

describe('members-only levels', () => {
  // "Filters on hidden entities match nothing that reveals them" (docs/rights.md): partOfId,
  // carriedById and partyId require the entity filtered on to be visible.
  it('hides the public children of a members-only actor from a list filtered on it', async () => {
    const query = `query($actor: ID!, $action: ID!) {
      actors(filter: { partOfId: $actor }) { totalCount nodes { id } }
      actions(filter: { partOfId: $action }) { totalCount nodes { id } }
    }`;
    const variables = { actor: w.secretActor.id, action: w.secretAction.id };
    for (const send of [(q: string, v: Record<string, unknown>) => api.anon(q, v), w.outsider.gql]) {
      const d = await read<Record<string, { totalCount: number }>>(send as Send, query, variables);
      expect(d.actors!.totalCount).toBe(0);
      expect(d.actions!.totalCount).toBe(0);
    }
    const d = await read<Record<string, { totalCount: number; nodes: { id: string }[] }>>(w.member.gql as Send, query, variables);
    expect(d.actors).toEqual({ totalCount: 1, nodes: [{ id: w.belowSecret.id }] });
    expect(d.actions).toEqual({ totalCount: 1, nodes: [{ id: w.belowSecretAction.id }] });
  });

  it('passes the sight of members-only items down to EDITORs of a parent, not to its MEMBERs', async () => {
    const [coordinator, owner, parentEditor, parentMember, partyMember] = await Promise.all([signedIn(api), signedIn(api), signedIn(api), signedIn(api), signedIn(api)]);
    const network = await buildActor(coordinator, { kind: 'NETWORK' });
    await addMember(coordinator, network, owner, 'EDITOR');
    const open = await buildActor(owner, { parents: [network] });
    const hidden = await buildActor(owner, { visibility: 'MEMBERS', parents: [network] });
    const below = await buildActor(owner, { parents: [hidden] });
    const partnership = await buildPartnership(owner, { visibility: 'MEMBERS', parties: [open, hidden] });
    await addMember(coordinator, network, parentEditor, 'EDITOR');
    await addMember(coordinator, network, parentMember, 'MEMBER');
    await addMember(owner, hidden, partyMember, 'MEMBER');
    const query = `query($actor: ID!, $partnership: ID!, $parent: ID!) {
      actor(id: $actor) { id }
      partnership(id: $partnership) { id }
      parent: actor(id: $parent) { descendants { actor { id } } }
    }`;
    const variables = { actor: hidden.id, partnership: partnership.id, parent: network.id };
    type Seen = { actor: { id: string } | null; partnership: { id: string } | null; parent: { descendants: { actor: { id: string } }[] } };

    const byEditor = await read<Seen>(parentEditor.gql as Send, query, variables);
    expect(byEditor.actor).toEqual({ id: hidden.id });
    expect(byEditor.partnership).toEqual({ id: partnership.id });
    expect(ids(byEditor.parent.descendants.map((d) => d.actor))).toEqual([open.id, hidden.id, below.id].sort());

    const byMember = await read<Seen>(parentMember.gql as Send, query, variables);
    expect(byMember.actor).toBeNull();
    expect(byMember.partnership).toBeNull();
    expect(ids(byMember.parent.descendants.map((d) => d.actor))).toEqual([open.id]);

    // A MEMBER of a party sees the party, not the members-only partnership it is in.
    const byPartyMember = await read<Seen>(partyMember.gql as Send, query, variables);
    expect(byPartyMember.actor).toEqual({ id: hidden.id });
    expect(byPartyMember.partnership).toBeNull();
  });

  it('stops showing a members-only space to the managers above it once its PART_OF link ends', async () => {
    const [coordinator, owner] = await Promise.all([signedIn(api), signedIn(api)]);
    const network = await buildActor(coordinator, { kind: 'NETWORK' });
    await addMember(coordinator, network, owner, 'EDITOR');
    const hidden = await buildActor(owner, { visibility: 'MEMBERS', parents: [network] });
    const query = `query($id: ID!) { actor(id: $id) { id } }`;
    expect((await read<{ actor: unknown }>(coordinator.gql as Send, query, { id: hidden.id })).actor).toEqual({ id: hidden.id });
    await endLink(owner, await partOfLinkId(owner, hidden, network));
    expect((await read<{ actor: unknown }>(coordinator.gql as Send, query, { id: hidden.id })).actor).toBeNull();
  });

  it('shows members-only items to a member the moment they join, and hides them again when they leave', async () => {
    const newcomer = await signedIn(api);
    const query = `query($id: ID!) { actor(id: $id) { id } }`;
    expect((await read<{ actor: unknown }>(newcomer.gql as Send, query, { id: w.secretActor.id })).actor).toBeNull();
    const membershipId = await addMember(w.owner, w.secretActor, newcomer, 'MEMBER');
    expect((await read<{ actor: unknown }>(newcomer.gql as Send, query, { id: w.secretActor.id })).actor).toEqual({ id: w.secretActor.id });
    await newcomer.ok(`mutation($input: EndMembershipInput!) { endMembership(input: $input) { membership { id } } }`, { input: { membershipId } });
    expect((await read<{ actor: unknown }>(newcomer.gql as Send, query, { id: w.secretActor.id })).actor).toBeNull();
  });

  // A link shows only to those who see both its ends: to others it is an unknown link.
  it('answers ending a link to a members-only network one may no longer see as an unknown link, naming nothing', async () => {
    const [coordinator, leaver] = await Promise.all([signedIn(api), signedIn(api)]);
    const network = await buildActor(coordinator, { kind: 'NETWORK', visibility: 'MEMBERS', description: 'Réseau discret', contactEmail: `reseau-${uid()}@test.convergences.local` });
    const membershipId = await addMember(coordinator, network, leaver, 'EDITOR');
    const association = await buildActor(leaver);
    const linkId = (await buildLink(leaver, 'PART_OF', association, network)).id;
    await coordinator.ok(`mutation($input: EndMembershipInput!) { endMembership(input: $input) { membership { id } } }`, { input: { membershipId } });
    const END = `mutation($input: EndLinkInput!) { endLink(input: $input) { link { to { id ... on Actor { name description contactEmail } } } } }`;
    // No longer a member, the leaver may not see the members-only network at all, nor the link to it.
    const refused = await leaver.gql(END, { input: { linkId } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'linkId' });
    expect(refused.errors?.[0]?.message).toBe(`No link has the id "${linkId}".`);
    expect(JSON.stringify(refused)).not.toContain(network.name);
    // The network's coordinator, who sees both ends, still may.
    expect((await coordinator.ok<{ endLink: { link: { to: { id: string } } } }>(END, { input: { linkId } })).endLink.link.to.id).toBe(network.id);
  });
});
