// First-run import of France's territories, skipped when they are already there.
import type { Db } from '../db/driver.js';
import { importTerritories } from './territory.import.js';

/** Below this many communes the import is considered not done (France has about 34,900). */
const COMMUNES_WHEN_COMPLETE = 30_000;

export async function countTerritories(db: Db): Promise<Record<string, number>> {
  const rows = await db.query<{ level: string; count: number }>('territory/count-territories');
  return Object.fromEntries(rows.map((r) => [r.level, r.count]));
}

export async function importTerritoriesIfMissing(db: Db, log: (line: string) => void): Promise<void> {
  const counts = await countTerritories(db);
  if ((counts.COMMUNE ?? 0) >= COMMUNES_WHEN_COMPLETE) return;
  log("Importing France's administrative divisions (first run only)…");
  let lastPhase = '';
  let lastLog = 0;
  const result = await importTerritories(db, {
    onProgress: (p) => {
      if (p.phase !== lastPhase || Date.now() - lastLog > 2000 || p.done === p.total) {
        log(`  ${p.phase} ${p.done}/${p.total}`);
        lastPhase = p.phase;
        lastLog = Date.now();
      }
    },
  });
  log(`Territories: ${result.total} (${result.created} created) in ${(result.ms / 1000).toFixed(1)}s`);
}
