// Typed errors with stable codes. Tests check the code, not the wording; the API maps
// the code onto `extensions.code`, and anything without a code is masked as internal.

export const ERROR_CODES = [
  'BAD_INPUT', 'NOT_FOUND', 'STORE_UNAVAILABLE', 'UNAUTHENTICATED', 'LIMIT_EXCEEDED',
  'MISSING_PREREQUISITE', 'CONFIG',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class WhosaidError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'WhosaidError';
    this.code = code;
  }
}

export const isWhosaidError = (e: unknown): e is WhosaidError => e instanceof WhosaidError;
