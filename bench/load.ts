// Loads a generated graph by batched UNWIND, in the shape the stores write (see generate.ts), after
// the project's own migrations and territory import (the département's real communes). Reports
// progress and the time taken. Change records are not written: the benchmark measures reads.
import type { Db } from '../api/db/driver.js';
import { materialiseSlots } from '../api/agenda/slots.js';
import { importTerritories } from '../api/territory/territory.import.js';
import { DEPARTEMENT, type Graph } from './generate.js';

const BATCH = 5_000;

// Fixed statements (no input reaches their text); labels and types from the closed lists of the stores.
const ENTITY = {
  Theme: 'UNWIND $rows AS row CREATE (n:Theme:Entity {id: row.id}) SET n += row.props, n.createdAt = datetime(row.props.createdAt), n.updatedAt = datetime(row.props.updatedAt)',
  Actor: 'UNWIND $rows AS row CREATE (n:Actor:Entity {id: row.id}) SET n += row.props, n.createdAt = datetime(row.props.createdAt), n.updatedAt = datetime(row.props.updatedAt)',
  Partnership:
    'UNWIND $rows AS row CREATE (n:Partnership:Entity {id: row.id}) SET n += row.props, n.createdAt = datetime(row.props.createdAt), n.updatedAt = datetime(row.props.updatedAt)',
} as const;

const PLACES = `UNWIND $rows AS row
CREATE (n:Place:Entity {id: row.id})
SET n += row.props, n.createdAt = datetime(row.props.createdAt), n.updatedAt = datetime(row.props.updatedAt),
  n.location = point({longitude: row.longitude, latitude: row.latitude})`;

const ACTIONS = `UNWIND $rows AS row
CREATE (n:Action:Entity {id: row.id})
SET n += row.props, n.createdAt = datetime(row.props.createdAt), n.updatedAt = datetime(row.props.updatedAt),
  n.startsAt = datetime(row.startsAt), n.endsAt = datetime(row.endsAt),
  n.seriesEndsAt = CASE WHEN row.seriesEndsAt IS NULL THEN null ELSE datetime(row.seriesEndsAt) END,
  n.exdates = CASE WHEN row.exdates IS NULL THEN null ELSE [x IN row.exdates | datetime(x)] END`;

const PEOPLE = `UNWIND $rows AS row
CREATE (p:Person {id: row.id}) SET p += row.props, p.createdAt = datetime(row.props.createdAt), p.updatedAt = datetime(row.props.createdAt)`;

// Grouped by type, so each statement names one relationship type (as create-links does per row).
const LINKS = `UNWIND $rows AS l
MATCH (a:Entity {id: l.fromId}), (b:Entity {id: l.toId})
CREATE (a)-[r:$(l.type)]->(b)
SET r.id = l.id, r.since = datetime(l.since), r.until = datetime(l.until), r.createdAt = datetime()`;

const MEMBERSHIPS = `UNWIND $rows AS row
MATCH (p:Person {id: row.personId}), (s:Entity {id: row.spaceId})
CREATE (p)-[m:MEMBER_OF {id: row.id, role: row.role, since: datetime(row.since)}]->(s)`;

const CONTENT = `UNWIND $rows AS row
MATCH (s:Entity {id: row.spaceId})
CREATE (c:Content:$(row.label) {id: row.id})-[:IN_SPACE]->(s)
SET c += row.props, c.spaceId = row.spaceId, c.createdAt = datetime(row.createdAt), c.updatedAt = datetime(row.createdAt),
  c.publishedAt = CASE WHEN row.props.publishedAt IS NULL THEN null ELSE datetime(row.props.publishedAt) END,
  c.expiresAt = CASE WHEN row.props.expiresAt IS NULL THEN null ELSE datetime(row.props.expiresAt) END
SET c.sortAt = coalesce(c.publishedAt, c.createdAt)`;

const CONTENT_LINKS = `UNWIND $rows AS row
MATCH (c:Content {id: row.contentId}), (t:Entity {id: row.toId})
CREATE (c)-[:$(row.type) {position: row.position}]->(t)`;

const OCCURRENCES = `UNWIND $rows AS row
MATCH (a:Entity {id: row.actionId})
CREATE (o:Occurrence {actionId: a.id, originalStartsAt: datetime(row.originalStartsAt), createdAt: datetime(), updatedAt: datetime(),
  status: row.status, startsAt: datetime(row.startsAt), endsAt: datetime(row.endsAt)})-[:OF]->(a)`;

export interface LoadReport {
  ms: number;
  phases: { phase: string; rows: number; ms: number }[];
}

export async function loadGraph(db: Db, graph: Graph, log: (line: string) => void = () => {}): Promise<LoadReport> {
  const started = Date.now();
  const phases: LoadReport['phases'] = [];
  const t0 = Date.now();
  await importTerritories(db, { departements: [DEPARTEMENT] });
  phases.push({ phase: `territories of ${DEPARTEMENT}`, rows: graph.communes.length, ms: Date.now() - t0 });
  log(`  territories of département ${DEPARTEMENT} imported (${((Date.now() - t0) / 1000).toFixed(1)} s)`);

  const run = async (phase: string, text: string, rows: readonly unknown[]) => {
    const t = Date.now();
    for (let i = 0; i < rows.length; i += BATCH) {
      const batch = rows.slice(i, i + BATCH);
      await db.write((tx) => tx.runText(text, { rows: batch }));
      if (rows.length > BATCH * 4 && (i / BATCH) % 10 === 9) log(`  ${phase}: ${Math.min(i + BATCH, rows.length)}/${rows.length}`);
    }
    phases.push({ phase, rows: rows.length, ms: Date.now() - t });
    log(`  ${phase}: ${rows.length} rows in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  };

  await run('themes', ENTITY.Theme, graph.themes);
  await run('places', PLACES, graph.places);
  await run('actors', ENTITY.Actor, graph.actors);
  await run('actions', ACTIONS, graph.actions);
  await run('partnerships', ENTITY.Partnership, graph.partnerships);
  await run('people', PEOPLE, graph.people);
  // Sorted by type so batches mostly hold one type (the planner caches one plan per shape anyway).
  const links = [...graph.broader, ...graph.links].sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
  await run('links', LINKS, links);
  await run('memberships', MEMBERSHIPS, graph.memberships);
  await run('content', CONTENT, graph.content);
  await run('content links', CONTENT_LINKS, graph.contentLinks);
  await run('occurrence changes', OCCURRENCES, graph.occurrences);
  // The timeline's slots, by the same code as migration 013 and the stores' writes.
  const t1 = Date.now();
  await materialiseSlots(db, log);
  phases.push({ phase: 'timeline slots', rows: graph.actions.length, ms: Date.now() - t1 });
  await db.write((tx) => tx.runText('CALL db.awaitIndexes(300)'));
  return { ms: Date.now() - started, phases };
}
