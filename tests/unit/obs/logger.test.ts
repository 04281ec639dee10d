// Log format (issue 12, item 8): readable lines on a terminal, JSON lines when piped, and
// LOG_FORMAT overrides either way.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { createLogger } from '../../../src/obs/logger.js';

function sink(isTTY: boolean): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({ write: (c, _e, cb) => { chunks.push(String(c)); cb(); } });
  Object.assign(stream, { isTTY });
  return { stream, text: () => chunks.join('') };
}

describe('log format', () => {
  it('writes readable lines, not JSON, to a terminal', () => {
    const out = sink(true);
    createLogger('info', out.stream, 'auto').info({ articles: 3 }, 'ingest finished');
    expect(out.text()).toMatch(/INFO.*ingest finished/);
    expect(out.text().trim().startsWith('{')).toBe(false);
  });

  it('writes JSON lines when piped', () => {
    const out = sink(false);
    createLogger('info', out.stream, 'auto').info({ articles: 3 }, 'ingest finished');
    expect(JSON.parse(out.text())).toMatchObject({ msg: 'ingest finished', articles: 3, name: 'whosaid' });
  });

  it('follows LOG_FORMAT over the terminal check', () => {
    const out = sink(true);
    createLogger('info', out.stream, loadConfig({ LOG_FORMAT: 'json' }).logFormat).warn('plain');
    expect(JSON.parse(out.text()).msg).toBe('plain');
    const piped = sink(false);
    createLogger('info', piped.stream, loadConfig({ LOG_FORMAT: 'pretty' }).logFormat).warn('readable');
    expect(piped.text()).toMatch(/WARN.*readable/);
    expect(() => loadConfig({ LOG_FORMAT: 'xml' })).toThrow(/LOG_FORMAT/);
  });
});
