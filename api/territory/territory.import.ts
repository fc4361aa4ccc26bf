// Imports France's administrative divisions (régions, départements, EPCI, communes) from
// @etalab/decoupage-administratif into the graph. Ids are derived from level and code, and every
// write is a MERGE, so a rerun creates nothing and touches only what the data changed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { z } from 'zod';
import type { Db } from '../db/driver.js';
import { foldText, slugify } from '../shared/slug.js';
import { uuidV5 } from '../shared/uuid.js';

export type TerritoryLevel = 'REGION' | 'DEPARTEMENT' | 'EPCI' | 'COMMUNE';

/** Progress phases, in the order they run; named as a French reader expects them. */
export type ImportPhase = 'régions' | 'départements' | 'EPCI' | 'communes' | 'links';

export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
}

export interface ImportOptions {
  /** Only these départements (codes such as '22', '2A', '971'), with their région, their communes and the EPCI those belong to. */
  departements?: string[];
  /** Rows per write transaction. */
  batchSize?: number;
  onProgress?: (p: ImportProgress) => void;
}

export interface ImportReport {
  created: number;
  updated: number;
  linksCreated: number;
  /** Territories in the imported scope, created or not. */
  total: number;
  ms: number;
}

const DEFAULT_BATCH_SIZE = 2_000;

// Only the fields used here; parsing fails loudly if a package upgrade changes their shape.
const zone = z.enum(['metro', 'drom', 'com']);
const regionSchema = z.object({ code: z.string(), nom: z.string(), zone });
const departementSchema = z.object({ code: z.string(), nom: z.string(), region: z.string(), zone });
const communeSchema = z.object({
  code: z.string(),
  nom: z.string(),
  type: z.string(),
  zone: z.string(),
  departement: z.string().optional(),
  codesPostaux: z.array(z.string()).optional(),
  population: z.number().int().optional(),
});
const epciSchema = z.object({
  code: z.string(),
  nom: z.string(),
  populationMunicipale: z.number().int().optional(),
  membres: z.array(z.object({ code: z.string() })),
});

type Region = z.infer<typeof regionSchema>;
type Departement = z.infer<typeof departementSchema>;
type Commune = z.infer<typeof communeSchema>;
type Epci = z.infer<typeof epciSchema>;

interface Dataset {
  regions: Region[];
  departements: Departement[];
  epcis: Epci[];
  communes: Commune[];
}

let dataset: Dataset | undefined;

/**
 * The division as the hierarchy knows it: régions and départements of metropolitan France and
 * overseas (DROM), with their current communes. Overseas collectivities (zone 'com': Saint-Pierre,
 * Polynésie…) are listed by the package as their own région and département but are neither,
 * and no EPCI includes them, so they stay out.
 */
function loadDataset(): Dataset {
  if (dataset) return dataset;
  const require = createRequire(import.meta.url);
  const read = <T>(file: string, schema: z.ZodType<T>): T[] =>
    z.array(schema).parse(JSON.parse(readFileSync(require.resolve(`@etalab/decoupage-administratif/data/${file}`), 'utf8')));
  const communes = read('communes.json', communeSchema).filter((c) => c.type === 'commune-actuelle' && c.zone !== 'com');
  dataset = {
    regions: read('regions.json', regionSchema).filter((r) => r.zone !== 'com'),
    departements: read('departements.json', departementSchema).filter((d) => d.zone !== 'com'),
    epcis: read('epci.json', epciSchema),
    communes,
  };
  return dataset;
}

interface TerritoryRow {
  id: string;
  props: {
    slug: string;
    name: string;
    sortName: string;
    level: TerritoryLevel;
    code: string;
    population: number | null;
    postalCodes: string[];
  };
}

interface LinkRow {
  id: string;
  childId: string;
  parentId: string;
}

export function territoryId(level: TerritoryLevel, code: string): string {
  return uuidV5(`${level}:${code}`);
}

/** `commune-22278-saint-brieuc`; the code is lowercased so Corsican codes (2A, 2B) fit the slug pattern. */
export function territorySlug(level: TerritoryLevel, code: string, name: string): string {
  return `${level.toLowerCase()}-${code.toLowerCase()}-${slugify(name)}`;
}

function territoryRow(level: TerritoryLevel, code: string, name: string, population: number | null, postalCodes: string[] = []): TerritoryRow {
  return {
    id: territoryId(level, code),
    props: { slug: territorySlug(level, code, name), name, sortName: foldText(name), level, code, population, postalCodes },
  };
}

function linkRow(child: TerritoryRow, parent: TerritoryRow): LinkRow {
  return { id: uuidV5(`WITHIN:${child.id}:${parent.id}`), childId: child.id, parentId: parent.id };
}

interface Plan {
  phases: { phase: Exclude<ImportPhase, 'links'>; rows: TerritoryRow[] }[];
  links: LinkRow[];
}

/** Everything to write, computed in memory first so a bad département code fails before any write. */
function plan(data: Dataset, only: string[] | undefined): Plan {
  const known = new Set(data.departements.map((d) => d.code));
  const wanted = only ? new Set(only.map((code) => code.trim().toUpperCase())) : known;
  const unknown = [...wanted].filter((code) => !known.has(code));
  if (unknown.length > 0) throw new Error(`Unknown département code(s): ${unknown.join(', ')}`);

  const communes = data.communes.filter((c) => c.departement !== undefined && wanted.has(c.departement));
  const departements = data.departements.filter((d) => wanted.has(d.code));
  const regionCodes = new Set(departements.map((d) => d.region));
  const regions = data.regions.filter((r) => regionCodes.has(r.code));
  const communeCodes = new Set(communes.map((c) => c.code));
  const epcis = data.epcis.filter((e) => e.membres.some((m) => communeCodes.has(m.code)));

  // Régions and départements carry no population in the data: the sum of their communes' municipal
  // population, over the whole country so a partial import gives the same figures as a full one.
  const populationByDepartement = new Map<string, number>();
  for (const c of data.communes) {
    if (c.departement !== undefined && c.population !== undefined) {
      populationByDepartement.set(c.departement, (populationByDepartement.get(c.departement) ?? 0) + c.population);
    }
  }
  const populationByRegion = new Map<string, number>();
  for (const d of data.departements) {
    const p = populationByDepartement.get(d.code);
    if (p !== undefined) populationByRegion.set(d.region, (populationByRegion.get(d.region) ?? 0) + p);
  }

  const regionRows = new Map(regions.map((r) => [r.code, territoryRow('REGION', r.code, r.nom, populationByRegion.get(r.code) ?? null)]));
  const departementRows = new Map(
    departements.map((d) => [d.code, territoryRow('DEPARTEMENT', d.code, d.nom, populationByDepartement.get(d.code) ?? null)]),
  );
  // Municipal population, like the communes', so the levels add up; populationTotale counts
  // people with homes in two communes twice.
  const epciRows = new Map(epcis.map((e) => [e.code, territoryRow('EPCI', e.code, e.nom, e.populationMunicipale ?? null)]));
  const communeRows = new Map(communes.map((c) => [c.code, territoryRow('COMMUNE', c.code, c.nom, c.population ?? null, c.codesPostaux ?? [])]));

  const links: LinkRow[] = [];
  const link = (child: TerritoryRow | undefined, parent: TerritoryRow | undefined) => {
    if (child && parent) links.push(linkRow(child, parent));
  };
  for (const d of departements) link(departementRows.get(d.code), regionRows.get(d.region));
  for (const c of communes) link(communeRows.get(c.code), c.departement === undefined ? undefined : departementRows.get(c.departement));
  const departementOfCommune = new Map(communes.map((c) => [c.code, c.departement]));
  for (const e of epcis) {
    // An EPCI may straddle départements: one link to each imported one holding a member commune.
    const memberDepartements = new Set<string>();
    for (const m of e.membres) {
      link(communeRows.get(m.code), epciRows.get(e.code));
      const dep = departementOfCommune.get(m.code);
      if (dep !== undefined) memberDepartements.add(dep);
    }
    for (const dep of memberDepartements) link(epciRows.get(e.code), departementRows.get(dep));
  }

  return {
    phases: [
      { phase: 'régions', rows: [...regionRows.values()] },
      { phase: 'départements', rows: [...departementRows.values()] },
      { phase: 'EPCI', rows: [...epciRows.values()] },
      { phase: 'communes', rows: [...communeRows.values()] },
    ],
    links,
  };
}

function* batches<T>(items: T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/** Imports the division, all of France or the given départements; safe to run again at any time. */
export async function importTerritories(requestDb: Db, options: ImportOptions = {}): Promise<ImportReport> {
  // Batches of thousands of rows: the maintenance timeout applies, not the request query timeout.
  const db = requestDb.forMaintenance();
  const started = performance.now();
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`batchSize must be a positive integer, got ${batchSize}`);
  const report = (p: ImportProgress) => options.onProgress?.(p);
  const { phases, links } = plan(loadDataset(), options.departements);

  let created = 0;
  let updated = 0;
  let total = 0;
  // Every node first, so each link finds both of its ends.
  for (const { phase, rows } of phases) {
    let done = 0;
    for (const batch of batches(rows, batchSize)) {
      const [counts] = await db.write((tx) => tx.run<{ created: number; updated: number }>('territory/upsert-territories', { rows: batch }));
      created += counts.created;
      updated += counts.updated;
      done += batch.length;
      report({ phase, done, total: rows.length });
    }
    total += rows.length;
  }

  let linksCreated = 0;
  let done = 0;
  for (const batch of batches(links, batchSize)) {
    const [counts] = await db.write((tx) => tx.run<{ created: number }>('territory/upsert-territory-links', { links: batch }));
    linksCreated += counts.created;
    done += batch.length;
    report({ phase: 'links', done, total: links.length });
  }

  return { created, updated, linksCreated, total, ms: Math.round(performance.now() - started) };
}
