// Pieces shared by the toolbox kinds (tasks, ideas, messages, comments): per-request DataLoaders for
// their fields, and the check that a person may see the item they act on.
import DataLoader from 'dataloader';
import { requireSignedIn } from '../auth/rights.js';
import type { ContentRecord } from '../content/content.store.js';
import { authorOf, type Context } from '../context.js';
import { notFound } from '../errors.js';
import type { ContentKind } from '../generated/graphql.js';

// TODO: move these loaders into api/context.ts `Loaders` once that file is free to change.
const perRequest = new WeakMap<Context, Map<string, DataLoader<string, unknown>>>();

/**
 * The request's loader named `key`, created on first use with `batch` (one value per id, in order),
 * so a list of items costs one query per field rather than one per item.
 */
export function requestLoader<V>(ctx: Context, key: string, batch: (ids: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    loaders = new Map();
    perRequest.set(ctx, loaders);
  }
  let loader = loaders.get(key) as DataLoader<string, V> | undefined;
  if (!loader) {
    loader = new DataLoader<string, V>(batch);
    loaders.set(key, loader as DataLoader<string, unknown>);
  }
  return loader;
}

/**
 * Refuses anonymous visitors (UNAUTHENTICATED), then answers NOT_FOUND for an item the person may not
 * see, as `contentItem` would: a members-only item's existence is not revealed to outsiders.
 */
export async function requireVisibleItem(ctx: Context, id: string, kinds: ContentKind[], field: string, what: string): Promise<ContentRecord> {
  requireSignedIn(authorOf(ctx), what);
  const item = await ctx.loaders.content.load(id);
  if (!item || !kinds.includes(item.kind)) throw notFound(`No ${kinds.map((k) => k.toLowerCase()).join(' or ')} with the id "${id}"`, field);
  return item;
}
