// Structured logs: one pino logger per process, and pino-http request logging in which every
// request carries an id (the caller's X-Request-Id when given, else a new UUID) echoed back.
// A request line holds its id, method, path, status and time; never its headers.

import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pino, type Logger } from 'pino';
import { pinoHttp, type HttpLogger } from 'pino-http';
import pretty from 'pino-pretty';
import type { LogFormat } from '../config.js';

export type { Logger };

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * A logger at the given level, named whosaid: JSON lines, or readable lines when `pretty`.
 * `buffered` (JSON to process.stdout or process.stderr only) writes lines without blocking: lines
 * logged while a write is under way go out together in the next one, instead of one blocking
 * write per line; pino flushes what is left when the process exits.
 */
export function createLogger(level: string, destination?: NodeJS.WritableStream, o: { pretty?: boolean; buffered?: boolean } = {}): Logger {
  if (o.pretty) {
    const lines = pretty({ destination: destination ?? process.stdout, sync: true, colorize: false, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,name' });
    return pino({ name: 'whosaid', level }, lines);
  }
  const fd = destination === undefined || destination === process.stdout ? 1 : destination === process.stderr ? 2 : null;
  if (o.buffered && fd !== null) return pino({ name: 'whosaid', level }, pino.destination({ dest: fd, sync: false }));
  return destination ? pino({ name: 'whosaid', level }, destination) : pino({ name: 'whosaid', level });
}

/** Whether logs to `stream` should be readable lines: asked for, or `auto` on a terminal. */
export function prettyLogs(format: LogFormat, stream: { isTTY?: boolean }): boolean {
  return format === 'pretty' || (format === 'auto' && stream.isTTY === true);
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
    // Method, path and status only: headers would put a write token (Authorization) into the
    // log, and serialising them for every request cost the API a share of its throughput.
    // Unwrapped, they read the raw request and response: wrapped, pino-http first builds the full
    // standard record of each (every header included) only for these to pick three fields.
    wrapSerializers: false,
    serializers: {
      req: (r: { id: unknown; method: string; url: string }) => ({ id: r.id, method: r.method, url: r.url }),
      res: (r: { statusCode: number }) => ({ statusCode: r.statusCode }),
    },
  });
}
