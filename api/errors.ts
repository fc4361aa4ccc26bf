// One closed list of error codes. Every error a client sees carries one in extensions.code.
import { GraphQLError, type ASTNode, type GraphQLFormattedError } from 'graphql';

export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  /** A single-use token (a password reset link's) is unknown or was already used. */
  INVALID_TOKEN: 'INVALID_TOKEN',
  /** A single-use token is past its expiry; ask for a new one. */
  TOKEN_EXPIRED: 'TOKEN_EXPIRED',
  /** A client sent too many requests (or attempts) in a window; retry later. */
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  /** The HTTP request body is over the size limit (api/security/limits.ts). */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  /** The request ran past its deadline, or one of its queries past the query timeout (HTTP 504). */
  TIMEOUT: 'TIMEOUT',
  /** The database cannot be reached; retry after `retryAfterSeconds` (HTTP 503 with Retry-After). */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** An error meant for the client: a code, a message a person understands, and the input field at fault. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, field?: string, nodes?: ASTNode) {
    super(message, { extensions: field ? { code, field } : { code }, nodes });
  }
}

export const badInput = (field: string, message: string) => new AppError('BAD_USER_INPUT', message, field);
/**
 * The one NOT_FOUND message: `No actor has the id "…".` (or, for a value that is not an id, `No
 * invitation matches the token given.`). An id the caller may not see gets exactly this answer too
 * (api/auth/lookup.ts), so the message names only what was asked for, never what was found.
 */
export const notFound = (what: string, id: string | null, field?: string) =>
  new AppError('NOT_FOUND', id === null ? `No ${what} matches the ${field ?? 'value'} given.` : `No ${what} has the id "${id}".`, field);
export const conflict = (message: string, field?: string) => new AppError('CONFLICT', message, field);

/** How long a client is told to wait while the database is unreachable (it is probed every second). */
export const RETRY_AFTER_SECONDS = 5;

/** HTTP status of the two codes that are about the server rather than the request. */
export const HTTP_STATUS_OF: Partial<Record<ErrorCode, number>> = { TIMEOUT: 504, SERVICE_UNAVAILABLE: 503 };

/** The answer to a request that ran out of time, whichever limit stopped it. */
export const timedOut = () =>
  withHttp(new AppError('TIMEOUT', 'The request took too long and was stopped. Narrow the filters, ask for smaller lists, or try again later.'));

/** The answer while the database cannot be reached; Apollo sends the status and Retry-After it carries. */
export const serviceUnavailable = () => {
  const error = withHttp(new AppError('SERVICE_UNAVAILABLE', `The database is unreachable for the moment. Try again in ${RETRY_AFTER_SECONDS} seconds.`));
  error.extensions.retryAfterSeconds = RETRY_AFTER_SECONDS;
  return error;
};

/** Adds the HTTP head Apollo reads from `extensions.http` (errors raised before execution, such as in the context). */
function withHttp(error: AppError): AppError {
  const code = error.extensions.code as ErrorCode;
  const headers = new Map<string, string>(code === 'SERVICE_UNAVAILABLE' ? [['retry-after', String(RETRY_AFTER_SECONDS)]] : []);
  error.extensions.http = { status: HTTP_STATUS_OF[code], headers };
  return error;
}

/** The placeholder field a scalar's parse error carries until formatError names the real field. */
export const SCALAR_FIELD = 'DateTime';

/**
 * The input field a value error is about: from a variable's path (`at "input.startsAt"` → `startsAt`,
 * `Variable "$asOf"` → `asOf`), or, for a literal, the argument or field name written before it.
 */
function inputFieldOf(error: GraphQLError): string | undefined {
  const atPath = /at "[^".]*\.([^"]+)"/.exec(error.message);
  if (atPath) return atPath[1];
  const variable = /^Variable "\$(\w+)"/.exec(error.message);
  if (variable) return variable[1];
  const position = error.positions?.[0];
  const body = error.source?.body;
  if (position !== undefined && body) return /(\w+)\s*:\s*$/.exec(body.slice(0, position))?.[1];
  return undefined;
}

/** Codes Apollo itself assigns to invalid operations; kept as they are. */
const APOLLO_CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

interface Neo4jLikeError {
  code?: string;
  gqlStatus?: string;
  message?: string;
}

/** The single error normaliser: known client errors pass, constraint violations become CONFLICT, the rest is hidden. */
export function formatError(formatted: GraphQLFormattedError, error: unknown, log: (e: unknown) => void = console.error): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof AppError) {
    // `http` is for Apollo's status line and headers (it reads it before formatting), never the body.
    const { http: _http, ...extensions } = original.extensions;
    // A scalar cannot know which argument or input field it parses: name it from where it failed.
    if (extensions.field === SCALAR_FIELD && error instanceof GraphQLError) extensions.field = inputFieldOf(error) ?? extensions.field;
    return { ...formatted, extensions };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && (APOLLO_CLIENT_CODES.has(code) || code === 'BAD_USER_INPUT')) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  const neo = original as Neo4jLikeError | undefined;
  if (neo?.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return { message: 'This value is already used by another record (a unique field such as the slug).', path: formatted.path, extensions: { code: ErrorCode.CONFLICT } };
  }
  if (neo?.code === 'Neo.ClientError.Transaction.TransactionTimedOut' || neo?.code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration') {
    log(original);
    return { message: timedOut().message, path: formatted.path, extensions: { code: ErrorCode.TIMEOUT } };
  }
  if (neo?.code === 'ServiceUnavailable' || neo?.code === 'SessionExpired') {
    return { message: serviceUnavailable().message, path: formatted.path, extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryAfterSeconds: RETRY_AFTER_SECONDS } };
  }
  log(original);
  return { message: 'Internal server error. It has been logged.', path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}
