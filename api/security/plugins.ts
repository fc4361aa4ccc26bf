// Apollo plugins for what one request may cost: the cost limit (checked once the operation and its
// variables are known, before anything runs), and one clear answer when a request ran out of time
// or found the database unreachable.
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';
import { HTTP_STATUS_OF, RETRY_AFTER_SECONDS, type ErrorCode } from '../errors.js';
import { costRefusal, operationCost } from './cost.js';

/** Refuses an operation whose cost (api/security/cost.ts) is over the limit, with HTTP 400. */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const cost = operationCost(schema, document, operation, request.variables ?? {});
          if (cost > maxCost) throw costRefusal(cost, maxCost);
        },
      };
    },
  };
}

/** In order of precedence: a database that is down explains a timeout too. */
const WHOLE_REQUEST_CODES: ErrorCode[] = ['SERVICE_UNAVAILABLE', 'TIMEOUT'];

/**
 * A request that hit its deadline or a query timeout, or found the database unreachable, answers
 * that one error (without partial data or one error per field), with HTTP 504 or 503 and Retry-After.
 * Also ends the request's deadline timer.
 */
export function requestOutcomePlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          contextValue.deadline?.dispose();
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          const code = WHOLE_REQUEST_CODES.find((c) => errors.some((e) => e.extensions?.code === c));
          if (!code) return;
          const error = errors.find((e) => e.extensions?.code === code)!;
          response.body.singleResult = { errors: [{ message: error.message, extensions: error.extensions }] };
          response.http.status = HTTP_STATUS_OF[code];
          if (code === 'SERVICE_UNAVAILABLE') response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}
