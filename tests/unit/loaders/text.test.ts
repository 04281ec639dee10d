// Plain text articles: the title is the first non-empty line, the text is kept unchanged and
// the id is stable for the same content.

import { describe, expect, it } from 'vitest';
import { articleFromText, titleFromText, MAX_TITLE_LENGTH } from '../../../loaders/text.js';

describe('articleFromText', () => {
  const text = '\n\n  Bakers protest flour tax  \n\nBakers gathered on Wednesday.\n\nShare this article\n';

  it('takes the first non-empty line, trimmed, as the title and keeps the text unchanged', () => {
    const a = articleFromText(text, 'bakers.txt');
    expect(a.title).toBe('Bakers protest flour tax');
    expect(a.text).toBe(text);
    expect(a.origin).toBe('bakers.txt');
    expect([a.url, a.source, a.publishedAt, a.byline]).toEqual([null, null, null, null]);
  });

  it('marks furniture as excluded, with offsets into the unchanged text', () => {
    const a = articleFromText(text, 'bakers.txt');
    expect(a.excluded.map(([s, e]) => a.text.slice(s, e))).toEqual(['Share this article']);
  });

  it('gives the same id for the same content and a different id for other content', () => {
    expect(articleFromText(text, 'a.txt').id).toBe(articleFromText(text, 'copy/b.txt').id);
    expect(articleFromText(`${text} More.`, 'a.txt').id).not.toBe(articleFromText(text, 'a.txt').id);
    expect(articleFromText(text, 'a.txt').id).toMatch(/^t-[0-9a-f]{16}$/);
  });

  it('uses metadata given by the caller', () => {
    const a = articleFromText(text, 'r', { id: 'x1', title: 'Given', url: 'https://n.example/1', source: 'N' });
    expect([a.id, a.title, a.url, a.source]).toEqual(['x1', 'Given', 'https://n.example/1', 'N']);
  });

  it('rejects empty text with BAD_INPUT naming the origin', () => {
    expect(() => articleFromText(' \n ', 'blank.txt')).toThrow(/^blank\.txt: is empty/);
  });
});

describe('titleFromText', () => {
  it('cuts a paragraph-long first line at a word', () => {
    const title = titleFromText(`${'word '.repeat(100)}\n\nBody.`);
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH + 1);
    expect(title.endsWith('word…')).toBe(true);
  });
});
