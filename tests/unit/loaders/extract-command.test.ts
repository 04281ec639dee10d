// runExtract, the body of `whosaid extract`, without a child process: the JSON array it
// streams, the readable summary, and the per-input reports and counts on the error stream.

import { describe, expect, it } from 'vitest';
import { runExtract } from '../../../src/cli/commands/extract.js';
import { extract } from '../../../src/extract/index.js';
import type { RawArticle } from '../../../src/extract/types.js';
import type { Extraction } from '../../../src/extract/types.js';

async function capture(paths: string[], json: boolean) {
  let out = '';
  let err = '';
  const counts = await runExtract(paths, json, { out: (s) => void (out += s), err: (s) => void (err += s) });
  return { out, err, counts };
}

describe('runExtract', () => {
  it('streams one valid JSON array in input order, reporting bad inputs on the error stream', async () => {
    const { out, err, counts } = await capture(['tests/fixtures/articles/records.ndjson', 'tests/fixtures/articles/batch'], true);
    const titles = (JSON.parse(out) as Extraction[]).map((x) => x.article.title);
    expect(titles).toEqual(['Ferry timetable changes', 'Bridge repairs finish ahead of schedule, the city engineer confirmed.', 'Bakers protest flour tax', 'Museum returns stolen painting']);
    expect(counts).toEqual({ extracted: 4, rejected: 3, skipped: 1 });
    expect(err.split('\n').filter(Boolean)).toEqual([
      'whosaid extract: rejected tests/fixtures/articles/records.ndjson:3: field "text" must be a string, got number',
      expect.stringMatching(/^whosaid extract: rejected tests\/fixtures\/articles\/records\.ndjson:4: is not valid JSON/),
      'whosaid extract: skipped tests/fixtures/articles/batch/c-notes.md: unknown extension ".md"',
      'whosaid extract: rejected tests/fixtures/articles/batch/d-empty.txt: is empty (0 bytes)',
      'whosaid extract: 4 articles extracted, 3 rejected, 1 skipped',
    ]);
  });

  it('writes each article\'s JSON before extracting the next, one article per chunk (issue 12, item 2)', async () => {
    const chunks: string[] = [];
    const writtenAtCall: number[] = [];
    const run = (a: RawArticle): Extraction => {
      writtenAtCall.push(chunks.filter((c) => c.includes('"article"')).length);
      return extract(a);
    };
    await runExtract(['tests/fixtures/articles/batch'], true, { out: (c) => void chunks.push(c), err: () => undefined }, run);
    expect(writtenAtCall).toEqual([0, 1]);
    expect(chunks.filter((c) => c.includes('"article"')).every((c) => c.split('"article":{').length === 2)).toBe(true);
  });

  it('prints an empty JSON array when nothing could be read', async () => {
    const { out, counts } = await capture(['no/such/dir'], true);
    expect(JSON.parse(out)).toEqual([]);
    expect(counts).toEqual({ extracted: 0, rejected: 1, skipped: 0 });
  });

  it('prints a readable summary per article without --json', async () => {
    const { out } = await capture(['tests/fixtures/articles/batch/a-first.txt', 'tests/fixtures/articles/batch/sub/b-second.txt'], false);
    expect(out).toMatch(/^Bakers protest flour tax \[t-[0-9a-f]{16}\]\n {2}Actors \(\d+\):/);
    expect(out).toContain('\n\nMuseum returns stolen painting [');
    expect(out).toMatch(/Pim Okafor said \[CLAIM, quote\]: ["“]A loaf should not be a luxury,?["”]/);
  });
});
