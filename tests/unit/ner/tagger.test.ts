// The learned named-entity tagger: it learns a tiny corpus written for the project, trains
// repeatably to the same bytes, the shipped model types a sentence of our own, and features
// take empty or odd input.

import { describe, expect, it } from 'vitest';
import { trainNer, type TaggedDoc } from '../../../src/learn/train-ner.js';
import { encodeModel } from '../../../src/learn/model-file.js';
import { nerModel, nerModelData, parseNerModel } from '../../../src/extract/ner/model.js';
import { decode, spansOf, staticIds, taggingScores, tagDocument } from '../../../src/extract/ner/tagger.js';
import { baseWord, sentenceFeatures, shape, docStats } from '../../../src/extract/ner/features.js';
import { tagEntities } from '../../../src/extract/ner/index.js';
import { runMarks } from '../../../src/extract/ner/name-runs.js';
import { lexiconFeatures } from '../../../src/extract/ner/lexicon-features.js';
import { buildDocument } from '../../../src/extract/document.js';

/** "Word/TAG" pairs, one sentence per string; untagged words are O. */
function sentence(line: string): { words: string[]; tags: string[] } {
  const words: string[] = [];
  const tags: string[] = [];
  for (const item of line.split(' ')) {
    const [w, t] = item.split('/');
    words.push(w);
    tags.push(t ?? 'O');
  }
  return { words, tags };
}

const TINY: TaggedDoc[] = [
  ['Mira/B-PER Kolb/I-PER visited Tarnow/B-LOC on Monday .', 'Kolb/B-PER said Brightwater/B-ORG Foods/I-ORG would hire .'],
  ['Brightwater/B-ORG said Tarnow/B-LOC was calm .', 'Mira/B-PER Kolb/I-PER works at Brightwater/B-ORG .'],
  ['Officials in Tarnow/B-LOC met Kolb/B-PER .', 'The plan pleased Brightwater/B-ORG Foods/I-ORG .'],
].map((sents) => {
  const parsed = sents.map(sentence);
  return { tokens: parsed.map((p) => p.words), tags: parsed.map((p) => p.tags) };
});

// The first tests load the word lists and the shipped model: seconds on a busy machine.
describe('NER tagger', { timeout: 30_000 }, () => {
  it('scores at tagging time exactly the features training gives (the cached fast path), and tags the same', () => {
    const model = nerModel();
    const doc = [
      ['Mira', 'Kolb', 'visited', 'Tarnow', 'on', 'Monday', '.'],
      ['Kolb', 'said', 'Brightwater', 'Foods', 'would', 'hire', 'in', 'the', 'United', 'States', '.'],
      ['"', 'No', '.', '"'],
      ['SHARES', 'IN', 'BRIGHTWATER', 'FELL', 'ON', 'MONDAY'],
      ["Kolb's", 'rival', ',', 'Mr', 'Tarnow-Adler', ',', 'said', 'so', '.'],
    ];
    const ids = staticIds(model, doc, false);
    for (let round = 0; round < 2; round++) {
      const fast = taggingScores(model, doc);
      fast.forEach((sent, si) => sent.forEach((row, i) => {
        const slow = model.scores(ids[si][i]);
        row.forEach((x, k) => expect(x).toBeCloseTo(slow[k], 9));
      }));
      expect(tagDocument(model, doc)).toEqual(decode(model, doc, ids));
    }
  });

  it('gives the same gazetteer features for a sentence the first time and from the word cache', () => {
    const words = ['LONDON', 'Mr', 'Kolb', 'of', 'the', 'Bank', 'of', 'England', 'met', 'New', 'York', 'officials', 'and', 'Siemens', '.'];
    const first = lexiconFeatures(words);
    expect(first[9]).toContain('lex=place:B');
    expect(first[10]).toContain('lex=place:I');
    expect(lexiconFeatures(words)).toEqual(first);
    expect(lexiconFeatures(words.slice(9, 11))).toEqual(first.slice(9, 11));
  });

  it('learns a tiny corpus written for the project', () => {
    const model = trainNer(TINY, { epochs: 5, seed: 1 });
    for (const doc of TINY) expect(tagDocument(model, doc.tokens)).toEqual(doc.tags);
  });

  it('trains to the same bytes twice, and the file reads back with the same tags', () => {
    const a = encodeModel(nerModelData(trainNer(TINY, { epochs: 3, seed: 5 })));
    const b = encodeModel(nerModelData(trainNer(TINY, { epochs: 3, seed: 5 })));
    expect(a.equals(b)).toBe(true);
    const back = parseNerModel(a, 'test');
    expect(tagDocument(back, TINY[0].tokens)).toEqual(TINY[0].tags);
  });

  it('types a sentence of our own with the shipped model', () => {
    const words = 'Yesterday Maria Fernandez , who runs Siemens , flew from Berlin to Chicago .'.split(' ');
    const spans = spansOf(tagDocument(nerModel(), [words])).map((s) => `${words.slice(s.start, s.end).join(' ')}/${s.type}`);
    expect(spans).toEqual(['Maria Fernandez/PER', 'Siemens/ORG', 'Berlin/LOC', 'Chicago/LOC']);
  });

  it('tags an extraction Document, possessives included, with document token offsets', () => {
    const doc = buildDocument("Farmers in Ohio praised Jane Whitlock's plan, the Associated Press reported.");
    const found = tagEntities(doc).map((e) => `${doc.text.slice(doc.tokens[e.tokenStart].start, doc.tokens[e.tokenEnd - 1].end)}/${e.type}`);
    expect(found).toEqual(['Ohio/LOC', "Jane Whitlock's/PER", 'Associated Press/ORG']);
  });

  it('decodes whole sentences to well-formed IOB2: an I- tag only continues its own type', () => {
    const model = trainNer(TINY, { epochs: 2, seed: 3 });
    const words = 'Foods Kolb Tarnow said Mira Brightwater Foods Foods , in Kolb Tarnow .'.split(' ');
    const [tags] = tagDocument(model, [words]);
    tags.forEach((t, i) => { if (t.startsWith('I-')) expect(i > 0 && tags[i - 1].slice(2)).toBe(t.slice(2)); });
  });

  it('marks words in a run ending on an organisation head word, and words after a title or given name', () => {
    const words = 'Yesterday Mr Osei met Anna Zelvanik , who runs Quillon Data Systems Ltd and chairs the Bank of Varna .'.split(' ');
    const { org, named } = runMarks(words);
    expect(words.filter((_, i) => org[i])).toEqual(['Quillon', 'Data', 'Systems']);
    expect(words.filter((_, i) => named[i])).toEqual(['Osei', 'Zelvanik']);
  });

  it('handles empty and odd input', () => {
    expect(tagDocument(nerModel(), [])).toEqual([]);
    expect(tagDocument(nerModel(), [[]])).toEqual([[]]);
    expect(tagDocument(nerModel(), [['…', '—', '"', '💡', '']])).toEqual([['O', 'O', 'O', 'O', 'O']]);
    expect(sentenceFeatures(['', "'", 's'], docStats([['', "'", 's']]))).toHaveLength(3);
    expect(shape('')).toBe('');
    expect(shape('Ünter-2024')).toBe('Xxx-dd');
    expect(baseWord("Park's")).toBe('Park');
    expect(baseWord("'s")).toBe("'s");
    expect(baseWord('Hopkins')).toBe('Hopkins');
    expect(spansOf([['I-ORG', 'I-ORG', 'O', 'I-PER']])).toEqual([{ sentence: 0, start: 0, end: 2, type: 'ORG' }, { sentence: 0, start: 3, end: 4, type: 'PER' }]);
  });
});
