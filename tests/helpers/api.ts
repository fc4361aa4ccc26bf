// A real API server on a free port for a test file, and a client that speaks GraphQL over HTTP.
import { afterAll, beforeAll } from 'vitest';
import type { ServerLimits } from '../../api/auth/rate-limit.js';
import { startServer, type RunningServer } from '../../api/server.js';
import { adminSession } from '../factories/people.js';
import { testConfig, testDb } from './db.js';

export interface GraphQLResponse<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

export interface TestApi {
  url: string;
  /** The administrator the `gql` and `ok` calls are signed in as (tests about the model, not rights). */
  adminId: string;
  /** The server's sign-in and sign-up limits. */
  limits: ServerLimits;
  /** Sends an operation over HTTP as an administrator; returns data and errors as the client sees them. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** Like gql, but fails the test on any error and returns data. */
  ok<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** Sends an operation as an anonymous visitor (no cookie). */
  anon<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
}

async function post<T>(url: string, query: string, variables: Record<string, unknown> | undefined, cookie?: string): Promise<GraphQLResponse<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as GraphQLResponse<never>;
  return { ...body, status: res.status };
}

export function useTestApi(): TestApi {
  let server: RunningServer;
  let admin: { personId: string; cookie: string };
  const db = testDb();
  beforeAll(async () => {
    server = await startServer(testConfig(), db);
    admin = await adminSession(db);
  });
  afterAll(async () => {
    await server?.close();
  });
  return apiOn(
    () => server,
    () => admin,
  );
}

/** A TestApi over a server of the test's own (its own configuration or database), signed in as `admin`. */
export function apiOn(server: () => Pick<RunningServer, 'url' | 'limits'>, admin: () => { personId: string; cookie: string }): TestApi {
  const url = () => server().url;
  const api: TestApi = {
    get url() {
      return url();
    },
    get adminId() {
      return admin().personId;
    },
    get limits() {
      return server().limits;
    },
    gql: (query, variables) => post(url(), query, variables, admin().cookie),
    anon: (query, variables) => post(url(), query, variables),
    async ok(query, variables) {
      const res = await api.gql(query, variables);
      if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
      return res.data as never;
    },
  };
  return api;
}

/** A short unique suffix so each test's names and slugs are its own. */
export function uid(): string {
  return Math.random().toString(36).slice(2, 10);
}
