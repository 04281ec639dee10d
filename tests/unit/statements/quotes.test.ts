// Quotation pairing: curly, straight and typewriter marks, quotes over several paragraphs,
// and unbalanced marks that must not swallow the rest of the text.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/extract/document.js';
import { findQuotes } from '../../../src/extract/statements/quotes.js';

const quoted = (text: string): string[][] =>
  findQuotes(buildDocument(text)).map((q) => q.pieces.map(([s, e]) => text.slice(s, e)));

describe('findQuotes', () => {
  it.each([
    ['curly', 'He said “yes” and “no”.', [['“yes”'], ['“no”']]],
    ['straight', 'He said "yes" and "no".', [['"yes"'], ['"no"']]],
    ['typewriter', "He said ``yes'' and ''no''.", [["``yes''"], ["''no''"]]],
  ])('pairs %s marks', (_, text, want) => {
    expect(quoted(text)).toEqual(want);
  });

  it('joins a quote that runs over paragraphs', () => {
    const text = '“First part of it.\n\n“Second part of it,” she said.';
    expect(quoted(text)).toEqual([['“First part of it.', '“Second part of it,”']]);
  });

  it('keeps an unclosed quote inside its paragraph', () => {
    const text = 'A stray “mark here.\n\nNext paragraph “quoted” text.';
    expect(quoted(text)).toEqual([['“mark here.'], ['“quoted”']]);
  });
});
