// Reads for the diffusion routes: GraphQL operations run in process on the API's own Apollo server, as
// an anonymous visitor whatever cookie or header the request carries. So a feed, an export or an embed
// shows exactly what the public API shows (same resolvers, stores, visibility in Cypher, list bounds
// and cost limit), and no new visibility rule exists to drift from it.
import type { ApolloServer } from '@apollo/server';
import { PUBLIC_ACCESS } from '../auth/access.js';
import { ANONYMOUS, createContext, type Context } from '../context.js';
import type { Db } from '../db/driver.js';
import { Deadline } from '../shared/deadline.js';
import { DiffusionError } from './http.js';
import type { TypedDocumentString } from './gql/graphql.js';

export interface AnonymousReader {
  /** Runs one operation as an anonymous visitor; data, or a DiffusionError telling what went wrong. */
  read<R, V>(document: TypedDocumentString<R, V>, variables: V, deadline: Deadline): Promise<R>;
  /** A deadline of the configured request budget. */
  deadline(): Deadline;
}

const STATUS_OF_CODE: Record<string, DiffusionError['status']> = { BAD_USER_INPUT: 400, NOT_FOUND: 404, TIMEOUT: 504, SERVICE_UNAVAILABLE: 503 };

export function anonymousReader(apollo: ApolloServer<Context>, db: Db, requestTimeoutMs: number): AnonymousReader {
  return {
    deadline: () => new Deadline(requestTimeoutMs),
    async read<R, V>(document: TypedDocumentString<R, V>, variables: V, deadline: Deadline): Promise<R> {
      deadline.check();
      const contextValue = createContext(db.forRequest(deadline), ANONYMOUS, PUBLIC_ACCESS, undefined, deadline);
      const response = await apollo.executeOperation({ query: document.toString(), variables: variables as Record<string, unknown> }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('Incremental delivery is not used by the diffusion routes.');
      const { data, errors } = response.body.singleResult;
      const error = errors?.[0];
      if (error) {
        const code = String(error.extensions?.code ?? '');
        const status = STATUS_OF_CODE[code];
        // A client's mistake (a bad date, an unknown id) is told as it is; anything else stays in the log.
        if (status) throw new DiffusionError(status, error.message);
        throw new Error(`In-process GraphQL failed (${code || 'no code'}): ${error.message}`);
      }
      // The document's own result type: codegen typed it from this schema, and execution succeeded.
      return data as R;
    },
  };
}
