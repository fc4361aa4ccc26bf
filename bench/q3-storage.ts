// `node --import tsx bench/q3-storage.ts --data-dir bench/data/S`: the timeline's storage on a graph
// `npm run bench` already loaded (its data directory, kept until the next run). For Q3's ranges it
// prints, before and after the slots (api/agenda/slots.ts): the database's own work (PROFILE db hits,
// which a busy machine does not change) and the median time of the API's storage path (statements and
// expansion, without Apollo or HTTP), pages 1 and 50, next to arm A's statement on the same storage.
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { listOccurrencesByExpansion, type TimelineParams } from '../api/agenda/agenda.store.js';
import { spanSeeks } from '../api/agenda/slots.js';
import { PUBLIC_ACCESS } from '../api/auth/access.js';
import { cypher } from '../api/db/cypher.js';
import { Db } from '../api/db/driver.js';
import { startEmbeddedNeo4j } from '../api/db/embedded.js';
import { ROOT_DIR } from '../api/config.js';
import { SLOTS_CYPHER, slotParams as armParams } from './queries/q3-timeline.js';

const { values } = parseArgs({ options: { 'data-dir': { type: 'string' }, size: { type: 'string', default: 'S' }, reps: { type: 'string', default: '5' } } });
if (!values['data-dir']) throw new Error('--data-dir: the data directory of a graph the benchmark loaded');
const reps = Number(values.reps);
const months = values.size === 'L' ? 3 : 24;

const neo = await startEmbeddedNeo4j({ rootDir: ROOT_DIR, dataDir: values['data-dir'], heap: '2g', pageCache: values.size === 'L' ? '2g' : '1g', txTimeout: '600s' });
const driver = neo4j.driver(neo.uri);
const db = new Db(driver, 'neo4j', 600_000);

function sumDbHits(plan: { dbHits?: number; children?: unknown[] }): number {
  return (plan.dbHits ?? 0) + (plan.children ?? []).reduce<number>((s, c) => s + sumDbHits(c as typeof plan), 0);
}

async function profile(text: string, params: Record<string, unknown>): Promise<number> {
  const session = driver.session({ database: 'neo4j' });
  try {
    return sumDbHits((await session.run(`PROFILE ${text}`, params)).summary.profile as unknown as { dbHits: number });
  } finally {
    await session.close();
  }
}

async function medianMs(run: () => Promise<unknown>): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

console.log(`Q3 storage, ${values.size} graph in ${values['data-dir']}; ranges of ${months} months; median of ${reps}`);
console.log('| range | page | db hits before (C: singles + series) | db hits after (C: slots) | db hits A (slots) | C before ms | C after ms | A ms | total |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const year of [2018, 2020, 2022, 2024]) {
  const from = new Date(Date.UTC(year, 5, 1)).toISOString();
  const end = new Date(from);
  end.setUTCMonth(end.getUTCMonth() + months);
  const to = end.toISOString();
  const params: TimelineParams = {
    asOf: new Date().toISOString(), access: PUBLIC_ACCESS, rangeFrom: from, rangeTo: to, text: null, kinds: null, statuses: null, from: null, to: null,
    partOfId: null, carriedById: null, themeIds: null, territoryIds: null, bbox: null,
  };
  const slotParams = { ...params, spans: spanSeeks(from), occurrenceStatuses: null, limit: 50 };
  // Page 50's cursor: the 2,450th occurrence, from arm A's statement.
  const aParams = (page: number) => armParams({ from, to, page: page as 1 | 50, reader: { access: PUBLIC_ACCESS } as never });
  const [at2450] = await db.read((tx) => tx.runText<{ page: { actionId: string; startsAt: string; originalStartsAt: string }[]; total: number }>(SLOTS_CYPHER, { ...aParams(50), skip: 2449, limit: 1 }));
  const cursorRow = at2450!.page[0];
  for (const page of [1, 50]) {
    const after = page === 1 || !cursorRow ? null : { s: cursorRow.startsAt, id: cursorRow.actionId, o: cursorRow.originalStartsAt };
    const afterRecord = after && { startsAt: after.s, actionId: after.id, originalStartsAt: after.o, endsAt: null, status: '', modified: false };
    const before = (await profile(cypher('agenda/list-single-in-range'), { ...params, occurrenceStatuses: null, after: after && { s: after.s, id: after.id }, limit: 50 })) + (await profile(cypher('agenda/list-series-in-range'), params));
    const afterHits = await profile(cypher('agenda/list-slots-in-range'), { ...slotParams, after });
    const aHits = await profile(SLOTS_CYPHER, aParams(page));
    const cBefore = await medianMs(() => db.read((tx) => listOccurrencesByExpansion(tx, params, null, afterRecord, 50)));
    const cAfter = await medianMs(() => db.read((tx) => tx.run('agenda/list-slots-in-range', { ...slotParams, after })));
    const aMs = await medianMs(() => db.read((tx) => tx.runText(SLOTS_CYPHER, aParams(page))));
    const fmt = (n: number) => n.toLocaleString('en-US');
    console.log(`| ${from.slice(0, 7)} – ${to.slice(0, 7)} | ${page} | ${fmt(before)} | ${fmt(afterHits)} | ${fmt(aHits)} | ${cBefore.toFixed(1)} | ${cAfter.toFixed(1)} | ${aMs.toFixed(1)} | ${at2450!.total} |`);
  }
}
await driver.close();
await neo.stop();
