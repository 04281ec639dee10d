// Logs: one pino logger per process (readable lines on a terminal, JSON lines when piped), and
// pino-http request logging in which every request carries an id (the caller's X-Request-Id when
// given, else a new UUID) echoed back.

import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pino, type Logger } from 'pino';
import { pinoHttp, type HttpLogger } from 'pino-http';
import pretty from 'pino-pretty';
import type { LogFormat } from '../config.js';

export type { Logger };

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Whether logs to `destination` are readable lines: asked for, or "auto" and a terminal. */
export function prettyLogs(format: LogFormat, destination: NodeJS.WritableStream | undefined): boolean {
  if (format !== 'auto') return format === 'pretty';
  return (destination as { isTTY?: boolean } | undefined)?.isTTY === true;
}

/**
 * A logger at the given level, named whosaid: readable lines (pino-pretty) on a terminal, JSON
 * lines when piped or when LOG_FORMAT=json asks (LOG_FORMAT=pretty forces readable lines).
 */
export function createLogger(level: string, destination?: NodeJS.WritableStream, format: LogFormat = 'json'): Logger {
  const options = { name: 'whosaid', level };
  if (prettyLogs(format, destination)) {
    const colorize = (destination as { isTTY?: boolean } | undefined)?.isTTY === true;
    return pino(options, pretty({ destination: destination ?? process.stdout, colorize, sync: true, ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss' }));
  }
  return destination ? pino(options, destination) : pino(options);
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
