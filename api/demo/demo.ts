// Loads the demo territory through the API's own mutations, once, on a database without it.
import type { ApolloServer } from '@apollo/server';
import { SYSTEM_ACCESS } from '../auth/access.js';
import { SYSTEM_VIEWER, createContext, type Context } from '../context.js';
import type { Db } from '../db/driver.js';
import { getEntityBySlug } from '../entity/entity.store.js';
import { DEMO_MARKER_SLUG, loadDemo, type Execute } from './load-demo.js';

/** Runs an operation in process as the system (every right), the way a client would over HTTP; throws on GraphQL errors. */
export function inProcessExecutor(apollo: ApolloServer<Context>, db: Db): Execute {
  return async <T = unknown>(query: string, variables?: Record<string, unknown>): Promise<T> => {
    const response = await apollo.executeOperation({ query, variables }, { contextValue: createContext(db, SYSTEM_VIEWER, SYSTEM_ACCESS) });
    if (response.body.kind !== 'single') throw new Error('Unexpected incremental response');
    const { data, errors } = response.body.singleResult;
    if (errors?.length) throw new Error(errors.map((e) => `${e.message} (${String(e.extensions?.code)}${e.extensions?.field ? `, ${String(e.extensions.field)}` : ''})`).join('; '));
    return data as T;
  };
}

/** Loads the demo, with dates relative to today in the territory's zone, unless it is already there. */
export async function loadDemoIfEmpty(apollo: ApolloServer<Context>, db: Db, log: (line: string) => void): Promise<boolean> {
  if (await getEntityBySlug(db, 'Actor', DEMO_MARKER_SLUG, SYSTEM_ACCESS)) return false;
  log('Loading the demo territory (Saint-Brieuc Armor Agglomération)…');
  // Through the API's own mutations, but under the maintenance timeout rather than the request one.
  const { counts, ms } = await loadDemo(inProcessExecutor(apollo, db.forMaintenance()), { log });
  log(`Demo loaded: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')} in ${(ms / 1000).toFixed(1)}s`);
  return true;
}
