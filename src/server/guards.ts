// Guards around every route: a loopback server answers only loopback Host names (DNS rebinding
// would otherwise let any web page drive it), and every error leaves as JSON with a code.

import type { ErrorRequestHandler } from 'express';
import type { ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { isLoopback } from './auth.js';

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** The Host header's name without its port, lower-cased ("[::1]:4000" → "[::1]"). */
export function hostName(header: string | undefined): string {
  const h = (header ?? '').trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1);
  return h.replace(/:\d*$/, '');
}

/**
 * When the server listens on a loopback address, the Host names it answers: loopback names and
 * `allowed`. Returns the refused name of a request's Host header, or null when it is served. A
 * server bound elsewhere is guarded by its token, and refuses no name.
 */
export function hostCheck(bindHost: string, allowed: readonly string[]): (header: string | undefined) => string | null {
  const extra = new Set(allowed.map((h) => h.toLowerCase()));
  return (header) => {
    if (!isLoopback(bindHost)) return null;
    const name = hostName(header);
    return LOOPBACK_NAMES.has(name) || extra.has(name) ? null : name;
  };
}

/** Writes a JSON error body `{errors: [{message, extensions: {code}}]}` with its status; `close` ends the connection (a body left unread). */
export function sendJsonError(res: ServerResponse, status: number, message: string, code: string, close = false): void {
  const text = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...(close ? { connection: 'close' } : {}) });
  res.end(text);
}

/** Refuses (421, JSON) a request whose Host is not served, naming it and the way to allow it. */
export function refuseHost(res: ServerResponse, name: string): void {
  sendJsonError(res, 421, `Host "${name}" is not served here; a loopback server answers localhost, 127.0.0.1 and [::1] (add names with --allowed-hosts or WHOSAID_ALLOWED_HOSTS)`, 'HOST_NOT_ALLOWED');
}

const BODY_CODES: Record<string, string> = {
  'entity.parse.failed': 'BAD_REQUEST',
  'entity.too.large': 'PAYLOAD_TOO_LARGE',
  'encoding.unsupported': 'BAD_REQUEST',
  'charset.unsupported': 'BAD_REQUEST',
};

/** Answers any error as JSON with a status and code, never HTML; a 5xx is logged, not shown. */
export function answerError(logger: Logger, err: unknown, res: ServerResponse): void {
  const e = err as { status?: unknown; type?: unknown; message?: unknown } | undefined;
  const status = typeof e?.status === 'number' && e.status >= 400 && e.status < 600 ? e.status : 500;
  const code = BODY_CODES[e?.type as string] ?? (status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR');
  if (status >= 500) logger.error({ err }, 'http: unexpected error');
  const message = status < 500 ? String(e?.message ?? 'bad request').split('\n')[0] : 'Internal server error';
  sendJsonError(res, status, message, code);
}

/** The last Express handler: any error becomes `{errors: [{message, extensions: {code}}]}`. */
export function jsonErrors(logger: Logger): ErrorRequestHandler {
  return (err, _req, res, _next) => answerError(logger, err, res);
}
