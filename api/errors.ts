// One closed list of error codes. Every error a client sees carries one in extensions.code.
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  /** A client sent too many requests (or attempts) in a window; retry later. */
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  /** The HTTP request body is over the size limit (api/security/limits.ts). */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** An error meant for the client: a code, a message a person understands, and the input field at fault. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, field?: string) {
    super(message, { extensions: field ? { code, field } : { code } });
  }
}

export const badInput = (field: string, message: string) => new AppError('BAD_USER_INPUT', message, field);
export const notFound = (what: string, field?: string) => new AppError('NOT_FOUND', `${what} was not found.`, field);
export const conflict = (message: string, field?: string) => new AppError('CONFLICT', message, field);

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
  if (original instanceof AppError) return { ...formatted, extensions: { ...original.extensions } };
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && (APOLLO_CLIENT_CODES.has(code) || code === 'BAD_USER_INPUT')) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code: code === 'BAD_REQUEST' || code.startsWith('GRAPHQL_') ? code : code } };
  }
  const neo = original as Neo4jLikeError | undefined;
  if (neo?.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return { message: 'This value is already used by another record (a unique field such as the slug).', path: formatted.path, extensions: { code: ErrorCode.CONFLICT } };
  }
  if (neo?.code === 'Neo.ClientError.Transaction.TransactionTimedOut' || neo?.code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration') {
    log(original);
    return { message: 'The query took too long and was stopped. Narrow the filters or ask for a smaller page.', path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  }
  log(original);
  return { message: 'Internal server error. It has been logged.', path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}
