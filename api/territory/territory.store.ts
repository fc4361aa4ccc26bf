// Territories: lookups by official code, and lists. Written only by the import (territory.import.ts).
import type { Db, Tx } from '../db/driver.js';
import { toRecord } from '../entity/entity.store.js';
import { badInput } from '../errors.js';
import type { TerritoryFilter } from '../generated/graphql.js';
import type { EntityType, Page, TerritoryRecord } from '../records.js';
import { containsText, nullIfEmpty, runList, type ListArgs } from '../shared/list.js';

type Props = Record<string, unknown> & { __typename: EntityType };

export async function getTerritoryByCode(tx: Tx, level: TerritoryRecord['level'], code: string): Promise<TerritoryRecord | null> {
  const [row] = await tx.run<{ node: Props }>('territory/get-territory-by-code', { level, code });
  return row ? (toRecord(row.node) as TerritoryRecord) : null;
}

/** A territory by its official code: both or neither of `level` and `code` (null when neither is given). */
export function checkTerritoryCode(args: { level?: TerritoryRecord['level'] | null; code?: string | null }): { level: TerritoryRecord['level']; code: string } | null {
  if (args.code == null && args.level == null) return null;
  if (args.code == null || args.level == null) throw badInput(args.code == null ? 'code' : 'level', 'Give both code and level to find a territory by its official code.');
  return { level: args.level, code: args.code };
}

export function findTerritoryByCode(db: Db, level: TerritoryRecord['level'], code: string): Promise<TerritoryRecord | null> {
  return db.read((tx) => getTerritoryByCode(tx, level, code));
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
