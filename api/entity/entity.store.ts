// Reads shared by every entity type: by id, by slug, links and PART_OF trees, batched for DataLoaders.
import type { Db, Tx } from '../db/driver.js';
import type { LinkType } from '../link/link-rules.js';
import type { EntityRecord, EntityType, LinkedRecord, TreeRecord } from '../records.js';

type Props = Record<string, unknown> & { __typename: EntityType };

/** Turns stored properties into the record the resolvers read (drops index-only fields, flattens nothing else). */
export function toRecord(props: Props): EntityRecord {
  const { searchText: _s, sortName: _n, score: _score, ...rest } = props;
  return rest as unknown as EntityRecord;
}

export async function getEntitiesByIds(db: Db, ids: readonly string[]): Promise<Map<string, EntityRecord>> {
  const rows = await db.query<{ id: string; node: Props }>('entity/get-entities-by-ids', { ids });
  return new Map(rows.map((r) => [r.id, toRecord(r.node)]));
}

export async function getEntitiesByIdsInTx(tx: Tx, ids: readonly string[]): Promise<Map<string, EntityRecord>> {
  const rows = await tx.run<{ id: string; node: Props }>('entity/get-entities-by-ids', { ids });
  return new Map(rows.map((r) => [r.id, toRecord(r.node)]));
}

export async function getEntityBySlug(db: Db, type: EntityType, slug: string): Promise<EntityRecord | null> {
  const rows = await db.query<{ node: Props }>('entity/get-entity-by-slug', { type, slug });
  return rows[0] ? toRecord(rows[0].node) : null;
}

export interface LinkQuery {
  types: LinkType[];
  direction: 'OUT' | 'IN';
  otherLabel: EntityType;
  asOf: string;
}

export async function listLinks(db: Db, ids: readonly string[], q: LinkQuery): Promise<Map<string, LinkedRecord[]>> {
  const rows = await db.query<{ id: string; type: string; link: LinkedRecord['link']; node: Props }>('entity/list-links', { ids, ...q });
  const out = new Map<string, LinkedRecord[]>();
  for (const r of rows) {
    const list = out.get(r.id) ?? [];
    list.push({ node: toRecord(r.node), link: r.link, type: r.type });
    out.set(r.id, list);
  }
  return out;
}

export async function listPartOfTree(
  db: Db,
  ids: readonly string[],
  q: { direction: 'UP' | 'DOWN'; depth: number; asOf: string },
): Promise<Map<string, TreeRecord[]>> {
  const rows = await db.query<{ id: string; node: Props; depth: number }>('entity/list-part-of-tree', { ids, ...q });
  const out = new Map<string, TreeRecord[]>();
  for (const r of rows) {
    const list = out.get(r.id) ?? [];
    list.push({ node: toRecord(r.node), depth: r.depth });
    out.set(r.id, list);
  }
  return out;
}
