// `whosaid extract` as a user runs it: the real CLI in a child process, its JSON contract
// (offsets index into text, mentions are real words, furniture yields nothing), batches
// that go on past bad files, and the readable summary.

import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/extract/types.js';

const SEED = 'examples/white-house-russia-letter.txt';

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)('node', ['bin/whosaid.mjs', 'extract', ...args], { maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

describe('whosaid extract --json', () => {
  it('prints one extraction whose offsets index into the unchanged text', async () => {
    const { code, stdout, stderr } = await cli(SEED, '--json');
    expect(stderr).toMatch(/1 article extracted, 0 rejected, 0 skipped/);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as Extraction[];
    expect(out).toHaveLength(1);
    const [x] = out;
    const text = readFileSync(SEED, 'utf8');
    expect(x.text).toBe(text);
    expect(x.article.title).toBe('Ukraine: The White House says Russia has already responded to a US letter on tensions');
    expect(x.actors.length).toBeGreaterThan(3);
    expect(x.statements.length).toBeGreaterThan(3);

    const teaser = text.indexOf('See also');
    const comments = text.indexOf('Leave a Reply');
    const ids = new Set(x.actors.map((a) => a.id));
    for (const m of x.mentions) {
      const surface = text.slice(m.start, m.end);
      expect(ids.has(m.actorId)).toBe(true);
      expect(surface).toMatch(/^[\p{L}\p{N}].*[\p{L}\p{N}.)]$|^[\p{L}\p{N}]$/u);
      expect(surface).toBe(surface.trim());
      expect(m.start >= teaser && m.start < text.indexOf('\n', teaser)).toBe(false);
      expect(m.start).toBeLessThan(comments);
    }
    for (const s of x.statements) {
      for (const [a, b] of [...s.evidence.cue, ...s.evidence.content]) {
        expect(0 <= a && a < b && b <= text.length).toBe(true);
      }
      const firstContent = s.evidence.content[0];
      if (firstContent) expect(s.content).toContain(text.slice(...firstContent).trim().slice(0, 20));
      if (s.evidence.speaker) expect(text.slice(...s.evidence.speaker).trim()).not.toBe('');
    }
    expect(x.actors.map((a) => a.name)).not.toContain('Tiwa Amon');
    const biden = x.actors.find((a) => a.name.includes('Biden'));
    expect(biden, 'Joe Biden is an actor').toBeDefined();
    expect(x.statements.some((s) => s.speakerId === biden!.id)).toBe(true);
  });

  it('goes on past bad inputs, keeps input order, reports each on stderr and exits non-zero', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'whosaid-e2e-'));
    writeFileSync(join(dir, 'junk.txt'), Buffer.from([0x00, 0x01, 0xff, 0xfe]));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'zz-notes.pdf'), 'x');
    const { code, stdout, stderr } = await cli(join(dir, 'junk.txt'), SEED, 'tests/fixtures/articles/harbour-strike.html', join(dir, 'empty.txt'), 'no-such-file.txt', dir, '--json');
    expect(code).toBe(1);
    const titles = (JSON.parse(stdout) as Extraction[]).map((x) => x.article.title);
    expect(titles).toEqual([
      'Ukraine: The White House says Russia has already responded to a US letter on tensions',
      'Dockworkers walk out as pay talks collapse',
    ]);
    expect(stderr).toContain(`rejected ${join(dir, 'junk.txt')}: looks like binary data`);
    expect(stderr).toContain(`rejected ${join(dir, 'empty.txt')}: is empty (0 bytes)`);
    expect(stderr).toContain('rejected no-such-file.txt: does not exist');
    expect(stderr).toContain(`skipped ${join(dir, 'zz-notes.pdf')}: unknown extension ".pdf"`);
    expect(stderr).toMatch(/2 articles extracted, 5 rejected, 1 skipped\n$/);
  });
});

describe('whosaid extract (readable)', () => {
  it('prints actors, then who said what', async () => {
    const { code, stdout } = await cli(SEED);
    expect(code).toBe(0);
    const actors = stdout.indexOf('  Actors (');
    const statements = stdout.indexOf('  Statements (');
    expect(stdout.startsWith('Ukraine: The White House says')).toBe(true);
    expect(actors).toBeGreaterThan(0);
    expect(statements).toBeGreaterThan(actors);
    expect(stdout.slice(statements)).toMatch(/Biden .*\[(WARNING|CLAIM)/);
  });
});
