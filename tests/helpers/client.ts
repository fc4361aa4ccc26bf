// A GraphQL-over-HTTP client that keeps the session cookie like a browser would: it stores what
// Set-Cookie gives and sends it back. One client = one browser.
import { SESSION_COOKIE } from '../../api/auth/session.js';
import { uid, type GraphQLResponse, type TestApi } from './api.js';

/** What a response said besides its body. */
export interface ResponseDetails {
  status: number;
  headers: Headers;
  /** The Set-Cookie lines of the response, as sent. */
  setCookies: string[];
}

/** Answers like TestApi's gql/ok, so a client and the admin API can stand in for one another. */
export interface Client {
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** Like gql, but fails the test on any error and returns data. */
  ok<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** Headers and cookies of the last response. */
  last(): ResponseDetails | undefined;
  /** The session token the client holds, if any. */
  cookie(): string | undefined;
  /** Replaces the held token (to replay an old one), or forgets it with undefined. */
  setCookie(token: string | undefined): void;
  /** Extra request headers sent with every call. */
  headers: Record<string, string>;
}

/** Applies one Set-Cookie line to the held token: a new value, or removal (empty value or past expiry). */
function applySetCookie(line: string, current: string | undefined): string | undefined {
  const [pair = '', ...attributes] = line.split(';').map((s) => s.trim());
  const eq = pair.indexOf('=');
  if (eq < 0 || pair.slice(0, eq) !== SESSION_COOKIE) return current;
  const value = decodeURIComponent(pair.slice(eq + 1));
  const expires = attributes.find((a) => a.toLowerCase().startsWith('expires='));
  const maxAge = attributes.find((a) => a.toLowerCase().startsWith('max-age='));
  const expired = (expires && Date.parse(expires.slice(8)) <= Date.now()) || (maxAge && Number(maxAge.slice(8)) <= 0);
  return value === '' || expired ? undefined : value;
}

export function createClient(baseUrl: string): Client {
  let token: string | undefined;
  let last: ResponseDetails | undefined;
  const client: Client = {
    headers: {},
    async gql<T>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
      const res = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        // A JSON content type is what Apollo's CSRF prevention asks of a non-browser client.
        headers: { 'content-type': 'application/json', ...client.headers, ...(token ? { cookie: `${SESSION_COOKIE}=${encodeURIComponent(token)}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const setCookies = res.headers.getSetCookie();
      for (const line of setCookies) token = applySetCookie(line, token);
      last = { status: res.status, headers: res.headers, setCookies };
      const body = (await res.json()) as GraphQLResponse<T>;
      return { ...body, status: res.status };
    },
    async ok<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
      const res = await client.gql<T>(query, variables);
      if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
      return res.data as T;
    },
    last: () => last,
    cookie: () => token,
    setCookie: (value) => {
      token = value;
    },
  };
  return client;
}

export interface SignedUp {
  client: Client;
  personId: string;
  email: string;
  password: string;
  displayName: string;
}

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { me { id } } }`;

/** A fresh account with a unique e-mail, signed in on its own client. */
export async function signUpClient(api: Pick<TestApi, 'url'>, options: { displayName?: string } = {}): Promise<SignedUp> {
  const client = createClient(api.url);
  const email = `${uid()}${uid()}@test.convergences.local`;
  const password = `pw-${uid()}-${uid()}`;
  const displayName = options.displayName ?? `Personne ${uid()}`;
  const data = await client.ok<{ signUp: { me: { id: string } } }>(SIGN_UP, { input: { email, password, displayName } });
  return { client, personId: data.signUp.me.id, email, password, displayName };
}
