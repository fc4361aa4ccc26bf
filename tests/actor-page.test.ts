// An actor's page: the size of its subtree (`descendantCount`) and its next actions
// (`upcomingActions`), through GraphQL over HTTP as an anonymous visitor and as a member: visibility,
// `asOf`, ordering, limits and bad input.
import { beforeAll, describe, expect, it } from 'vitest';
import { uid, useTestApi, type GraphQLResponse } from './helpers/api.js';
import { buildAction } from './factories/actions.js';
import { buildActor } from './factories/actors.js';
import { buildLink } from './factories/links.js';
import { addMember, signedIn, type Someone } from './factories/people.js';
import { buildPlace } from './factories/places.js';
import type { Built } from './factories/write.js';

const api = useTestApi();

/**
 *   town ── child ── grandchild ── greatGrandchild ── level4
 *        └─ secretChild [MEMBERS] ── belowSecret
 *        └─ formerChild (PART_OF from 2020-01-01 to 2021-01-01 only)
 *
 * town carries twelve public actions in 2090 (two of them at the same instant), one members-only action
 * (the earliest), one action of 2001, one it only takes part in, and one it carried in 2020 only.
 * `member` is a MEMBER of secretChild and of the members-only action.
 */
interface World {
  owner: Someone;
  member: Someone;
  town: Built;
  child: Built;
  secretChild: Built;
  formerChild: Built;
  place: Built;
  publicActions: { id: string; startsAt: string }[];
  secretAction: Built;
  pastAction: Built;
  joinedAction: Built;
  formerAction: Built;
}

let w: World;

const at = (day: number, hour = 10) => new Date(Date.UTC(2090, 0, day, hour)).toISOString();

beforeAll(async () => {
  const [owner, member] = await Promise.all([signedIn(api), signedIn(api)]);
  const town = await buildActor(owner, { kind: 'INSTITUTION', name: `Mairie ${uid()}` });
  const child = await buildActor(owner, { name: `Enfant ${uid()}`, parents: [town] });
  const grandchild = await buildActor(owner, { name: `Petit-enfant ${uid()}`, parents: [child] });
  const greatGrandchild = await buildActor(owner, { name: `Arrière ${uid()}`, parents: [grandchild] });
  await buildActor(owner, { name: `Niveau 4 ${uid()}`, parents: [greatGrandchild] });
  const secretChild = await buildActor(owner, { name: `Discret ${uid()}`, visibility: 'MEMBERS', parents: [town] });
  await buildActor(owner, { name: `Sous discret ${uid()}`, parents: [secretChild] });
  const formerChild = await buildActor(owner, { name: `Ancien ${uid()}` });
  await buildLink(owner, 'PART_OF', formerChild, town, { since: '2020-01-01T00:00:00Z', until: '2021-01-01T00:00:00Z' });

  const place = await buildPlace(owner);
  const publicActions: { id: string; startsAt: string }[] = [];
  for (let i = 0; i < 12; i++) {
    // Days 2..12, with day 5 twice: equal starts are ordered by id.
    const startsAt = at(i === 11 ? 5 : 2 + i);
    const a = await buildAction(owner, { name: `Atelier ${i} ${uid()}`, startsAt, carriers: [town], places: i === 0 ? [place] : undefined });
    publicActions.push({ id: a.id, startsAt });
  }
  const secretAction = await buildAction(owner, { name: `Réunion ${uid()}`, visibility: 'MEMBERS', startsAt: at(1), carriers: [town] });
  const pastAction = await buildAction(owner, { name: `Passé ${uid()}`, startsAt: '2001-05-01T10:00:00Z', carriers: [town] });
  const joinedAction = await buildAction(owner, { name: `Invité ${uid()}`, startsAt: at(3, 8), participants: [town] });
  const formerAction = await buildAction(owner, { name: `Autrefois ${uid()}`, startsAt: at(20) });
  await buildLink(owner, 'CARRIES', town, formerAction, { since: '2020-01-01T00:00:00Z', until: '2021-01-01T00:00:00Z' });
  await addMember(owner, secretChild, member, 'MEMBER');
  await addMember(owner, secretAction, member, 'MEMBER');
  w = { owner, member, town, child, secretChild, formerChild, place, publicActions, secretAction, pastAction, joinedAction, formerAction };
}, 120_000);

/** The public actions in the order the page lists them: soonest first, then by id. */
function publicInOrder(): string[] {
  return [...w.publicActions].sort((a, b) => (a.startsAt !== b.startsAt ? (a.startsAt < b.startsAt ? -1 : 1) : a.id < b.id ? -1 : 1)).map((a) => a.id);
}

interface PageData {
  actor: {
    descendantCount: number;
    upcomingActions: { role: string; action: { id: string; startsAt: string; places: { place: { id: string } }[] } }[];
  } | null;
}

const PAGE = `query($id: ID!, $depth: Int, $first: Int, $from: DateTime, $role: ActorActionRole, $asOf: DateTime) {
  actor(id: $id, asOf: $asOf) {
    descendantCount(depth: $depth)
    upcomingActions(role: $role, from: $from, first: $first) { role action { id startsAt places { place { id } } } }
  }
}`;

function page(reader: 'anonymous' | 'member', variables: Record<string, unknown>): Promise<GraphQLResponse<PageData>> {
  const vars = { id: w.town.id, depth: 3, first: 10, from: '2090-01-01T00:00:00Z', ...variables };
  return reader === 'anonymous' ? api.anon<PageData>(PAGE, vars) : w.member.gql<PageData>(PAGE, vars);
}

async function pageOk(reader: 'anonymous' | 'member', variables: Record<string, unknown> = {}): Promise<NonNullable<PageData['actor']>> {
  const res = await page(reader, variables);
  expect(res.errors).toBeUndefined();
  return res.data!.actor!;
}

describe('Actor.descendantCount', () => {
  it('counts the visible actors within the depth; a members-only level hides what lies below it', async () => {
    expect((await pageOk('anonymous')).descendantCount).toBe(3);
    expect((await pageOk('member')).descendantCount).toBe(5);
    expect((await pageOk('anonymous', { depth: 1 })).descendantCount).toBe(1);
    expect((await pageOk('anonymous', { depth: 4 })).descendantCount).toBe(4);
  });

  it('counts what the subtree was as of a date', async () => {
    expect((await pageOk('anonymous', { asOf: '2020-06-01T00:00:00Z' })).descendantCount).toBe(1);
    expect((await pageOk('anonymous', { asOf: '2022-06-01T00:00:00Z' })).descendantCount).toBe(0);
  });

  it('agrees with the length of `descendants`', async () => {
    const data = await w.member.ok<{ actor: { descendants: { actor: { id: string } }[]; descendantCount: number } }>(
      `query($id: ID!) { actor(id: $id) { descendants(depth: 3) { actor { id } } descendantCount(depth: 3) } }`,
      { id: w.town.id },
    );
    expect(data.actor.descendantCount).toBe(data.actor.descendants.length);
  });

  it('refuses a depth outside 1–10', async () => {
    for (const depth of [0, 11]) {
      const res = await page('anonymous', { depth });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.field).toBe('depth');
    }
  });
});

describe('Actor.upcomingActions', () => {
  it('lists the next ten actions, soonest first then by id, with their places', async () => {
    const actor = await pageOk('anonymous');
    const ids = actor.upcomingActions.map((l) => l.action.id);
    // joinedAction (taken part in, 3 January 08:00) comes between the first and second public ones.
    const expected = publicInOrder();
    expect(ids).toEqual([expected[0], w.joinedAction.id, ...expected.slice(1, 9)]);
    expect(actor.upcomingActions[1]!.role).toBe('TAKES_PART_IN');
    expect(actor.upcomingActions[0]!.action.places.map((p) => p.place.id)).toEqual([w.place.id]);
    expect(ids).not.toContain(w.secretAction.id);
    expect(ids).not.toContain(w.pastAction.id);
    expect(ids).not.toContain(w.formerAction.id);
  });

  it('shows members-only actions to their members only', async () => {
    const ids = (await pageOk('member')).upcomingActions.map((l) => l.action.id);
    expect(ids[0]).toBe(w.secretAction.id);
    expect(ids).toHaveLength(10);
  });

  it('keeps one role, honours `first` and `from`', async () => {
    const carried = (await pageOk('anonymous', { role: 'CARRIES', first: 100 })).upcomingActions;
    expect(carried.map((l) => l.action.id)).toEqual(publicInOrder());
    expect(carried.every((l) => l.role === 'CARRIES')).toBe(true);

    const three = (await pageOk('anonymous', { role: 'CARRIES', first: 3 })).upcomingActions;
    expect(three.map((l) => l.action.id)).toEqual(publicInOrder().slice(0, 3));

    const later = (await pageOk('anonymous', { role: 'CARRIES', from: at(11) })).upcomingActions;
    expect(later.map((l) => l.action.id)).toEqual(publicInOrder().slice(-2));

    const since2000 = (await pageOk('anonymous', { role: 'CARRIES', from: '2000-01-01T00:00:00Z', first: 1 })).upcomingActions;
    expect(since2000.map((l) => l.action.id)).toEqual([w.pastAction.id]);
  });

  it('reads the links as of a date', async () => {
    const ids = (await pageOk('anonymous', { asOf: '2020-06-01T00:00:00Z', first: 100 })).upcomingActions.map((l) => l.action.id);
    expect(ids).toEqual([w.formerAction.id]);
  });

  it('starts from the reading instant when `from` is absent', async () => {
    const ids = (await pageOk('anonymous', { from: null, first: 100 })).upcomingActions.map((l) => l.action.id);
    expect(ids).toHaveLength(13);
    expect(ids).not.toContain(w.pastAction.id);
  });

  it('refuses `first` outside 1–100', async () => {
    for (const first of [0, 101, -1]) {
      const res = await page('anonymous', { first });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.extensions?.field).toBe('first');
    }
  });

  it('answers each actor of a list with its own actions and count', async () => {
    const data = await api.ok<{ actors: { nodes: { id: string; descendantCount: number; upcomingActions: { action: { id: string } }[] }[] } }>(
      `query($partOf: ID!) { actors(filter: { partOfId: $partOf }, first: 50) { nodes { id descendantCount(depth: 2) upcomingActions(first: 5) { action { id } } } } }`,
      { partOf: w.town.id },
    );
    const byId = new Map(data.actors.nodes.map((n) => [n.id, n]));
    expect(byId.get(w.child.id)?.descendantCount).toBe(2);
    expect(byId.get(w.secretChild.id)?.descendantCount).toBe(1);
    expect(byId.get(w.child.id)?.upcomingActions).toEqual([]);
  });
});
