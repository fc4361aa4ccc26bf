import { describe, expect, it } from 'vitest';
import { uid, useTestApi } from './helpers/api.js';
import { testDb } from './helpers/db.js';

const api = useTestApi();

const CREATE_ACTOR = `mutation($input: CreateActorInput!) { createActor(input: $input) { actor { id slug name kind } } }`;
const CREATE_ACTION = `mutation($input: CreateActionInput!) { createAction(input: $input) { action { id slug name startsAt endsAt allDay } } }`;

describe('actors and actions', () => {
  it('creates an actor with a readable slug and reads it back by id and by slug', async () => {
    const name = `Théâtre de l'Écluse ${uid()}`;
    const { createActor } = await api.ok<{ createActor: { actor: { id: string; slug: string } } }>(CREATE_ACTOR, { input: { name, kind: 'ASSOCIATION' } });
    expect(createActor.actor.slug).toMatch(/^theatre-de-l-ecluse-[a-z0-9]+$/);
    const byId = await api.ok<{ actor: { name: string } }>(`query($id: ID) { actor(id: $id) { name } }`, { id: createActor.actor.id });
    expect(byId.actor.name).toBe(name);
    const bySlug = await api.ok<{ actor: { id: string } }>(`query($slug: String) { actor(slug: $slug) { id } }`, { slug: createActor.actor.slug });
    expect(bySlug.actor.id).toBe(createActor.actor.id);
  });

  it('shows a festival with its shows as of a date, and the ended links stay readable', async () => {
    const u = uid();
    const fest = await api.ok<{ createAction: { action: { id: string } } }>(CREATE_ACTION, { input: { name: `Festival ${u}`, kind: 'FESTIVAL', startsAt: '2024-07-01', endsAt: '2024-08-31', allDay: true } });
    const festId = fest.createAction.action.id;
    const show = await api.ok<{ createAction: { action: { id: string; startsAt: string; endsAt: string } } }>(CREATE_ACTION, {
      input: { name: `Spectacle ${u}`, kind: 'SHOW', startsAt: '2024-07-14T21:00:00+02:00', endsAt: '2024-07-14T23:00:00+02:00', parentIds: [festId], since: '2024-05-01' },
    });
    expect(show.createAction.action.startsAt).toBe('2024-07-14T19:00:00.000Z');
    const q = `query($id: ID, $asOf: DateTime) { action(id: $id, asOf: $asOf) { children { action { name } link { id since until } } } }`;
    const during = await api.ok<{ action: { children: { action: { name: string }; link: { id: string } }[] } }>(q, { id: festId, asOf: '2024-07-15' });
    expect(during.action.children.map((c) => c.action.name)).toEqual([`Spectacle ${u}`]);
    await api.ok(`mutation($input: EndLinkInput!) { endLink(input: $input) { link { until } } }`, { input: { linkId: during.action.children[0]!.link.id, until: '2024-09-01' } });
    const now = await api.ok<{ action: { children: unknown[] } }>(q, { id: festId });
    expect(now.action.children).toEqual([]);
    const before = await api.ok<{ action: { children: { action: { name: string } }[] } }>(q, { id: festId, asOf: '2024-07-15' });
    expect(before.action.children).toHaveLength(1);
  });

  it('refuses an end before the start, naming the field', async () => {
    const res = await api.gql(CREATE_ACTION, { input: { name: `X ${uid()}`, kind: 'EVENT', startsAt: '2025-05-02', endsAt: '2025-05-01T10:00:00Z' } });
    expect(res.errors?.[0], JSON.stringify(res.errors)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'endsAt' } });
  });
});

describe('round trips', () => {
  it('costs one query per root field and one per nested field, whatever the page size', async () => {
    const network = await api.ok<{ createActor: { actor: { id: string } } }>(CREATE_ACTOR, { input: { name: `Réseau ${uid()}`, kind: 'NETWORK' } });
    const parentId = network.createActor.actor.id;
    for (let i = 0; i < 12; i += 1) {
      await api.ok(CREATE_ACTOR, { input: { name: `Membre ${i} ${uid()}`, kind: 'ASSOCIATION', parentIds: [parentId] } });
    }
    const q = `query($p: ID, $n: Int) { actors(filter: { partOfId: $p }, first: $n) { totalCount nodes { name parents { actor { name } } children { actor { name } } places { place { name } } themes { theme { name } } } } }`;
    const db = testDb();
    const count = async (n: number) => {
      const before = db.stats.roundTrips;
      const data = await api.ok<{ actors: { nodes: unknown[] } }>(q, { p: parentId, n });
      return { trips: db.stats.roundTrips - before, items: data.actors.nodes.length };
    };
    // The first read after the writes above resolves the reader (session and visible spaces); the
    // next ones reuse it (api/auth/request-viewer.ts), so they are compared with each other.
    const first = await count(1);
    const small = await count(2);
    const large = await count(12);
    expect(small.items).toBe(2);
    expect(large.items).toBe(12);
    expect(large.trips).toBe(small.trips);
    // The list, then one batch per nested field (parents, children, places, themes).
    expect(large.trips).toBe(5);
    // Resolving the reader (the session; an administrator's access needs no statement) costs one more, once.
    expect(first.trips).toBe(large.trips + 1);
  });
});
