// A generated bad-input corpus (issue 12, fault suite): Latin-1, UTF-16, 1 MB without a space,
// 100,000 quote marks, an unreadable file, empty, binary, malformed JSON, deep HTML, a file over
// the size limit and a symbolic link. Each gets an article or a clear error naming the file in
// bounded time, the batch goes on, and the summary says so. The extraction runs for real.
import { chmodSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatSummary, ingestFiles, type FileSummary } from '../../../src/app/ingest-files.js';
import type { ArticleResult, IngestPipeline } from '../../../src/app/ingest-pipeline.js';
import { extract } from '../../../src/extract/index.js';
import type { Extraction } from '../../../src/extract/types.js';

const dir = mkdtempSync(join(tmpdir(), 'whosaid-bad-corpus-'));
const stored: string[] = [];
/** Stands in for the store: extracts for real and records the origin; the store is tested against Neo4j in tests/api and tests/e2e. */
const pipeline = {
  extractor: extract,
  async storeBatch(items: readonly { origin: string; extraction: Extraction }[]): Promise<ArticleResult[]> {
    return items.map(({ origin, extraction: x }) => {
      stored.push(origin);
      return { kind: 'stored', origin, outcome: { status: 'ingested', articleId: x.article.id, statements: x.statements.length, actors: x.actors.length, merges: [] } };
    });
  },
  rejectExtraction(origin: string, err: unknown): ArticleResult {
    return { kind: 'rejected', origin, reason: String((err as Error)?.message ?? err) };
  },
} as unknown as IngestPipeline;

const FILES: Record<string, string | Buffer> = {
  '01-good.txt': 'A good one\n\nJo Park said the bridge would reopen in May.',
  '02-latin1.txt': Buffer.from('Caf\u00e9\n\nThe owner said prices would rise.', 'latin1'),
  '03-utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Title\n\nLee Chan said it rained.', 'utf16le')]),
  '04-nospace.txt': `Long\n\n${'x'.repeat(1_000_000)}`,
  '05-quotes.txt': `Quotes\n\nAna Ruiz said ${'"'.repeat(100_000)}`,
  '06-unreadable.txt': 'Locked\n\nNobody can read this.',
  '07-empty.txt': '',
  '08-binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x03]),
  '09-malformed.json': '{"text": "unterminated',
  '10-deep.html': `<html><body>${'<div>'.repeat(10_000)}<p>Mia Holt said the pier was closed.</p>${'</div>'.repeat(10_000)}</body></html>`,
  '11-large.txt': `Large\n\n${'Words said here. '.repeat(20_000)}`,
  '12-good.txt': 'Another good one\n\nAna Ruiz said the ferry would run all winter.',
};
const LIMIT = { maxArticleBytes: 200_000 };
let summary: FileSummary;
let seconds = 0;

beforeAll(async () => {
  for (const [name, content] of Object.entries(FILES)) writeFileSync(join(dir, name), content);
  chmodSync(join(dir, '06-unreadable.txt'), 0o000);
  symlinkSync(join(dir, '01-good.txt'), join(dir, '13-link.txt'));
  const started = Date.now();
  summary = await ingestFiles(pipeline, [dir], undefined, LIMIT);
  seconds = (Date.now() - started) / 1000;
}, 120_000);

const reasonOf = (file: string): string | undefined =>
  [...summary.rejected, ...summary.skipped].find((r) => r.origin.endsWith(file))?.reason;

describe('the bad-input corpus through ingestFiles', () => {
  it('stores both good files, before and after the bad ones', () => {
    expect(stored.some((o) => o.endsWith('01-good.txt'))).toBe(true);
    expect(stored.some((o) => o.endsWith('12-good.txt'))).toBe(true);
  });

  it('gives every file an article or a reason naming its problem', () => {
    const accounted = new Set([...stored, ...summary.rejected.map((r) => r.origin), ...summary.skipped.map((r) => r.origin)]);
    for (const name of [...Object.keys(FILES), '13-link.txt']) expect([...accounted].some((o) => o.endsWith(name)), name).toBe(true);
    expect(reasonOf('02-latin1.txt')).toMatch(/not valid UTF-8/);
    expect(reasonOf('07-empty.txt')).toMatch(/empty/);
    expect(reasonOf('08-binary.txt')).toMatch(/binary/);
    expect(reasonOf('09-malformed.json')).toMatch(/not valid JSON/);
    expect(reasonOf('11-large.txt')).toMatch(/bytes|limit|large/i);
    expect(reasonOf('13-link.txt')).toMatch(/symbolic link/);
  });

  it.skipIf(process.getuid?.() === 0)('rejects an unreadable file by name', () => {
    expect(reasonOf('06-unreadable.txt')).toMatch(/cannot be read|EACCES/);
  });

  it('finishes in bounded time and the summary counts rejections and skips', () => {
    expect(seconds).toBeLessThan(60);
    const text = formatSummary(summary);
    expect(text).toMatch(/rejected [1-9]\d*, skipped 1/);
    expect(text).toMatch(/skipped .*13-link\.txt: is a symbolic link/);
  });
});
