// Data migrations that need the API's own code (a Cypher file cannot call it). They are numbered like
// cypher/migrations/ and applied in one order with them (api/db/migrate.ts); each must be idempotent
// and written for a large graph: small transactions, keyset pages, no statement over the whole graph.
import { SEARCH_FIELDS, searchTextOf } from '../shared/slug.js';
import { materialiseSlots } from '../agenda/slots.js';
import type { Db } from './driver.js';

export interface CodeMigration {
  name: string;
  run(db: Db, log: (line: string) => void): Promise<void>;
}

/** Nodes per page and transaction: a few MB at most, even with long content bodies. */
const BATCH = 1000;

interface FieldsRow {
  id: string;
  searchText: string | null;
  values: unknown[];
}

/**
 * Rebuilds `searchText` on every entity and content item with searchTextOf, the one builder: fixes
 * the texts that updates wrote unfolded (before update-entity used it) and the older formats. Only
 * the texts that differ are written, so running it again reads every node and writes none.
 */
async function rebuildSearchText(db: Db, log: (line: string) => void): Promise<void> {
  for (const kind of ['entity', 'content'] as const) {
    const fields = SEARCH_FIELDS[kind];
    let after = '';
    let read = 0;
    let written = 0;
    for (;;) {
      const page = await db.write(async (tx) => {
        const rows = await tx.run<FieldsRow>(`migration/list-${kind}-search-fields`, { after, fields, limit: BATCH });
        const changed = rows
          .map((r) => ({ id: r.id, old: r.searchText, searchText: searchTextOf(kind, Object.fromEntries(fields.map((f, i) => [f, r.values[i]]))) }))
          .filter((r) => r.searchText !== r.old);
        const [w] = changed.length > 0 ? await tx.run<{ written: number }>(`migration/set-${kind}-search-texts`, { rows: changed }) : [];
        return { rows, written: w?.written ?? 0 };
      });
      read += page.rows.length;
      written += page.written;
      if (page.rows.length < BATCH) break;
      after = page.rows[page.rows.length - 1]!.id;
    }
    log(`search text: ${written} of ${read} ${kind === 'entity' ? 'entities' : 'content items'} rebuilt`);
  }
}

export const CODE_MIGRATIONS: readonly CodeMigration[] = [
  { name: '010-rebuild-search-text', run: rebuildSearchText },
  // The timeline's materialised occurrences (api/agenda/slots.ts): the window and every action's slots.
  { name: '013-timeline-slots', run: async (db, log) => void (await materialiseSlots(db, log)) },
];
