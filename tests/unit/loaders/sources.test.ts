// Reading files and directories: name order, recursion, skipped and rejected files as values,
// JSON and NDJSON records each with their own origin.

import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAll } from '../../../loaders/sources.js';
import type { LoadEvent } from '../../../loaders/load-event.js';

const FIX = 'tests/fixtures/articles';
const summary = (events: LoadEvent[]): string[] =>
  events.map((e) => (e.kind === 'article' ? `article ${e.article.origin} ${e.article.title}` : `${e.kind} ${e.origin}: ${e.reason}`));

describe('loadAll', () => {
  it('walks a directory recursively in name order, skipping unknown extensions with a note', async () => {
    expect(summary(await loadAll([`${FIX}/batch`]))).toEqual([
      `article ${FIX}/batch/a-first.txt Bakers protest flour tax`,
      `skipped ${FIX}/batch/c-notes.md: unknown extension ".md"`,
      `rejected ${FIX}/batch/d-empty.txt: is empty (0 bytes)`,
      `article ${FIX}/batch/sub/b-second.txt Museum returns stolen painting`,
    ]);
  });

  it('keeps the order of the paths given and rejects missing paths and unknown named files', async () => {
    const out = summary(await loadAll(['examples/white-house-russia-letter.txt', 'no/such/file.txt', 'package.json', 'tsconfig.json', 'README.unknown']));
    expect(out[0]).toMatch(/^article examples\/white-house-russia-letter\.txt Ukraine: The White House says/);
    expect(out[1]).toBe('rejected no/such/file.txt: does not exist');
    expect(out[2]).toMatch(/^rejected package\.json: field "text" is missing/);
    expect(out[4]).toBe('rejected README.unknown: does not exist');
  });

  it('reads every record of a JSON array, rejecting bad ones by index', async () => {
    const out = summary(await loadAll([`${FIX}/records.json`]));
    expect(out).toEqual([
      `article ${FIX}/records.json[0] City library reopens after flood repairs`,
      `rejected ${FIX}/records.json[1]: field "publishedAt" is not a date: "the thirteenth of never" (use ISO 8601, e.g. 2022-01-31T12:00:00Z)`,
      `article ${FIX}/records.json[2] Record with a page instead of text`,
      `rejected ${FIX}/records.json[3]: field "text" is missing or empty (a record needs "text" or "html")`,
    ]);
  });

  it('reads NDJSON line by line, naming the line of a bad record', async () => {
    const out = summary(await loadAll([`${FIX}/records.ndjson`]));
    expect(out[0]).toBe(`article ${FIX}/records.ndjson:1 Ferry timetable changes`);
    expect(out[1]).toBe(`rejected ${FIX}/records.ndjson:3: field "text" must be a string, got number`);
    expect(out[2]).toMatch(new RegExp(`^rejected ${FIX}/records\\.ndjson:4: is not valid JSON`));
    expect(out[3]).toMatch(/records\.ndjson:5 Bridge repairs finish/);
  });

  it('decodes an HTML page in the charset it declares, but a .txt file only as UTF-8', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'whosaid-charset-'));
    const latin1 = (s: string): Buffer => Buffer.from(s, 'latin1');
    writeFileSync(join(dir, 'a.html'), latin1('<html><head><meta charset="iso-8859-1"><title>Caf\u00e9</title></head><body><p>The caf\u00e9 owner said prices would rise.</p></body></html>'));
    writeFileSync(join(dir, 'b.txt'), latin1('Caf\u00e9\n\nThe owner said so.'));
    const events = await loadAll([dir]);
    expect(events[0].kind === 'article' && events[0].article.text).toBe('Café\n\nThe café owner said prices would rise.');
    expect(summary(events)[1]).toMatch(/b\.txt: is not valid UTF-8 text/);
  });

  it('rejects binary junk and invalid JSON files, and goes on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'whosaid-loaders-'));
    writeFileSync(join(dir, '1.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    writeFileSync(join(dir, '2.json'), '{"text": "unterminated');
    writeFileSync(join(dir, '3.json'), '[]');
    writeFileSync(join(dir, '4.htm'), '<p>A page, the mayor said.</p>');
    const events = await loadAll([dir]);
    expect(events.map((e) => e.kind)).toEqual(['rejected', 'rejected', 'rejected', 'article']);
    expect(summary(events)[0]).toMatch(/1\.txt: looks like binary data, not text \(NUL byte at offset 8\)/);
    expect(summary(events)[1]).toMatch(/2\.json: is not valid JSON/);
    expect(summary(events)[2]).toMatch(/3\.json: is an empty JSON array/);
  });

  it('skips and lists every symbolic link inside a folder: to an article, broken, or a loop', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'whosaid-links-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'a.txt'), 'Harbour reopens\n\nThe harbour master said ships could dock again.');
    symlinkSync(join(dir, 'sub', 'a.txt'), join(dir, 'b-link.txt'));
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'c-broken.txt'));
    symlinkSync(dir, join(dir, 'sub', 'loop'));
    const out = summary(await loadAll([dir]));
    const skip = (p: string) => `skipped ${p}: is a symbolic link, not followed inside a folder; name its target to read it`;
    expect(out).toEqual([skip(join(dir, 'b-link.txt')), skip(join(dir, 'c-broken.txt')), `article ${join(dir, 'sub', 'a.txt')} Harbour reopens`, skip(join(dir, 'sub', 'loop'))]);
  });
});
