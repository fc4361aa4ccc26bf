// The benchmark's queries, by id: each file holds one query in the three arms (see types.ts).
import { Q2 } from './q2-map.js';
import { Q3 } from './q3-timeline.js';
import type { Query } from './types.js';

export const QUERIES: Record<string, Query<unknown>> = {
  Q2: Q2 as Query<unknown>,
  Q3: Q3 as Query<unknown>,
};
export type QueryId = string;
