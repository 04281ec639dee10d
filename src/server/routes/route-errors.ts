// The extra routes' error handler: typed errors become a JSON body with their code and a fitting
// status; anything else is logged with the request id and answered as a bare 500.

import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import { type ErrorCode, isWhosaidError } from '../../errors.js';

const STATUS: Record<ErrorCode, number> = {
  BAD_INPUT: 400, NOT_FOUND: 404, STORE_UNAVAILABLE: 503, UNAUTHENTICATED: 401, LIMIT_EXCEEDED: 413,
  MISSING_PREREQUISITE: 500, CONFIG: 500,
};

/** Express error middleware for a router; a response already streaming is cut off instead. */
export function routeErrors(logger: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const id = (req as { id?: unknown }).id;
    if (res.headersSent) {
      logger.error({ err, reqId: id }, 'route failed after the response started');
      res.destroy(err instanceof Error ? err : undefined);
      return;
    }
    if (isWhosaidError(err)) {
      const status = STATUS[err.code];
      if (status >= 500) logger.warn({ err, reqId: id }, 'route failed');
      res.status(status).json({ error: { code: err.code, message: err.message } });
      return;
    }
    logger.error({ err, reqId: id }, 'route failed unexpectedly');
    res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'internal error; see the server log', requestId: id ?? null } });
  };
}
