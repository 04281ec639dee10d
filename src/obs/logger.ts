// Structured logs: one pino logger per process, and pino-http request logging in which every
// request carries an id (the caller's X-Request-Id when given, else a new UUID) echoed back.

import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pino, type Logger } from 'pino';
import { pinoHttp, type HttpLogger } from 'pino-http';

export type { Logger };

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** A JSON logger at the given level, named whosaid. */
export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return destination ? pino({ name: 'whosaid', level }, destination) : pino({ name: 'whosaid', level });
}

/** The request id: a well-formed incoming X-Request-Id, or a fresh UUID. */
export function requestId(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

/** Express/connect middleware logging each request with its id as `req.id` and in X-Request-Id. */
export function httpLogger(logger: Logger): HttpLogger {
  return pinoHttp({
    logger,
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const id = requestId(req);
      res.setHeader('X-Request-Id', id);
      return id;
    },
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
  });
}
