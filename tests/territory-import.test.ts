// The territory import on a real Neo4j, restricted to département 22 to stay quick. Other files
// may import territories too, before or during this one: assertions look only at département 22's
// part of the graph, and "nothing created" is checked on a second run, never on the first.
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { importTerritories, territoryId } from '../api/territory/territory.import.js';
import { uuidV5 } from '../api/shared/uuid.js';
import { testDb } from './helpers/db.js';

const db = testDb();
const IMPORT_TIMEOUT_MS = 120_000;

// CA Saint-Brieuc Armor Agglomération, per @etalab/decoupage-administratif's epci.json.
const SAINT_BRIEUC_AGGLO_SIREN = '200069409';

interface Chain {
  commune: { id: string; slug: string; name: string; population: number | null; postalCodes: string[] };
  epci: { code: string; slug: string };
  departement: { code: string; level: string };
  region: { code: string; name: string; level: string };
}

function saintBrieucChain(): Promise<Chain[]> {
  return db.read((tx) =>
    tx.runText<Chain>(
      `MATCH (c:Territory:Entity {level: 'COMMUNE', code: '22278'})-[:WITHIN]->(e:Territory {level: 'EPCI'})-[:WITHIN]->(d:Territory {level: 'DEPARTEMENT'})-[:WITHIN]->(r:Territory {level: 'REGION'})
       RETURN c {.id, .slug, .name, .population, .postalCodes} AS commune, e {.code, .slug} AS epci,
              d {.code, .level} AS departement, r {.code, .name, .level} AS region`,
    ),
  );
}

/** Département 22's share of the graph: what importing it can create, and nothing another import can add. */
function departement22Counts(): Promise<{ nodes: number; links: number; communes: number }> {
  return db
    .read((tx) =>
      tx.runText<{ nodes: number; links: number; communes: number }>(
        `MATCH (d:Territory {level: 'DEPARTEMENT', code: '22'})
         WITH d, COUNT { (d)-[:WITHIN]->(:Territory) } AS up, COUNT { (:Territory)-[:WITHIN]->(d) } AS down
         RETURN 1 + up + down AS nodes,
                COUNT { (:Territory {level: 'COMMUNE'})-[:WITHIN]->(d) } AS communes,
                up + down + COUNT { (c:Territory {level: 'COMMUNE'})-[:WITHIN]->(d), (c)-[:WITHIN]->(:Territory {level: 'EPCI'}) } AS links`,
      ),
    )
    .then(([row]) => row);
}

function currentCommunesOf(departement: string): number {
  const communes = createRequire(import.meta.url)('@etalab/decoupage-administratif/data/communes.json') as { type: string; departement?: string }[];
  return communes.filter((c) => c.type === 'commune-actuelle' && c.departement === departement).length;
}

describe('importTerritories', () => {
  beforeAll(async () => {
    await importTerritories(db, { departements: ['22'] });
  }, IMPORT_TIMEOUT_MS);

  it('places Saint-Brieuc within its agglomeration, within Côtes-d’Armor, within Bretagne', async () => {
    const chains = await saintBrieucChain();
    expect(chains).toHaveLength(1);
    const [chain] = chains;
    expect(chain.commune).toMatchObject({ name: 'Saint-Brieuc', slug: 'commune-22278-saint-brieuc' });
    expect(chain.epci.code).toBe(SAINT_BRIEUC_AGGLO_SIREN);
    expect(chain.epci.slug).toMatch(/^epci-200069409-/);
    expect(chain.departement).toEqual({ code: '22', level: 'DEPARTEMENT' });
    expect(chain.region).toEqual({ code: '53', name: 'Bretagne', level: 'REGION' });
  });

  it('links Saint-Brieuc straight to its département as well', async () => {
    const [row] = await db.read((tx) =>
      tx.runText<{ links: number }>(
        `MATCH (:Territory {level: 'COMMUNE', code: '22278'})-[w:WITHIN]->(:Territory {level: 'DEPARTEMENT', code: '22'})
         RETURN count(w) AS links`,
      ),
    );
    expect(row.links).toBe(1);
  });

  it('stores postal codes and population on communes', async () => {
    const [chain] = await saintBrieucChain();
    expect(chain.commune.postalCodes).toEqual(['22000']);
    expect(chain.commune.population).toBeGreaterThan(40_000);
  });

  it('imports every current commune of the département, and no commune déléguée', async () => {
    const counts = await departement22Counts();
    expect(counts.communes).toBe(currentCommunesOf('22'));
  });

  it('creates and changes nothing when the same département is imported again', async () => {
    const before = await departement22Counts();
    const [chainBefore] = await saintBrieucChain();
    const [{ updatedAt: updatedBefore }] = await db.read((tx) =>
      tx.runText<{ updatedAt: string }>(`MATCH (c:Territory {level: 'COMMUNE', code: '22278'}) RETURN c.updatedAt AS updatedAt`),
    );

    const again = await importTerritories(db, { departements: ['22'] });

    expect(again).toMatchObject({ created: 0, updated: 0, linksCreated: 0 });
    expect(again.total).toBe(before.nodes);
    expect(await departement22Counts()).toEqual(before);
    const [chainAfter] = await saintBrieucChain();
    expect(chainAfter.commune.id).toBe(chainBefore.commune.id);
    const [{ updatedAt: updatedAfter }] = await db.read((tx) =>
      tx.runText<{ updatedAt: string }>(`MATCH (c:Territory {level: 'COMMUNE', code: '22278'}) RETURN c.updatedAt AS updatedAt`),
    );
    expect(updatedAfter).toBe(updatedBefore);
  }, IMPORT_TIMEOUT_MS);

  it('derives ids from level and code, the same on every server', async () => {
    const [chain] = await saintBrieucChain();
    expect(chain.commune.id).toBe(territoryId('COMMUNE', '22278'));
    expect(territoryId('COMMUNE', '22278')).toBe(uuidV5('COMMUNE:22278'));
    // Pins the namespace: a changed constant would silently re-key every territory.
    expect(uuidV5('COMMUNE:22278')).toBe('2974bd2d-4788-5836-96f6-16e39c492a18');
  });

  it('gives each WITHIN link the id derived from its two ends', async () => {
    const rows = await db.read((tx) =>
      tx.runText<{ id: string; childId: string; parentId: string }>(
        `MATCH (c:Territory {level: 'COMMUNE', code: '22278'})-[w:WITHIN]->(p:Territory)
         RETURN w.id AS id, c.id AS childId, p.id AS parentId`,
      ),
    );
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.id).toBe(uuidV5(`WITHIN:${row.childId}:${row.parentId}`));
  });

  it('reports an unknown département code before writing anything', async () => {
    await expect(importTerritories(db, { departements: ['22', '00'] })).rejects.toThrow('Unknown département code(s): 00');
  });
});
