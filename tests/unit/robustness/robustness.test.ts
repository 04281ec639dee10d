// Hostile and extreme inputs through the whole pipeline (loader → extract): each ends in an
// extraction that keeps the contract, or in a clear rejection, never in a crash or a hang.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromHtml } from '../../../loaders/html.js';
import { articleFromText } from '../../../loaders/text.js';
import { loadAll } from '../../../loaders/sources.js';
import { extract } from '../../../src/extract/index.js';
import { checkExtraction, seededRandom } from './check-extraction.js';

const SEED = readFileSync(new URL('../../../examples/white-house-russia-letter.txt', import.meta.url), 'utf8');
const LONG = 120_000;

function run(text: string, origin: string) {
  const article = articleFromText(text, origin);
  const x = extract(article);
  checkExtraction(x, article);
  return x;
}

describe('robustness: extreme text', () => {
  it('extracts a 5 MB article made of the sample repeated, finding its statements every time', () => {
    const story = SEED.slice(0, SEED.indexOf('Leave a Reply')).trim();
    const one = run(story, 'story');
    const copies = Math.ceil((5 * 1024 * 1024) / story.length);
    const x = run(Array(copies).fill(story).join('\n\n'), '5mb.txt');
    expect(x.text.length).toBeGreaterThanOrEqual(5 * 1024 * 1024);
    expect(one.statements.length).toBeGreaterThan(0);
    expect(x.statements.length).toBeGreaterThanOrEqual(one.statements.length * copies * 0.9);
  }, LONG);

  it('survives a 1 MB "sentence" with no punctuation and no line break', () => {
    const rand = seededRandom(1);
    const words = ['the', 'minister', 'Russia', 'said', 'Washington', 'officials', 'and', 'talks', 'Lavrov', 'accused', 'NATO', 'of'];
    const parts: string[] = [];
    for (let len = 0; len < 1024 * 1024;) {
      const w = words[Math.floor(rand() * words.length)];
      parts.push(w);
      len += w.length + 1;
    }
    const x = run(`Headline\n\n${parts.join(' ')}`, 'run-on.txt');
    expect(x.text.length).toBeGreaterThan(1024 * 1024);
  }, LONG);

  it('survives 10,000 unbalanced quote marks without inventing quotes across the text', () => {
    const marks = ['“', '"', '«', '„', '”'];
    const body = Array.from({ length: 10_000 }, (_, i) => `Officials said ${marks[i % marks.length]}we will act`).join(' and ');
    const x = run(`Quotes everywhere\n\n${body}.`, 'quotes.txt');
    for (const s of x.statements) expect(s.content.length).toBeLessThan(body.length / 2);
  }, LONG);

  it.each([
    ['Russian', 'Кремль отверг предупреждение\n\n«Мы не угрожаем никому», — заявил официальный представитель Кремля Дмитрий Песков в понедельник.'],
    ['Chinese', '外交部回应美国信函\n\n外交部发言人王文斌周一表示：“中方愿意继续对话。”'],
    ['Arabic', 'الخارجية ترد على الرسالة\n\nقال المتحدث باسم الوزارة إن "الحوار هو الطريق الوحيد".'],
    ['mixed scripts and emoji', 'Élysée répond 🇫🇷\n\n« Nous restons prêts au dialogue », a déclaré le président Macron à Paris 🕊️.'],
  ])('extracts %s text without a crash', (_name, text) => {
    const x = run(text, 'foreign.txt');
    expect(x.text).toBe(text);
  });

  it('extracts a text that is only excluded furniture to an empty but valid extraction', () => {
    const x = run('Share this article\n\nSign up for our daily newsletter\n\nWe use cookies to improve this site.', 'furniture.txt');
    expect(x.statements).toEqual([]);
  });
});

describe('robustness: hostile HTML', () => {
  it('reads a page nested 20,000 elements deep with thousands of unclosed paragraphs', () => {
    const html = `<title>Deep</title>${'<div><span>'.repeat(10_000)}The mayor said the bridge would open.${'<p>“'.repeat(5_000)}`;
    const article = articleFromHtml(html, 'deep.html');
    expect(article.title).toBe('Deep');
    expect(article.text).toContain('The mayor said the bridge would open.');
    checkExtraction(extract(article), article);
  }, LONG);
});

describe('robustness: inputs that are not articles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-robust-'));
  const rand = seededRandom(7);
  const junk = Buffer.from(Array.from({ length: 64 * 1024 }, () => Math.floor(rand() * 256)));

  it.each([
    ['binary junk', 'junk.txt', junk, /junk\.txt: looks like binary data, not text \(NUL byte at offset \d+\)/],
    ['junk without NUL bytes', 'latin.txt', Buffer.from(junk.filter((b) => b !== 0)), /latin\.txt: (is not valid UTF-8 text|looks like binary data)/],
    ['an empty file', 'empty.txt', Buffer.alloc(0), /empty\.txt: is empty \(0 bytes\)/],
    ['white space only', 'blank.txt', Buffer.from(' \n\n\t \r\n'), /blank\.txt: is empty/],
    ['a JPEG named .html', 'photo.html', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]), /photo\.html: looks like binary data/],
  ])('rejects %s with a reason naming the file', async (_name, file, bytes, reason) => {
    const path = join(dir, file);
    writeFileSync(path, bytes);
    const [event] = await loadAll([path]);
    expect(event.kind).toBe('rejected');
    if (event.kind !== 'rejected') return;
    expect(`${event.origin}: ${event.reason}`).toMatch(reason);
  });
});
