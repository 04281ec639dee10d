// Stage 1: buildDocument splits text into paragraphs, sentences and tokens, all as offsets
// into the text (the same length as the article's; see withDoubleQuotes); excluded spans yield no sentences.

import { describe, expect, it } from 'vitest';
import { buildDocument, withDoubleQuotes } from '../../src/extract/document.js';

const sentences = (text: string, excluded: [number, number][] = []): string[] =>
  buildDocument(text, excluded).sentences.map((s) => text.slice(s.start, s.end));

describe('buildDocument', () => {
  it.each([
    ['One. Two! Three?', ['One.', 'Two!', 'Three?']],
    ['Mr. Jones met Dr. Lee at 9 a.m. today. Then they left.', ['Mr. Jones met Dr. Lee at 9 a.m. today.', 'Then they left.']],
    ['The U.S. and the U.N. agreed. It held.', ['The U.S. and the U.N. agreed.', 'It held.']],
    ['He said "we will win." She laughed.', ['He said "we will win."', 'She laughed.']],
    // A number opens a sentence after a full stop, except after a short word the stop abbreviates.
    ['The storm hit on Monday. 12 people were hurt, police said.', ['The storm hit on Monday.', '12 people were hurt, police said.']],
    ['Shares fell 2.5%. 40% of voters agreed.', ['Shares fell 2.5%.', '40% of voters agreed.']],
    ['See pp. 12 and fig. 3 there. It held.', ['See pp. 12 and fig. 3 there.', 'It held.']],
    ['Shares fell 2.5 percent. Bonds rose.', ['Shares fell 2.5 percent.', 'Bonds rose.']],
    ['Headline without a stop\nBody text here.', ['Headline without a stop', 'Body text here.']],
    ['The official said.Trump left early.', ['The official said.', 'Trump left early.']],
    ['The Rev. Ann Cole spoke. Adm. Tom Ray and Supt. Dan Lee agreed.', ['The Rev. Ann Cole spoke.', 'Adm. Tom Ray and Supt. Dan Lee agreed.']],
    ['Lt. Col. Jo Park met Gov. Ed Hale and Sen. Al Ruiz. They talked.', ['Lt. Col. Jo Park met Gov. Ed Hale and Sen. Al Ruiz.', 'They talked.']],
  ])('%j → %j', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('gives tokens whose offsets slice back to their text, possessives kept on the word', () => {
    const text = 'Russia’s envoy, Vasily Petrov-Ivanov, left.';
    const doc = buildDocument(text);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.tokens.map((t) => t.text)).toEqual(['Russia’s', 'envoy', ',', 'Vasily', 'Petrov-Ivanov', ',', 'left', '.']);
  });

  it.each([
    ['He said.Trump left.', ['He', 'said', '.', 'Trump', 'left', '.']],
    ['Shares of Amazon.com rose 2.5 percent.', ['Shares', 'of', 'Amazon.com', 'rose', '2.5', 'percent', '.']],
    ['The U.S. and W.Va. agreed at 9 a.m. today.', ['The', 'U.S.', 'and', 'W.Va.', 'agreed', 'at', '9', 'a.m.', 'today', '.']],
    ['Fr. Hugh and Maj. Gen. Ada Byrne left.', ['Fr.', 'Hugh', 'and', 'Maj.', 'Gen.', 'Ada', 'Byrne', 'left', '.']],
  ])('tokenizes %j as %j: a period joins only initialisms, numbers and lower-case parts', (text, expected) => {
    expect(buildDocument(text).tokens.map((t) => t.text)).toEqual(expected);
  });

  it('records paragraphs and which paragraph each sentence is in', () => {
    const text = 'First para. Still first.\n\nSecond para.';
    const doc = buildDocument(text);
    expect(doc.paragraphs.map(([s, e]) => text.slice(s, e))).toEqual(['First para. Still first.', 'Second para.']);
    expect(doc.sentences.map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });

  it('drops paragraphs that overlap an excluded span', () => {
    const text = 'Kept.\n\nSee also: a teaser.\n\nAlso kept.';
    const start = text.indexOf('See');
    expect(sentences(text, [[start, start + 20]])).toEqual(['Kept.', 'Also kept.']);
  });

  it('caps sentence length so a run-on line cannot grow without bound', () => {
    const doc = buildDocument(Array.from({ length: 1000 }, () => 'word').join(' '));
    expect(Math.max(...doc.sentences.map((s) => s.tokenEnd - s.tokenStart))).toBeLessThanOrEqual(400);
  });
});

describe('numbers with thousands separators', () => {
  it('keep "50,000" and "1,500.5bn" whole; "1,2" stays a list', () => {
    const d = buildDocument('Some 50,000 adults wrote to the council, and 12,000 more signed. The 1,500.5bn plan, 1,2 and 3.');
    expect(d.tokens.map((t) => t.text)).toEqual(expect.arrayContaining(['50,000', '12,000', '1,500.5bn']));
    expect(d.tokens.map((t) => t.text)).not.toContain('000');
    expect(d.tokens.map((t) => t.text).slice(-7)).toEqual([',', '1', ',', '2', 'and', '3', '.']);
  });
});

describe('withDoubleQuotes: a text quoted with single marks', () => {
  it('reads ‘…’ quotations as “…”, character for character, and leaves apostrophes alone', () => {
    const text = '‘We lit candles,’ says Tom. ‘By sunrise the buds were black.’ The growers’ union didn’t say.';
    const out = withDoubleQuotes(text);
    expect(out).toBe('“We lit candles,” says Tom. “By sunrise the buds were black.” The growers’ union didn’t say.');
    expect(out.length).toBe(text.length);
  });

  it('changes nothing in a text that has curly double marks, or whose single mark never closes', () => {
    const mixed = '“Yes,” she said of the ‘plan’.';
    expect(withDoubleQuotes(mixed)).toBe(mixed);
    expect(withDoubleQuotes('‘a ‘b ‘c')).toBe('‘a ‘b ‘c');
  });
});
