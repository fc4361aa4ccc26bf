// Reads shared by every entity type: by id, by slug, links and PART_OF trees, batched for DataLoaders.
// Every read takes the reader's Access; the Cypher drops what they may not see.
import { SYSTEM_ACCESS, type Access } from '../auth/access.js';
import type { Db, Tx } from '../db/driver.js';
import type { LinkType } from '../link/link-rules.js';
import type { EntityRecord, EntityType, LinkedRecord, TreeRecord } from '../records.js';

type Props = Record<string, unknown> & { __typename: EntityType };

/** Turns stored properties into the record the resolvers read (drops index-only fields). */
export function toRecord(props: Props): EntityRecord {
  const { searchText: _s, sortName: _n, score: _score, upcomingKey: _u, ...rest } = props;
  return rest as unknown as EntityRecord;
}

/**
 * A record as a given reader may see it: members-only fields of a visible entity (an actor's contact
 * e-mail and phone) are blanked unless the reader may see the space's members-only items.
 */
export function forReader(props: Props, access: Access): EntityRecord {
  const record = toRecord(props) as EntityRecord & Record<string, unknown>;
  if (record.__typename === 'Actor') {
    const open = (record.contactVisibility ?? 'MEMBERS') === 'PUBLIC' || access.isAdmin || access.spaceIds.includes(record.id);
    if (!open) return { ...record, contactEmail: null, contactPhone: null };
  }
  return record;
}

export async function getEntitiesByIds(db: Db, ids: readonly string[], access: Access): Promise<Map<string, EntityRecord>> {
  const rows = await db.query<{ id: string; node: Props }>('entity/get-entities-by-ids', { ids, access });
  return new Map(rows.map((r) => [r.id, forReader(r.node, access)]));
}

/**
 * Inside a write, every entity whatever its visibility: only to read again what the write already
 * looked up or made. Ids from a client's input go through the author's lookup (api/auth/lookup.ts).
 */
export async function getEntitiesByIdsInTx(tx: Tx, ids: readonly string[]): Promise<Map<string, EntityRecord>> {
  const rows = await tx.run<{ id: string; node: Props }>('entity/get-entities-by-ids', { ids, access: SYSTEM_ACCESS });
  return new Map(rows.map((r) => [r.id, toRecord(r.node)]));
}

export async function getEntityBySlug(db: Db, type: EntityType, slug: string, access: Access): Promise<EntityRecord | null> {
  const rows = await db.query<{ node: Props }>('entity/get-entity-by-slug', { type, slug, access });
  return rows[0] ? forReader(rows[0].node, access) : null;
}

export interface LinkQuery {
  types: LinkType[];
  direction: 'OUT' | 'IN';
  otherLabel: EntityType;
  asOf: string;
}

export async function listLinks(db: Db, ids: readonly string[], q: LinkQuery, access: Access): Promise<Map<string, LinkedRecord[]>> {
  const rows = await db.query<{ id: string; type: string; link: LinkedRecord['link']; node: Props }>('entity/list-links', { ids, ...q, access });
  const out = new Map<string, LinkedRecord[]>();
  for (const r of rows) {
    const list = out.get(r.id) ?? [];
    list.push({ node: forReader(r.node, access), link: r.link, type: r.type });
    out.set(r.id, list);
  }
  return out;
}

export async function listPartOfTree(
  db: Db,
  ids: readonly string[],
  q: { direction: 'UP' | 'DOWN'; depth: number; asOf: string },
  access: Access,
): Promise<Map<string, TreeRecord[]>> {
  const rows = await db.query<{ id: string; node: Props; depth: number }>('entity/list-part-of-tree', { ids, ...q, access });
  const out = new Map<string, TreeRecord[]>();
  for (const r of rows) {
    const list = out.get(r.id) ?? [];
    list.push({ node: forReader(r.node, access), depth: r.depth });
    out.set(r.id, list);
  }
  return out;
}
