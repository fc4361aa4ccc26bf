// What one request may ask of the API, so that no single client can exhaust it. Every limit is
// here, with how it was chosen; a refusal names the limit crossed and its value.
//
// A refused operation carries extensions.code GRAPHQL_VALIDATION_FAILED (HTTP 400), like any other
// invalid operation; a refused HTTP request carries PAYLOAD_TOO_LARGE (413) or BAD_REQUEST (400).
// In time, a GraphQL request has one deadline (REQUEST_TIMEOUT_MS, api/shared/deadline.ts) and each
// of its transactions the query timeout (NEO4J_QUERY_TIMEOUT_MS), both answered TIMEOUT (HTTP 504).
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { GraphQLError, Lexer, Source, TokenKind, type ValidationRule } from 'graphql';
import { AppError, formatError } from '../errors.js';

/**
 * Largest request body, in bytes. The UI's biggest operation is under 2 kB and a mutation's
 * input (a description, a few id lists) well under 50 kB; 256 kB leaves room for long texts
 * while a client cannot make the server buffer megabytes.
 */
export const MAX_BODY_BYTES = 256 * 1024;

/**
 * Deepest selection, in fields from the root (fragments flattened, so it is the depth of the
 * response). The UI's deepest query is 6 (actor → partnerships → partnership → parties → actor
 * → id), the tests' 4; 12 leaves room to explore the graph by hand while a self-nesting query
 * (actor → parents → actor → parents → …) cannot fan out without end.
 */
export const MAX_DEPTH = 12;

/**
 * Aliased fields per operation. The UI uses none, the tests at most 4; 30 lets a client fetch a
 * few dozen entities by id in one request. The login limiter counts each aliased logIn as one
 * attempt, so a batch of up to 30 is let through and then throttled like 30 requests.
 */
export const MAX_ALIASES = 30;

/**
 * Directives (@include, @skip, …) per operation. The UI uses none; 50 is graphql-armor's
 * default and far above any hand-written query, while bounding directive-flooding.
 */
export const MAX_DIRECTIVES = 50;

/**
 * Lexical tokens (names, punctuation, values) per document. The UI's largest document has 172,
 * the tests' 68, graphql-js's introspection query 163; 5,000 bounds the parser and the
 * validation rules (some of which grow faster than linearly) to a few milliseconds.
 */
export const MAX_TOKENS = 5_000;

/**
 * Cost per operation: the most values its response can hold (api/security/cost.ts). Each field
 * counts 1 per value, and a list multiplies what it selects by its bound (its `first`, literal or
 * variable, else its default; a connection's page; see api/security/list-bounds.ts). The UI's
 * costliest operation (an action's page: five lists of up to 100 and partnerships with their parties)
 * is about 9,400, the tests' about 5,000; 20,000 values is at most about 1 MB of JSON, while two
 * nested lists of 100 (10,000 items, each with fields) are refused.
 */
export const MAX_COST = 20_000;

/** All limits, for the benchmark and the docs to print. */
export const LIMITS = {
  maxBodyBytes: MAX_BODY_BYTES,
  maxDepth: MAX_DEPTH,
  maxAliases: MAX_ALIASES,
  maxDirectives: MAX_DIRECTIVES,
  maxTokens: MAX_TOKENS,
  maxCost: MAX_COST,
} as const;

/** Human form of the body limit, as the 413 message says it. */
export const MAX_BODY_LABEL = `${MAX_BODY_BYTES / 1024} kB`;

type RejectCallbacks = NonNullable<NonNullable<NonNullable<ConstructorParameters<typeof ApolloArmor>[0]>['maxDepth']>['onReject']>;

/**
 * graphql-armor reports "Syntax Error: <X> limit of N exceeded, found M."; this rewrites it as
 * "Query <measure> M exceeds the limit of N." and reports it on the validation context, where
 * Apollo turns it into GRAPHQL_VALIDATION_FAILED.
 */
function refuse(measure: string, limit: number): RejectCallbacks {
  return [
    (ctx, error) => {
      const found = /found (\d+(?:\.\d+)?)/.exec(error.message)?.[1];
      const amount = found === undefined ? '' : ` ${Math.ceil(Number(found))}`;
      ctx?.reportError(new GraphQLError(`Query ${measure}${amount} exceeds the limit of ${limit}.`));
    },
  ];
}

/**
 * Counts a document's tokens the way the parser does (comments excluded), stopping once past
 * `stopAfter` so a huge document costs no more than a legitimate one; null if it does not lex.
 */
export function countTokens(query: string, stopAfter = Infinity): number | null {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  try {
    while (count <= stopAfter && lexer.advance().kind !== TokenKind.EOF) count++;
  } catch {
    return null;
  }
  return count;
}

/** The Apollo options that enforce the operation limits: validation rules, and the parser's token cap. */
export function operationLimits(): { validationRules: ValidationRule[]; parseOptions: { maxTokens: number } } {
  const armor = new ApolloArmor({
    maxDepth: { n: MAX_DEPTH, flattenFragments: true, propagateOnRejection: false, onReject: refuse('depth', MAX_DEPTH) },
    maxAliases: { n: MAX_ALIASES, propagateOnRejection: false, onReject: refuse('alias count', MAX_ALIASES) },
    maxDirectives: { n: MAX_DIRECTIVES, propagateOnRejection: false, onReject: refuse('directive count', MAX_DIRECTIVES) },
    // Replaced by api/security/cost.ts: armor counts a list without `first` as one item, and a
    // `first` passed as a variable not at all.
    costLimit: { enabled: false },
    // Replaced: armor's token plugin turns a refusal into an unexpected error (HTTP 500), and its
    // suggestion mask leaves a stray "?"; see refuseLongDocuments and withoutSuggestions.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  });
  return {
    // With its two plugins disabled, armor contributes validation rules only.
    validationRules: armor.protect().validationRules,
    // A backstop for operations that do not come through HTTP: the parser stops there too.
    parseOptions: { maxTokens: MAX_TOKENS },
  };
}

/** "Did you mean …?" reveals the schema field by field; dropped when introspection is off. */
export function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/g, '').trim();
}

/** A GraphQL-shaped error body for a request refused before GraphQL sees it. */
function errorBody(error: GraphQLError) {
  return { errors: [formatError({ message: error.message, extensions: error.extensions }, error)] };
}

/** Parses JSON bodies up to the limit. */
export const jsonBody: RequestHandler = express.json({ limit: MAX_BODY_BYTES });

/**
 * Refuses a body whose declared length is over the limit at once, before reading it: the JSON
 * parser would otherwise read the whole body off the socket before answering (it drains what it
 * refuses). Node discards the unread rest; `Connection: close` keeps that socket out of reuse.
 * A body sent without a length (chunked) is still cut by the parser at the limit.
 */
export const refuseOversizedBodies: RequestHandler = (req, res, next) => {
  const declared = Number(req.headers['content-length']);
  if (!(declared > MAX_BODY_BYTES)) return next();
  res.setHeader('connection', 'close');
  res.status(413).json(errorBody(new AppError('PAYLOAD_TOO_LARGE', `The request body is larger than ${MAX_BODY_LABEL}.`)));
};

/** Batched operations (a JSON array) are refused with a message saying what to send instead. */
export const refuseBatches: RequestHandler = (req, res, next) => {
  if (!Array.isArray(req.body)) return next();
  const error = new GraphQLError('Batched requests are not accepted: send one operation per request, as a JSON object rather than an array.', {
    extensions: { code: 'BAD_REQUEST' },
  });
  res.status(400).json(errorBody(error));
};

/**
 * Refuses a document with too many tokens before Apollo parses it, or even builds the request's
 * context (which reads the session from Neo4j).
 */
export const refuseLongDocuments: RequestHandler = (req, res, next) => {
  const query: unknown = req.method === 'GET' ? req.query.query : (req.body as { query?: unknown } | undefined)?.query;
  // A document that does not lex is left to the parser, whose syntax error says where.
  const tokens = typeof query === 'string' ? countTokens(query, MAX_TOKENS) : null;
  if (tokens === null || tokens <= MAX_TOKENS) return next();
  const error = new GraphQLError(`Query token count exceeds the limit of ${MAX_TOKENS}.`, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  res.status(400).json(errorBody(error));
};

interface BodyParserError {
  type?: string;
  status?: number;
  expose?: boolean;
  message?: string;
}

/** Turns body-parser's failures (too large, malformed JSON, bad charset) into GraphQL-shaped JSON instead of an HTML page. */
export const bodyErrors: ErrorRequestHandler = (err: BodyParserError, _req, res, next) => {
  if (res.headersSent) return next(err);
  if (err.type === 'entity.too.large') {
    res.status(413).json(errorBody(new AppError('PAYLOAD_TOO_LARGE', `The request body is larger than ${MAX_BODY_LABEL}.`)));
    return;
  }
  if (err.type === 'entity.parse.failed') {
    const error = new GraphQLError(`The request body is not valid JSON (${err.message ?? 'unreadable'}).`, { extensions: { code: 'BAD_REQUEST' } });
    res.status(400).json(errorBody(error));
    return;
  }
  if (err.expose && typeof err.status === 'number' && err.status >= 400 && err.status < 500) {
    res.status(err.status).json(errorBody(new GraphQLError(`The request was refused: ${err.message}.`, { extensions: { code: 'BAD_REQUEST' } })));
    return;
  }
  // Anything else is unexpected: formatError logs it and hides the details.
  res.status(500).json(errorBody(new GraphQLError('unexpected', { originalError: err as Error })));
};
