// Search as one types, through GraphQL over HTTP: the last word of a search matches the beginning of a
// word, on actors, actions, the timeline and content; and the search text stays right after updates.
// The database is shared: each test scopes its searches with a word only it wrote (a token), or checks
// only that its own item is found.
import { describe, expect, it } from 'vitest';
import { MIN_PREFIX_LENGTH } from '../api/shared/list.js';
import { buildAction } from './factories/actions.js';
import { buildActor } from './factories/actors.js';
import { uid, useTestApi } from './helpers/api.js';

const api = useTestApi();

interface Conn {
  totalCount: number;
  nodes: { id: string; name: string }[];
}

async function search(field: 'actors' | 'actions', text: string): Promise<Conn> {
  const filter = field === 'actors' ? 'ActorFilter' : 'ActionFilter';
  const res = await api.gql<{ list: Conn }>(`query($filter: ${filter}) { list: ${field}(filter: $filter, first: 100) { totalCount nodes { id name } } }`, { filter: { text } });
  expect(res.errors, `${text}: ${JSON.stringify(res.errors)}`).toBeUndefined();
  return res.data!.list;
}

const names = async (field: 'actors' | 'actions', text: string) => (await search(field, text)).nodes.map((n) => n.name);

describe('search as you type', () => {
  it('finds "Épicerie solidaire du Plateau" from "epicerie solidair", "epicerie solid" and "epic"', async () => {
    const token = `zqx${uid()}`;
    const epicerie = await buildActor(api, { name: `Épicerie solidaire du Plateau ${token}` });
    // The issue's own searches, unscoped: other tests may have épiceries too.
    for (const text of ['epicerie solidair', 'epicerie solid', 'epicerie solidaire', 'epic', 'Épicerie SOLIDAIR', 'epiceri', 'epiceries solidaires', 'solidaire epicerie', 'epicerie solidaire du plat']) {
      expect(await names('actors', text), text).toContain(epicerie.name);
    }
    // Scoped by the token (a whole word, as every word but the last).
    expect(await names('actors', `${token} epicerie solidair`)).toEqual([epicerie.name]);
    expect(await names('actors', `${token} pla`)).toEqual([epicerie.name]);
    expect(await names('actors', `${token} epicerie solidairet`)).toEqual([]);
    // The beginning of a word, not any piece of it; and only the last word is a prefix.
    expect(await names('actors', `${token} olidaire`)).toEqual([]);
    expect(await names('actors', `solid ${token}`)).toEqual([]);
  });

  it('finds the token itself as it is typed, letter by letter', async () => {
    const token = `zqx${uid()}`;
    const actor = await buildActor(api, { name: `Collectif ${token}` });
    for (let n = 6; n <= token.length; n++) expect(await names('actors', token.slice(0, n)), token.slice(0, n)).toContain(actor.name);
    expect(await names('actors', `collectif ${token.slice(0, 5)}`)).toContain(actor.name);
  });

  it(`matches a last word shorter than ${MIN_PREFIX_LENGTH} letters as a whole word only, without error`, async () => {
    const token = `zqx${uid()}`;
    const a = await buildActor(api, { name: `Atelier ${token} e` });
    await buildActor(api, { name: `Atelier ${token} escalade` });
    expect(await names('actors', `${token} e`)).toEqual([a.name]);
    expect(await names('actors', `${token} esc`)).toEqual([`Atelier ${token} escalade`]);
    const all = await search('actors', 'e');
    expect(all.totalCount).toBeGreaterThanOrEqual(0);
  });

  it('ranks whole-word matches before matches of the beginning of a word only', async () => {
    const token = `zqx${uid()}`;
    const longer = await buildActor(api, { name: `Atelier vélocipède ${token}` });
    const whole = await buildActor(api, { name: `Atelier vélo ${token}` });
    expect(await names('actors', `${token} velo`)).toEqual([whole.name, longer.name]);
    expect(await names('actors', `${token} veloc`)).toEqual([longer.name]);
  });

  it('keeps punctuation and Lucene syntax harmless: words are letters and digits', async () => {
    const token = `zqx${uid()}`;
    const arche = await buildActor(api, { name: `Théâtre de l'Arche-${token}` });
    for (const text of [`arch ${token}`, `l'arche ${token}`, `${token} l’arc`, `${token}-arche`, `${token} (arch*`, `"${token}" ar`]) {
      expect(await names('actors', text), text).toEqual([arche.name]);
    }
    for (const text of ['*', '\\', '"(:*', '&& || !', '[1 TO 5]', 'NOT', `${token} OR`, `${token} AND arch`, `${token} -`]) {
      const res = await search('actors', text);
      expect(res.totalCount, text).toBeGreaterThanOrEqual(0);
    }
  });

  it('searches actions and the timeline as one types', async () => {
    const token = `zqx${uid()}`;
    const fest = await buildAction(api, { name: `Fête de la musique ${token}`, startsAt: '2026-06-21T18:00:00+02:00', endsAt: '2026-06-21T23:00:00+02:00' });
    expect(await names('actions', `${token} fete de la musi`)).toEqual([fest.name]);
    expect(await names('actions', `${token} fe`)).toEqual([fest.name]);
    const timeline = await api.ok<{ occurrences: { nodes: { action: { id: string } }[] } }>(
      `query($filter: ActionFilter) { occurrences(from: "2026-06-01", to: "2026-07-01", filter: $filter) { nodes { action { id } } } }`,
      { filter: { text: `${token} musiq` } },
    );
    expect(timeline.occurrences.nodes.map((o) => o.action.id)).toEqual([fest.id]);
  });

  it('searches content: every word, in any order, the beginning of a word of its title or body', async () => {
    const token = `zqx${uid()}`;
    const space = await buildActor(api);
    const create = async (title: string, body: string) =>
      (await api.ok<{ createArticle: { item: { id: string } } }>(`mutation($input: CreateArticleInput!) { createArticle(input: $input) { item { id } } }`, { input: { spaceId: space.id, title, body } })).createArticle.item.id;
    const article = await create(`L'épicerie solidaire ${token} ouvre`, 'Le samedi, au Plateau.');
    const find = async (text: string) =>
      (await api.ok<{ content: { nodes: { id: string }[] } }>(`query($filter: ContentFilter) { content(kind: ARTICLE, filter: $filter) { nodes { id } } }`, { filter: { text } })).content.nodes.map((n) => n.id);
    for (const text of [`${token} epicerie solid`, `solid ${token} epic`, `${token} plat`, `${token} SAMEDI`, `${token}, l'epicerie`]) expect(await find(text), text).toEqual([article]);
    for (const text of [`${token} olidaire`, `${token} epicerie solidairex`, `${token} s`, '&&']) expect(await find(text), text).toEqual([]);
  });
});

describe('the search text after an update', () => {
  const UPDATE_ACTOR = `mutation($input: UpdateActorInput!) { updateActor(input: $input) { actor { id description } } }`;

  it('keeps "fete" finding "Fête X" after updateActor changed only the description', async () => {
    const token = `zqx${uid()}`;
    const fete = await buildActor(api, { name: `Fête ${token}`, description: 'Première version' });
    expect(await names('actors', `fete ${token}`)).toEqual([fete.name]);
    await api.ok(UPDATE_ACTOR, { input: { id: fete.id, description: 'Un comité très animé' } });
    expect(await names('actors', `fete ${token}`)).toEqual([fete.name]);
    expect(await names('actors', `${token} comite tres anime`)).toEqual([fete.name]);
    expect(await names('actors', `${token} premiere`)).toEqual([]);
  });

  it('rebuilds the search text of an article from all its fields after an update of one', async () => {
    const token = `zqx${uid()}`;
    const space = await buildActor(api);
    const id = (
      await api.ok<{ createArticle: { item: { id: string } } }>(`mutation($input: CreateArticleInput!) { createArticle(input: $input) { item { id } } }`, {
        input: { spaceId: space.id, title: `Fête ${token}`, body: 'Avant' },
      })
    ).createArticle.item.id;
    await api.ok(`mutation($input: UpdateArticleInput!) { updateArticle(input: $input) { item { id } } }`, { input: { id, body: 'Après la pluie' } });
    const find = async (text: string) =>
      (await api.ok<{ content: { nodes: { id: string }[] } }>(`query($filter: ContentFilter) { content(kind: ARTICLE, filter: $filter) { nodes { id } } }`, { filter: { text } })).content.nodes.map((n) => n.id);
    expect(await find(`fete ${token} apres pluie`)).toEqual([id]);
    expect(await find(`${token} avant`)).toEqual([]);
  });
});
