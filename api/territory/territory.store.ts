// Territories: lookups by official code, and lists. Written only by the import (territory.import.ts).
import type { Db, Tx } from '../db/driver.js';
import { toRecord } from '../entity/entity.store.js';
import type { TerritoryFilter } from '../generated/graphql.js';
import type { EntityType, Page, TerritoryRecord } from '../records.js';
import { containsText, nullIfEmpty, runList, type ListArgs } from '../shared/list.js';

type Props = Record<string, unknown> & { __typename: EntityType };

export async function getTerritoryByCode(tx: Tx, level: TerritoryRecord['level'], code: string): Promise<TerritoryRecord | null> {
  const [row] = await tx.run<{ node: Props }>('territory/get-territory-by-code', { level, code });
  return row ? (toRecord(row.node) as TerritoryRecord) : null;
}

export function listTerritories(db: Db, args: ListArgs & { filter?: TerritoryFilter | null }): Promise<Page<TerritoryRecord>> {
  const f = args.filter ?? {};
  return runList<TerritoryRecord>(
    db,
    'territory/list-territories',
    { text: containsText(f.text), levels: nullIfEmpty(f.levels), withinId: f.withinId ?? null },
    args,
    'name',
    50,
  );
}
