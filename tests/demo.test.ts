// The demo territory loads through the API's own mutations, once, and tells the seed's story.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemoIfEmpty } from '../api/demo/demo.js';
import { DEMO_SLUGS } from '../api/demo/demo-data.js';
import { createApollo } from '../api/server.js';
import { importTerritories } from '../api/territory/territory.import.js';
import { useTestApi } from './helpers/api.js';
import { testConfig, testDb } from './helpers/db.js';

const api = useTestApi();

describe('the demo of Saint-Brieuc Armor Agglomération', () => {
  let loaded: boolean;
  let loadedAgain: boolean;
  beforeAll(async () => {
    await importTerritories(testDb(), { departements: ['22'] });
    const apollo = createApollo(testConfig());
    await apollo.start();
    const lines: string[] = [];
    loaded = await loadDemoIfEmpty(apollo, testDb(), (l) => lines.push(l));
    loadedAgain = await loadDemoIfEmpty(apollo, testDb(), (l) => lines.push(l));
    await apollo.stop();
  }, 300_000);

  it('loads on an empty database and not a second time', () => {
    expect(loaded).toBe(true);
    expect(loadedAgain).toBe(false);
  });

  it('has some 30 actors and 40 actions in the agglomeration', async () => {
    const epci = await api.ok<{ territory: { id: string } }>(`{ territory(code: "200069409", level: EPCI) { id } }`);
    const counts = await api.anon<{ actors: { totalCount: number }; actions: { totalCount: number } }>(
      `query($t: [ID!]) { actors(filter: { territoryIds: $t }) { totalCount } actions(filter: { territoryIds: $t }) { totalCount } }`,
      { t: [epci.territory.id] },
    );
    expect(counts.data!.actors.totalCount).toBeGreaterThanOrEqual(25);
    expect(counts.data!.actions.totalCount).toBeGreaterThanOrEqual(35);
  });

  it('shows the festival with its shows as of last summer and as of the year before', async () => {
    const q = `query($slug: String, $asOf: DateTime) { action(slug: $slug, asOf: $asOf) { children { action { slug } } } }`;
    const y2026 = await api.anon<{ action: { children: { action: { slug: string } }[] } }>(q, { slug: DEMO_SLUGS.festival2026, asOf: '2026-07-15' });
    expect(y2026.data!.action.children.map((c) => c.action.slug)).toEqual(expect.arrayContaining([...DEMO_SLUGS.shows2026]));
    const y2025 = await api.anon<{ action: { children: { action: { slug: string } }[] } }>(q, { slug: DEMO_SLUGS.festival2025, asOf: '2025-07-15' });
    expect(y2025.data!.action.children.map((c) => c.action.slug).sort()).toEqual([...DEMO_SLUGS.shows2025].sort());
    const today = await api.anon<{ action: { children: unknown[] } }>(q, { slug: DEMO_SLUGS.festival2025 });
    expect(today.data!.action.children).toEqual([]);
  });

  it('shows the article about the circus show on the town and on the partnership, not its members-only notes', async () => {
    const ids = await api.anon<{ town: { id: string }; partnership: { id: string } }>(
      `query($t: String, $p: String) { town: actor(slug: $t) { id } partnership(slug: $p) { id } }`,
      { t: DEMO_SLUGS.town, p: DEMO_SLUGS.partnership },
    );
    for (const spaceId of [ids.data!.town.id, ids.data!.partnership.id]) {
      const l = await api.anon<{ content: { nodes: { title: string }[] } }>(`query($s: ID) { content(kind: ARTICLE, spaceId: $s) { nodes { ... on Article { title } } } }`, { s: spaceId });
      expect(l.data!.content.nodes.map((n) => n.title)).toContain('Le cabaret sous chapiteau affiche complet');
    }
    const all = await api.anon<{ content: { nodes: { title: string }[] } }>(`{ content(kind: ARTICLE, first: 100) { nodes { ... on Article { title } } } }`);
    expect(all.data!.content.nodes.map((n) => n.title)).not.toContain('Bilan de la saison des contes');
  });
});
