// Log lines a person can read on a terminal, JSON for machines when piped or asked for.

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, httpLogger, prettyLogs } from '../../../src/obs/logger.js';

function capture(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({ write: (c, _e, cb) => { chunks.push(String(c)); cb(); } });
  return { stream, text: () => chunks.join('') };
}

describe('createLogger', () => {
  it('writes one JSON object per line by default', () => {
    const out = capture();
    createLogger('info', out.stream).warn({ article: 'a1' }, 'store slow');
    const line = JSON.parse(out.text().trim());
    expect(line).toMatchObject({ level: 40, name: 'whosaid', article: 'a1', msg: 'store slow' });
  });

  it('writes a readable line with the level, the message and the fields when pretty', () => {
    const out = capture();
    createLogger('info', out.stream, { pretty: true }).warn({ article: 'a1' }, 'store slow');
    const text = out.text();
    expect(text).toMatch(/WARN.*store slow/);
    expect(text).toMatch(/article: "a1"/);
    expect(text).not.toMatch(/^\{/);
    expect(text).not.toMatch(/\u001b\[/);
  });
});

describe('prettyLogs', () => {
  it('is pretty on a terminal, JSON when piped, and what LOG_FORMAT asks otherwise', () => {
    expect(prettyLogs('auto', { isTTY: true })).toBe(true);
    expect(prettyLogs('auto', {})).toBe(false);
    expect(prettyLogs('json', { isTTY: true })).toBe(false);
    expect(prettyLogs('pretty', {})).toBe(true);
  });
});

describe('httpLogger', () => {
  it('logs a request with its id, method, path and status, never its headers', async () => {
    const out = capture();
    const log = httpLogger(createLogger('info', out.stream));
    const server = createServer((req, res) => log(req, res, () => res.end('ok')));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const port = (server.address() as AddressInfo).port;
      await fetch(`http://127.0.0.1:${port}/graphql?x=1`, { headers: { authorization: 'Bearer s3cret-token', 'x-request-id': 'req-7' } });
    } finally {
      server.close();
    }
    const line = JSON.parse(out.text().trim().split('\n').pop()!);
    expect(line.req).toEqual({ id: 'req-7', method: 'GET', url: '/graphql?x=1' });
    expect(line.res).toEqual({ statusCode: 200 });
    expect(out.text()).not.toMatch(/s3cret-token|authorization/i);
  });
});
