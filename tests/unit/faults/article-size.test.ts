// Oversized articles (issue 12, item 2): a file over the article limit is refused by name
// with its size before it is read, a record over it too, and the rest of the batch goes on.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAll } from '../../../loaders/sources.js';
import { runExtract } from '../../../src/cli/commands/extract.js';
import { extract } from '../../../src/extract/index.js';

const dir = mkdtempSync(join(tmpdir(), 'whosaid-size-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const LIMIT = { maxArticleBytes: 64 * 1024 };

writeFileSync(join(dir, 'a-small.txt'), 'Small\n\nJo Park said the bridge would reopen in May.\n');
writeFileSync(join(dir, 'b-huge.txt'), `Huge\n\n${'Word and word. '.repeat(10_000)}`);
writeFileSync(join(dir, 'c-records.json'), JSON.stringify([
  { id: 'r-big', title: 'Big', text: 'x y '.repeat(20_000) },
  { id: 'r-ok', title: 'Fine', text: 'Ana Ruiz said the ferry would run all winter.' },
]));

describe('article size limit', () => {
  it('rejects an oversized file by name and size, an oversized record by its origin, and goes on', async () => {
    const events = await loadAll([dir], LIMIT);
    expect(events.map((e) => e.kind)).toEqual(['article', 'rejected', 'rejected', 'article']);
    const huge = events[1] as { origin: string; reason: string };
    expect(huge.origin).toMatch(/b-huge\.txt$/);
    expect(huge.reason).toMatch(/150006 bytes\), over the 0\.1 MB article limit.*WHOSAID_MAX_ARTICLE_BYTES/);
    expect((events[2] as { origin: string }).origin).toMatch(/c-records\.json/);
  });

  it('makes extract report the rejection, print the rest as a valid JSON array and count it', async () => {
    let out = '';
    let err = '';
    const run = await runExtract([dir], true, { out: (s) => (out += s), err: (s) => (err += s) }, extract, LIMIT);
    expect(run).toMatchObject({ extracted: 2, rejected: 2 });
    expect(JSON.parse(out).map((x: { article: { title: string } }) => x.article.title)).toEqual(['Small', 'Fine']);
    expect(err).toMatch(/rejected .*b-huge\.txt: the file is/);
  });
});
