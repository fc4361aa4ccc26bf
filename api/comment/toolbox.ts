// Pieces shared by the toolbox kinds (tasks, ideas, messages, comments): per-request DataLoaders for
// their fields. (Whether a person may see the item they act on is the writes' lookup, api/auth/lookup.ts.)
import DataLoader from 'dataloader';
import type { Context } from '../context.js';

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
