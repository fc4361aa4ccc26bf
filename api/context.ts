// Per-request context: the database, the reading instant, and DataLoaders so that nested fields of a
// list cost one query per field, not one per parent.
import DataLoader from 'dataloader';
import type { Db } from './db/driver.js';
import { getEntitiesByIds, listLinks, listPartOfTree, type LinkQuery } from './entity/entity.store.js';
import type { EntityRecord, LinkedRecord, TreeRecord } from './records.js';

export interface Context {
  db: Db;
  /** The instant this request started; the default `asOf` for everything it reads. */
  now: string;
  loaders: Loaders;
}

export interface Loaders {
  entity: DataLoader<string, EntityRecord | null>;
  links(q: LinkQuery): DataLoader<string, LinkedRecord[]>;
  tree(q: { direction: 'UP' | 'DOWN'; depth: number; asOf: string }): DataLoader<string, TreeRecord[]>;
}

/** One loader per distinct query shape, created on first use and kept for the request. */
function memo<Q, V>(make: (q: Q) => DataLoader<string, V>): (q: Q) => DataLoader<string, V> {
  const loaders = new Map<string, DataLoader<string, V>>();
  return (q) => {
    const key = JSON.stringify(q);
    let loader = loaders.get(key);
    if (!loader) {
      loader = make(q);
      loaders.set(key, loader);
    }
    return loader;
  };
}

export function createLoaders(db: Db): Loaders {
  return {
    entity: new DataLoader(async (ids) => {
      const found = await getEntitiesByIds(db, ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    links: memo(
      (q: LinkQuery) =>
        new DataLoader(async (ids) => {
          const found = await listLinks(db, ids, q);
          return ids.map((id) => found.get(id) ?? []);
        }),
    ),
    tree: memo(
      (q: { direction: 'UP' | 'DOWN'; depth: number; asOf: string }) =>
        new DataLoader(async (ids) => {
          const found = await listPartOfTree(db, ids, q);
          return ids.map((id) => found.get(id) ?? []);
        }),
    ),
  };
}

export function createContext(db: Db): Context {
  return { db, now: new Date().toISOString(), loaders: createLoaders(db) };
}
