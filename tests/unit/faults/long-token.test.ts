// A token far longer than any name (issue 12, item 1): extraction keeps it out of the actors,
// and the store's validation refuses such a name or indexed value before anything is written.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { MAX_NAME_CHARS } from '../../../src/extract/actors/index.js';
import type { RawArticle } from '../../../src/extract/types.js';
import { STORE_LIMITS, validateExtraction } from '../../../src/store/validate.js';
import { secondExtraction } from '../../fixtures/second-article/extractions.js';

const article = (text: string): RawArticle => ({ id: 'long', title: 'Long', text, url: null, source: null, publishedAt: null, byline: null, excluded: [], origin: 'test' });
const code = (f: () => void): string | undefined => { try { f(); } catch (e) { return (e as { code?: string }).code; } return undefined; };

describe('a 10,000-character token', () => {
  it('is no actor: every extracted name stays within the bound', () => {
    const x = extract(article(`Officials met ${'Q'.repeat(10_000)} on Monday. Jo Park said the talks went well.`));
    for (const a of x.actors) for (const n of [a.name, ...a.aliases]) expect(n.length).toBeLessThanOrEqual(MAX_NAME_CHARS);
    expect(x.actors.map((a) => a.name)).toContain('Jo Park');
  });

  it('is refused by the store with BAD_INPUT naming the article', () => {
    const x = secondExtraction();
    x.actors[0] = { ...x.actors[0], name: 'Q'.repeat(10_000) };
    expect(code(() => validateExtraction(x))).toBe('BAD_INPUT');
    expect(() => validateExtraction(x)).toThrow(new RegExp(`article ${x.article.id}.*${STORE_LIMITS.nameChars} limit`));
  });

  it('in an id or URL is refused as an indexed value over the byte limit', () => {
    const x = secondExtraction();
    x.article = { ...x.article, url: `https://example.org/${'é'.repeat(STORE_LIMITS.indexedBytes)}` };
    expect(code(() => validateExtraction(x))).toBe('BAD_INPUT');
    expect(code(() => validateExtraction(secondExtraction()))).toBeUndefined();
  });
});
