// HTML pages: Readability finds the story; metadata comes from the head; the text has one
// paragraph per block with blank lines between, the title first, and no scripts or menus.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleFromHtml } from '../../../loaders/html.js';

const page = readFileSync(new URL('../../fixtures/articles/harbour-strike.html', import.meta.url), 'utf8');

describe('articleFromHtml', () => {
  const a = articleFromHtml(page, 'harbour-strike.html');

  it('reads title, byline, date, canonical URL and site name', () => {
    expect(a.title).toBe('Dockworkers walk out as pay talks collapse');
    expect(a.byline).toBe('Mara Quint');
    expect(a.publishedAt).toBe('2024-03-05T07:30:00.000Z');
    expect(a.url).toBe('https://ledger.example/news/dockworkers-strike');
    expect(a.source).toBe('The Coastal Ledger');
    expect(a.id).toMatch(/^u-[0-9a-f]{16}$/);
  });

  it('gives the main text with blank lines between paragraphs, title first', () => {
    const paragraphs = a.text.split('\n\n');
    expect(paragraphs[0]).toBe(a.title);
    expect(paragraphs).toContain('"We have been patient for two years and the company has given us nothing but promises," union leader Tomas Beredi told reporters outside the main gate. He said the strike would last until the harbour authority returned to the table with a serious offer.');
    expect(a.text).toContain('accused the union of walking away from an offer');
    expect(a.text).toContain('within a week.\nShipping companies');
  });

  it('leaves out scripts, navigation and asides', () => {
    expect(a.text).not.toMatch(/tracking|Home \| News|Council approves new tram line/);
  });

  it('excludes furniture that Readability kept', () => {
    const excluded = a.excluded.map(([s, e]) => a.text.slice(s, e));
    expect(excluded).toEqual(expect.arrayContaining(['By Mara Quint', 'Related: Port automation plans spark protests', 'Share this article']));
    expect(excluded.join(' ')).not.toMatch(/Beredi|Moreau/);
  });

  it('resolves a relative canonical URL against the page URL', () => {
    const html = '<html><head><link rel="canonical" href="/a/1"></head><body><p>Short story text, the mayor said.</p></body></html>';
    expect(articleFromHtml(html, 'p', { url: 'https://news.example/x?y=1' }).url).toBe('https://news.example/a/1');
  });

  it('falls back to <title> and body text on a page Readability cannot score', () => {
    const b = articleFromHtml('<html><head><title>Tiny</title></head><body><p>One line, the mayor said.</p></body></html>', 'tiny.html');
    expect(b.title).toBe('Tiny');
    expect(b.text).toBe('Tiny\n\nOne line, the mayor said.');
  });

  it.each([
    ['a bare fragment', '<p>First, the mayor said.</p><p>Second paragraph.</p>'],
    ['a page without <body>', '<html><head><title>T</title></head><p>First, the mayor said.</p><p>Second paragraph.</p></html>'],
  ])('reads %s', (_name, html) => {
    expect(articleFromHtml(html, 'f.html').text).toMatch(/First, the mayor said\.\n\nSecond paragraph\.$/);
  });

  it('rejects a page with no text', () => {
    expect(() => articleFromHtml('<html><body><script>x()</script></body></html>', 'empty.html')).toThrow(/^empty\.html: HTML page has no readable text/);
  });
});
