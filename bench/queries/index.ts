// The benchmark's queries, by id: each file holds one query in the three arms (see types.ts).
import { Q1 } from './q1-actor-page.js';
import { Q2 } from './q2-map.js';
import { Q3 } from './q3-timeline.js';
import { Q4 } from './q4-search.js';
import { Q5 } from './q5-propagation.js';
import { Q6 } from './q6-statistics.js';
import { Q7 } from './q7-writes.js';
import { Q9 } from './q9-map-clusters.js';
import type { Query } from './types.js';

export const QUERIES: Record<string, Query<unknown>> = {
  Q1: Q1 as Query<unknown>,
  Q2: Q2 as Query<unknown>,
  Q3: Q3 as Query<unknown>,
  Q4: Q4 as Query<unknown>,
  Q5: Q5 as Query<unknown>,
  Q6: Q6 as Query<unknown>,
  Q7: Q7 as Query<unknown>,
  Q9: Q9 as Query<unknown>,
};
export type QueryId = string;
