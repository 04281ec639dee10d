// Log lines a person can read on a terminal, JSON for machines when piped or asked for.

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
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

describe('createLogger, buffered', () => {
  it('loses no line when the process exits right after logging, and keeps their order', () => {
    // A child process logs 2,000 lines to stderr without blocking, then exits at once: pino must
    // flush what is still buffered on exit.
    const logger = fileURLToPath(new URL('../../../src/obs/logger.ts', import.meta.url));
    const script = `import { createLogger } from ${JSON.stringify(logger)};
      const log = createLogger('info', process.stderr, { buffered: true });
      for (let i = 0; i < 2000; i++) log.info({ i }, 'line');
      process.exit(0);`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
    expect(run.status).toBe(0);
    const lines = run.stderr.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.i)).toEqual(Array.from({ length: 2000 }, (_, i) => i));
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
