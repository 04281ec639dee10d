// Guards around every route: a loopback server answers only loopback Host names (DNS rebinding
// would otherwise let any web page drive it), and every error leaves as JSON with a code.

import type { ErrorRequestHandler, RequestHandler } from 'express';
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
 * When the server listens on a loopback address, refuses (421, JSON) any request whose Host is
 * not a loopback name or one of `allowed`. A server bound elsewhere is guarded by its token.
 */
export function hostGuard(bindHost: string, allowed: readonly string[]): RequestHandler {
  const extra = new Set(allowed.map((h) => h.toLowerCase()));
  return (req, res, next) => {
    if (!isLoopback(bindHost)) return next();
    const name = hostName(req.headers.host);
    if (LOOPBACK_NAMES.has(name) || extra.has(name)) return next();
    res.status(421).json({ errors: [{ message: `Host "${name}" is not served here; a loopback server answers localhost, 127.0.0.1 and [::1] (add names with --allowed-hosts or WHOSAID_ALLOWED_HOSTS)`, extensions: { code: 'HOST_NOT_ALLOWED' } }] });
  };
}

const BODY_CODES: Record<string, string> = {
  'entity.parse.failed': 'BAD_REQUEST',
  'entity.too.large': 'PAYLOAD_TOO_LARGE',
  'encoding.unsupported': 'BAD_REQUEST',
  'charset.unsupported': 'BAD_REQUEST',
};

/** The last handler: any error becomes `{errors: [{message, extensions: {code}}]}`, never HTML. */
export function jsonErrors(logger: Logger): ErrorRequestHandler {
  return (err, _req, res, _next) => {
    const status = typeof err?.status === 'number' && err.status >= 400 && err.status < 600 ? err.status : 500;
    const code = BODY_CODES[err?.type as string] ?? (status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR');
    if (status >= 500) logger.error({ err }, 'http: unexpected error');
    const message = status < 500 ? String(err?.message ?? 'bad request').split('\n')[0] : 'Internal server error';
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
}
