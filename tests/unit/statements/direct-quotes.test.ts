// Table-driven checks of direct-quote attributions: the quotation is the content, whatever
// the sentence splitter, the speaker's shape or the quote marks. Every sentence is written for
// the project; source, cue and content are compared as the text they cover.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/extract/document.js';
import { detectAttributions } from '../../../src/extract/statements/index.js';

interface Found {
  source: string | null;
  cue: string;
  content: string;
}

function found(text: string): Found[] {
  const doc = buildDocument(text);
  const span = (r: [number, number] | null): string | null => (r ? text.slice(doc.tokens[r[0]].start, doc.tokens[r[1] - 1].end) : null);
  return detectAttributions(doc).map((a) => ({ source: span(a.source), cue: span(a.cue) ?? '', content: a.content.map(([s, e]) => text.slice(s, e)).join(' … ') }));
}

const present: { name: string; text: string; expect: Found }[] = [
  {
    name: 'a question quote before its speaker, followed by an adjunct',
    text: '“Why would anyone wait?” Kim Lee said of the delay on Monday.',
    expect: { source: 'Kim Lee', cue: 'said', content: '“Why would anyone wait?”' },
  },
  {
    name: 'an exclamation quote before its speaker and a participle',
    text: '"We are not done yet!" the mayor shouted, waving to the crowd.',
    expect: { source: 'the mayor', cue: 'shouted', content: '"We are not done yet!"' },
  },
];

/** Sentences in which the named cue must not take a quotation as its content. */
const notQuoting: { name: string; text: string; cue: string }[] = [
  { name: 'a question quote followed by a complement clause', text: '“Is it over?” Kim Lee said the talks had failed.', cue: 'said' },
];

describe('direct quotes', () => {
  it.each(present)('$name', ({ text, expect: want }) => {
    expect(found(text)).toContainEqual(want);
  });
  it.each(notQuoting)('no quoted content: $name', ({ text, cue }) => {
    expect(found(text).filter((f) => f.cue === cue && /[“"]/.test(f.content))).toEqual([]);
  });
});
