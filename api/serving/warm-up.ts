// The last start step: the portal's first requests, run once in process as an anonymous visitor so
// that Neo4j has planned their statements before the first real visitor comes. An EXPLAIN pass
// (api/db/explain.ts) checks that every statement compiles, but Neo4j caches a plan per parameter
// types and EXPLAIN runs without parameters, so it barely warms the cache (bench/plan-cache.ts: a cold
// `actions(first: 3)` 4–13 s on two cores, 0.05–0.3 s warm, 2.5–3.3 s after EXPLAIN alone). Only
// requests with real parameters do.
import type { ApolloServer } from '@apollo/server';
import { createContext, type Context } from '../context.js';
import type { Db } from '../db/driver.js';

/** The home page's lists (each order), a search, and an actor's and an action's page, as the SPA asks. */
const LISTS = `
  query WarmLists($text: String, $sort: ActionSort) {
    actions(filter: { text: $text }, sort: $sort, first: 20) { totalCount nodes { id slug name status startsAt endsAt allDay timeZone } }
    actors(filter: { text: $text }, first: 20) { totalCount nodes { id slug name kind } }
  }`;

const PAGES = `
  query WarmPages($actor: String!, $action: String!, $asOf: DateTime) {
    actor(slug: $actor, asOf: $asOf) {
      id name description website
      parents(asOf: $asOf, first: 100) { actor { id slug name kind } }
      children(asOf: $asOf, first: 100) { actor { id slug name kind } }
      actions(asOf: $asOf, first: 100) { role action { id slug name status startsAt } }
      places(asOf: $asOf, first: 100) { place { id name } }
      themes(asOf: $asOf, first: 100) { theme { id name } }
      partnerships(asOf: $asOf, first: 50) { partnership { id name parties(asOf: $asOf, first: 20) { actor { id slug name } } } }
    }
    action(slug: $action, asOf: $asOf) {
      id name description
      parents(asOf: $asOf, first: 100) { action { id slug name } }
      children(asOf: $asOf, first: 100) { action { id slug name } }
      actors(asOf: $asOf, first: 100) { role actor { id slug name } }
      places(asOf: $asOf, first: 100) { place { id name } }
      themes(asOf: $asOf, first: 100) { theme { id name } }
    }
  }`;

/** The explorer's map (web/src/map/): its clusters and a place's popup. The box's values do not matter to the plan. */
const MAP = `
  query WarmMap($bbox: BoundingBox!, $zoom: Float!, $actors: ActorFilter, $actions: ActionFilter) {
    mapClusters(bbox: $bbox, zoom: $zoom, actors: $actors, actions: $actions) {
      totalPlaces clusters { id count label territory { id name } } places { id slug name }
    }
  }`;

const PLACE = `
  query WarmPlace($id: ID!) {
    place(id: $id) { id name actors(first: 100) { actor { id slug name kind } } actions(first: 100) { action { id slug name kind status } } }
  }`;

export interface WarmUpReport {
  /** Operations run. */
  operations: number;
  /** Operations that answered errors (logged; the start goes on: a cold plan is slow, not wrong). */
  failed: number;
  ms: number;
}

export async function warmUp(apollo: ApolloServer<Context>, db: Db, log: (line: string) => void = () => {}): Promise<WarmUpReport> {
  const started = Date.now();
  let operations = 0;
  let failed = 0;
  const run = async (query: string, variables: Record<string, unknown>): Promise<Record<string, unknown> | null> => {
    operations += 1;
    // Anonymous, as the first visitor; under the maintenance timeout, since a cold plan may take long.
    const response = await apollo.executeOperation({ query, variables }, { contextValue: createContext(db.forMaintenance()) });
    const result = response.body.kind === 'single' ? response.body.singleResult : null;
    if (!result || result.errors?.length) {
      failed += 1;
      log(`  warm-up: ${result?.errors?.map((e) => e.message).join('; ') ?? 'unexpected incremental response'}`);
      return null;
    }
    return (result.data as Record<string, unknown>) ?? null;
  };
  const home = await run(LISTS, { sort: 'UPCOMING' });
  await run(LISTS, {});
  await run(LISTS, { text: 'asso' });
  const first = (key: 'actors' | 'actions') => (home?.[key] as { nodes: { slug: string }[] } | undefined)?.nodes[0]?.slug;
  const actor = first('actors');
  const action = first('actions');
  if (actor && action) {
    await run(PAGES, { actor, action });
    await run(PAGES, { actor, action, asOf: new Date(Date.now() - 365 * 86_400_000).toISOString() });
  }
  const map = await run(MAP, { bbox: { west: -3.67, south: 48.03, east: -1.9, north: 48.9 }, zoom: 9, actors: {}, actions: {} });
  const place = ((map?.mapClusters as { places: { id: string }[] } | undefined)?.places ?? [])[0]?.id;
  if (place) await run(PLACE, { id: place });
  return { operations, failed, ms: Date.now() - started };
}
