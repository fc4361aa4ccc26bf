// The portal's one search box, through GraphQL over HTTP: actors, actions, places and articles in one
// query, grouped by kind, each group with its total and its best hits with the matched words marked.
// The database is shared: each test scopes its searches with a word only it wrote (a token).
import { describe, expect, it } from 'vitest';
import { buildAction } from './factories/actions.js';
import { buildActor } from './factories/actors.js';
import { buildPlace } from './factories/places.js';
import { uid, useTestApi } from './helpers/api.js';
import { signUpClient } from './helpers/client.js';

const api = useTestApi();

interface Highlight {
  field: string;
  text: string;
  offset: number;
  clippedEnd: boolean;
  ranges: { start: number; length: number }[];
}
interface Group {
  totalCount: number;
  hits: { node: { __typename: string; id: string; name?: string; title?: string }; highlights: Highlight[] }[];
}
interface Results {
  actors: Group;
  actions: Group;
  places: Group;
  articles: Group;
}

const GROUP = `totalCount hits { node { __typename ... on Actor { id name } ... on Action { id name } ... on Place { id name } ... on Article { id title } } highlights { field text offset clippedEnd ranges { start length } } }`;
const SEARCH = `query($text: String!, $first: Int) { search(text: $text) {
  actors(first: $first) { ${GROUP} } actions(first: $first) { ${GROUP} } places(first: $first) { ${GROUP} } articles(first: $first) { ${GROUP} } } }`;

async function search(send: typeof api.gql, text: string, first?: number): Promise<Results> {
  const res = await send<{ search: Results }>(SEARCH, { text, first });
  expect(res.errors, `${text}: ${JSON.stringify(res.errors)}`).toBeUndefined();
  return res.data!.search;
}

/** The marked words of a highlight, as a client would mark them. */
const marked = (h: Highlight) => h.ranges.map((r) => h.text.slice(r.start, r.start + r.length));

async function createArticle(spaceId: string, input: { title: string; body: string; summary?: string; visibility?: 'PUBLIC' | 'MEMBERS' }): Promise<string> {
  const data = await api.ok<{ createArticle: { item: { id: string } } }>(`mutation($input: CreateArticleInput!) { createArticle(input: $input) { item { id } } }`, {
    input: { spaceId, ...input },
  });
  return data.createArticle.item.id;
}

describe('search across kinds', () => {
  it('finds "Épicerie solidaire" among actors, actions and places from "epicerie solidair", grouped by kind, with the words marked', async () => {
    const token = `zqx${uid()}`;
    const actor = await buildActor(api, { name: `Épicerie solidaire du Plateau ${token}`, description: 'Des épiceries solidaires, ouvertes à tous.' });
    const action = await buildAction(api, { name: `Inauguration de l'épicerie solidaire ${token}`, startsAt: '2026-09-12T10:00:00+02:00' });
    const place = await buildPlace(api, { name: `Local de l'Épicerie Solidaire ${token}`, address: { street: '3 rue des Épiciers', city: 'Plérin' } });

    const found = await search(api.gql, `${token} epicerie solidair`);
    expect(found.actors.hits.map((h) => h.node.id)).toEqual([actor.id]);
    expect(found.actions.hits.map((h) => h.node.id)).toEqual([action.id]);
    expect(found.places.hits.map((h) => h.node.id)).toEqual([place.id]);
    expect(found.articles).toEqual({ totalCount: 0, hits: [] });
    for (const group of [found.actors, found.actions, found.places]) expect(group.totalCount).toBe(1);

    // The name, with the token, "Épicerie" and "solidaire" marked (the last word as a prefix); and the
    // description, where the plurals match too.
    const [name, description] = found.actors.hits[0]!.highlights;
    expect(name).toMatchObject({ field: 'name', text: actor.name, offset: 0, clippedEnd: false });
    expect(marked(name!)).toEqual(['Épicerie', 'solidaire', token]);
    expect(name!.ranges[0]).toEqual({ start: 0, length: 'Épicerie'.length });
    expect(description).toMatchObject({ field: 'description' });
    expect(marked(description!)).toEqual(['épiceries', 'solidaires']);
    expect(marked(found.actions.hits[0]!.highlights[0]!)).toEqual(['épicerie', 'solidaire', token]);
    // "Épiciers" is another word: not marked.
    expect(found.places.hits[0]!.highlights.map((h) => h.field)).toEqual(['name']);
  });

  it('finds an article by its title and body, the body marked as plain text without its markdown', async () => {
    const token = `zqx${uid()}`;
    const space = await buildActor(api);
    const article = await createArticle(space.id, { title: `L'épicerie solidaire ${token} ouvre`, body: `Le **samedi**, l'[épicerie solidaire](https://example.org) accueille tout le monde.` });
    const found = await search(api.gql, `${token} epicerie solidair`);
    expect(found.articles.totalCount).toBe(1);
    expect(found.articles.hits.map((h) => [h.node.__typename, h.node.id])).toEqual([['Article', article]]);
    const highlights = found.articles.hits[0]!.highlights;
    expect(highlights.map((h) => h.field)).toEqual(['title', 'body']);
    const body = highlights[1]!;
    // As the reader sees it: markdown's typography too (the apostrophe).
    expect(body.text).toBe('Le samedi, l’épicerie solidaire accueille tout le monde.');
    expect(marked(body)).toEqual(['épicerie', 'solidaire']);
  });

  it('gives every group its full total however few hits it returns', async () => {
    const token = `zqx${uid()}`;
    for (let i = 0; i < 7; i++) await buildActor(api, { name: `Jardin partagé ${i} ${token}` });
    const few = await search(api.gql, `jardin ${token}`, 2);
    expect(few.actors.totalCount).toBe(7);
    expect(few.actors.hits).toHaveLength(2);
    const byDefault = await api.ok<{ search: { actors: Group } }>(`query($text: String!) { search(text: $text) { actors { totalCount hits { node { __typename } } } } }`, { text: `jardin ${token}` });
    expect(byDefault.search.actors).toMatchObject({ totalCount: 7 });
    expect(byDefault.search.actors.hits).toHaveLength(5);
    const none = await search(api.gql, `jardin ${token}`, 0);
    expect(none.actors).toEqual({ totalCount: 7, hits: [] });
  });

  it('marks an address by its schema field and matches the beginning of the last word only', async () => {
    const token = `zqx${uid()}`;
    const place = await buildPlace(api, { name: `Salle ${token}`, address: { street: '12 boulevard Clemenceau', city: 'Saint-Brieuc' } });
    const found = await search(api.gql, `${token} brieu`);
    expect(found.places.hits.map((h) => h.node.id)).toEqual([place.id]);
    const city = found.places.hits[0]!.highlights.find((h) => h.field === 'address.city')!;
    expect(marked(city)).toEqual(['Brieuc']);
    expect((await search(api.gql, `${token} rieuc`)).places.totalCount).toBe(0);
  });

  it('cuts a long field to an excerpt around the first match, with offsets into the field', async () => {
    const token = `zqx${uid()}`;
    const before = 'Une longue présentation de la structure et de son histoire sur le territoire. '.repeat(6);
    const after = ' Des ateliers ont lieu chaque semaine, pour petits et grands, dans une ambiance chaleureuse.'.repeat(4);
    const description = `${before}Le compostage collectif ${token} réunit les voisins.${after}`;
    await buildActor(api, { name: `Association ${token}`, description });
    const found = await search(api.gql, `${token} compost`);
    const h = found.actors.hits[0]!.highlights.find((x) => x.field === 'description')!;
    expect(h.offset).toBeGreaterThan(0);
    expect(h.clippedEnd).toBe(true);
    expect(h.text.length).toBeLessThanOrEqual(240);
    expect(description.slice(h.offset, h.offset + h.text.length)).toBe(h.text);
    expect(marked(h)).toEqual(['compostage', token]);
  });

  it('neither returns nor counts members-only actors and actions, nor members-only or unpublished articles, for an anonymous visitor', async () => {
    const token = `zqx${uid()}`;
    const open = await buildActor(api, { name: `Chorale ${token}` });
    await buildActor(api, { name: `Chorale secrète ${token}`, visibility: 'MEMBERS' });
    await buildAction(api, { name: `Répétition de la chorale ${token}`, visibility: 'MEMBERS' });
    await createArticle(open.id, { title: `La chorale ${token} recrute`, body: 'Venez chanter.' });
    await createArticle(open.id, { title: `Compte rendu de la chorale ${token}`, body: 'Pour les membres.', visibility: 'MEMBERS' });
    await api.ok(`mutation($input: CreateArticleInput!) { createArticle(input: $input) { item { id } } }`, {
      input: { spaceId: open.id, title: `Annonce future de la chorale ${token}`, body: 'Bientôt.', publishedAt: '2099-01-01T00:00:00Z' },
    });

    const admin = await search(api.gql, `${token} chora`);
    expect(admin.actors.totalCount).toBe(2);
    expect(admin.actions.totalCount).toBe(1);
    expect(admin.articles.totalCount).toBe(3);

    const stranger = await signUpClient(api);
    for (const [who, send] of [
      ['anonymous', api.anon],
      ['signed in, not a member', stranger.client.gql],
    ] as const) {
      const seen = await search(send, `${token} chora`);
      expect(seen.actors, who).toMatchObject({ totalCount: 1, hits: [{ node: { id: open.id } }] });
      expect(seen.actions, who).toEqual({ totalCount: 0, hits: [] });
      expect(seen.articles.totalCount, who).toBe(1);
      expect(seen.articles.hits.map((h) => h.node.title), who).toEqual([`La chorale ${token} recrute`]);
    }
  });

  it('refuses a blank or too long text, naming the argument', async () => {
    for (const text of ['   ', 'x'.repeat(201)]) {
      const res = await api.anon(SEARCH, { text });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    }
    const res = await api.anon(`{ search(text: "jardin") { actors(first: 101) { totalCount } } }`);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('keeps an article found after its title changes, by its new words only', async () => {
    const token = `zqx${uid()}`;
    const space = await buildActor(api);
    const id = await createArticle(space.id, { title: `Fête des voisins ${token}`, body: 'Rendez-vous au square.' });
    await api.ok(`mutation($input: UpdateArticleInput!) { updateArticle(input: $input) { item { id } } }`, { input: { id, title: `Pique-nique ${token}` } });
    expect((await search(api.anon, `${token} pique`)).articles.hits.map((h) => h.node.id)).toEqual([id]);
    expect((await search(api.anon, `${token} fete`)).articles.totalCount).toBe(0);
  });
});
