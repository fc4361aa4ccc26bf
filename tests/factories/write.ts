// What every factory shares: who writes (a signed-in client or the administrator api), references to
// built entities, unique names, and sending a typed document (tests/gql, generated from the
// factories' `graphql()` documents by `npm run codegen`, so a renamed field breaks them at typecheck).
import type { TypedDocumentString } from '../gql/graphql.js';
import { uid } from '../helpers/api.js';
import type { Client } from '../helpers/client.js';

/** Anything that sends GraphQL and fails the test on an error: a person's client, or the admin api. */
export type Writer = Pick<Client, 'ok'>;

/** What a builder returns: enough to find the entity again. */
export interface Built {
  id: string;
  slug: string;
  name: string;
}

/** A built entity, or its id. */
export type Ref = Built | string;

export const idOf = (e: Ref): string => (typeof e === 'string' ? e : e.id);
export const idsOf = (list: readonly Ref[] | undefined): string[] | undefined => list?.map(idOf);

/** The name asked for, as is, or `fallback` followed by a random suffix. */
export function uniqueName(name: string | undefined, fallback: string): string {
  return name ?? `${fallback} ${uid()}`;
}

/** Sends a typed document as `who`; its result and variables are typed by the document. */
export function send<R, V>(who: Writer, document: TypedDocumentString<R, V>, variables: V): Promise<R> {
  return who.ok<R>(document.toString(), variables as Record<string, unknown>);
}
