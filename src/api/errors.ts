// Error masking at the API edge: our typed errors become extensions.code, GraphQL's own
// validation errors pass through, and anything else is INTERNAL_SERVER_ERROR with the
// details logged, never sent (no stack traces, no driver messages).

import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { isWhosaidError, type ErrorCode } from '../errors.js';

const API_CODE: Record<ErrorCode, string> = {
  BAD_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  STORE_UNAVAILABLE: 'STORE_UNAVAILABLE',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  LIMIT_EXCEEDED: 'LIMIT_EXCEEDED',
  MISSING_PREREQUISITE: 'INTERNAL_SERVER_ERROR',
  CONFIG: 'INTERNAL_SERVER_ERROR',
};

const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE',
]);

/** Builds Apollo's formatError: maps codes, masks the unexpected, logs what was masked. */
export function formatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = (error as { originalError?: unknown } | null)?.originalError ?? error;
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
    if (isWhosaidError(original)) {
      const code = API_CODE[original.code];
      if (code === 'INTERNAL_SERVER_ERROR') {
        logger.error({ err: original }, 'api: internal error');
        return { ...base, message: 'Internal server error', extensions: { code } };
      }
      return { ...base, extensions: { code } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PASS_THROUGH.has(code)) {
      return { ...base, extensions: { code } };
    }
    logger.error({ err: original }, 'api: unexpected error');
    return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
