// The learned source choice: candidates around a rule attribution's cue, a ranker trained on a tiny
// corpus written for the project learns which one annotators mark, the pick never drops or invents a
// source, and the shipped model fixes sources the rule scanners get wrong.

import { describe, expect, it } from 'vitest';
import { buildDocument, type Document } from '../../../src/extract/document.js';
import { detectAttributions } from '../../../src/extract/statements/detect.js';
import { documentView } from '../../../src/extract/statements/learned/cue-features.js';
import { findQuotes, QuoteIndex } from '../../../src/extract/statements/quotes.js';
import { pickSource, sourceCandidates, withRankedSources, type ScoredCandidate } from '../../../src/extract/statements/learned/source-ranker.js';
import { mayBeSpeaker } from '../../../src/extract/statements/speakers.js';
import { attributionModel, learnedAttributions } from '../../../src/extract/statements/learned/confidence-model.js';
import type { Attribution } from '../../../src/extract/statements/attribution.js';
import type { SpanAttribution } from '../../../src/eval/brat-attribution.js';
import { Ranker } from '../../../src/learn/ranker.js';
import { crossFittedRankers, marginTable, sourceItems, trainSourceRanker } from '../../../src/learn/train-sources.js';
import { extract } from '../../../src/extract/index.js';
import { articleFromText } from '../../../loaders/index.js';

const words = (doc: Document, r: [number, number] | null): string => (r ? doc.tokens.slice(r[0], r[1]).map((t) => t.text).join(' ') : '<none>');

function candidatesOf(text: string): { doc: Document; att: Attribution; cands: ScoredCandidate[] } {
  const doc = buildDocument(text);
  const att = detectAttributions(doc)[0];
  const { lowered, quoted } = documentView(doc, new QuoteIndex(findQuotes(doc)));
  const s = doc.sentences[att.sentence];
  return { doc, att, cands: sourceCandidates({ doc, lowered, quoted, a: s.tokenStart, b: s.tokenEnd }, att) };
}

// "NAME, a WORD, said …": the rules take the name with its description; in this corpus the
// annotators mark the name alone.
const NAMES = ['Ada Lind', 'Bo Grant', 'Cy Moss', 'Di Hale', 'Ed Ruiz', 'Flo Tam', 'Gus Pike', 'Hal Voss', 'Ivy Cole', 'Jo Marsh'];
const ROLES = ['farmer', 'nurse', 'baker', 'pilot', 'coach'];

function corpus(): { name: string; doc: Document; rules: Attribution[]; gold: SpanAttribution[] }[] {
  return NAMES.map((name, n) => {
    let text = '';
    const gold: SpanAttribution[] = [];
    for (const role of ROLES) {
      const start = text.length;
      const sentence = `${name}, a local ${role}, said the market opens at dawn. `;
      const cue = sentence.indexOf('said');
      gold.push({ source: [[start, start + name.length]], cue: [[start + cue, start + cue + 4]], content: [[start + cue + 5, start + sentence.length - 2]] });
      text += sentence;
    }
    const doc = buildDocument(text);
    return { name: `doc${n}`, doc, rules: detectAttributions(doc), gold };
  });
}

describe('sourceCandidates', () => {
  it('offers the rule source, no source, and phrases near the cue, never over the cue or content', () => {
    const { doc, att, cands } = candidatesOf('Ada Lind, a local farmer, said the market opens at dawn.');
    const texts = cands.map((c) => words(doc, c.range));
    expect(texts).toContain(words(doc, att.source));
    expect(texts).toContain('<none>');
    expect(texts).toContain('Ada Lind');
    expect(cands.filter((c) => c.rule)).toHaveLength(1);
    for (const c of cands) if (c.range) expect(c.range[1] <= att.cue[0] || c.range[0] >= att.cue[1]).toBe(true);
    expect(texts.some((t) => t.includes('market'))).toBe(false);
  });
});

describe('pickSource', () => {
  const { cands } = candidatesOf('Ada Lind, a local farmer, said the market opens at dawn.');
  const ranker = (weights: Record<string, number>, margin = 0) => ({ model: Ranker.fromData({ weights }), margin });

  it('keeps the rule source unless another beats it by more than the margin', () => {
    expect(pickSource(cands, ranker({ rule: 5 }))).toBeNull();
    expect(pickSource(cands, ranker({ 'first=<Cap>': 1, 'len=<=2': 3 }))?.range).not.toBeNull();
    expect(pickSource(cands, ranker({ 'len=<=2': 1 }, 5))).toBeNull();
  });

  it('never replaces a named source by none, nor gives a sourceless report a source', () => {
    expect(pickSource(cands, ranker({ none: 10 }))?.range ?? 'rule kept').not.toBe(null);
    const sourceless = cands.map((c) => (c.rule ? { ...c, range: null } : c));
    expect(pickSource(sourceless, ranker({ 'len=<=2': 10 }))).toBeNull();
  });

  it('replaces a speaker only with a phrase that could be one', () => {
    const favoured = ranker({ 'first=<Cap>': 1, 'len=<=2': 3 });
    const pick = pickSource(cands, favoured);
    expect(pick?.range).not.toBeNull();
    const refused = cands.map((c) => (c === pick ? { ...c, speaker: false } : c));
    expect(pickSource(refused, favoured)).not.toBe(refused[cands.indexOf(pick!)]);
    expect(pickSource(cands, favoured, (c) => c !== pick)).not.toBe(pick);
    expect(pickSource(cands, favoured, () => false)).toBeNull();
  });
});

describe('mayBeSpeaker', () => {
  const speaker = (text: string, phrase: string): boolean => {
    const doc = buildDocument(text);
    const ws = phrase.split(' ');
    const i = doc.tokens.findIndex((_, k) => ws.every((w, j) => doc.tokens[k + j]?.text === w));
    return mayBeSpeaker(doc, [i, i + ws.length]);
  };

  it('takes names, pronouns, people and roles by the words before the first preposition', () => {
    expect(speaker('She said so.', 'She')).toBe(true);
    expect(speaker('The mayor said so.', 'The mayor')).toBe(true);
    expect(speaker('Bank of England governor Mervyn King said so.', 'Bank of England governor Mervyn King')).toBe(true);
    expect(speaker('The leader of the opposition in Saxony said so.', 'The leader of the opposition in Saxony')).toBe(true);
    expect(speaker('Most of the voters said so.', 'Most of the voters')).toBe(true);
  });

  it('refuses phrases that name no one there', () => {
    expect(speaker('He sees too much power on Wall Street and said so.', 'too much power on Wall Street')).toBe(false);
    expect(speaker('The figures from Leeds said so.', 'The figures from Leeds')).toBe(false);
  });
});

describe('source ranker training', () => {
  it('learns the annotators\' source from a tiny corpus, repeatably', () => {
    const docs = corpus();
    const items = sourceItems(docs);
    expect(items.length).toBe(NAMES.length * ROLES.length);
    expect(items.every((x) => !x.ruleRight && x.right.some(Boolean))).toBe(true);
    const a = trainSourceRanker(items).toData();
    expect(JSON.stringify(trainSourceRanker(items).toData())).toBe(JSON.stringify(a));
    const { doc, att } = candidatesOf('Kit Oduya, a local baker, said the market opens at dawn.');
    const [ranked] = withRankedSources(doc, [att], { model: Ranker.fromData(a), margin: 0 });
    expect(words(doc, ranked.source)).toBe('Kit Oduya');
  });

  it('scores margins out of fold', () => {
    const items = sourceItems(corpus().map((d, i) => ({ ...d, name: `fold${i}` })));
    const table = marginTable(items, crossFittedRankers(items), [0, 100]);
    expect(table[1]).toEqual({ margin: 100, right: 0, changed: 0 });
    expect(table[0].right).toBeGreaterThan(0);
  });
});

describe('the shipped source ranker', () => {
  const source = (text: string, cue: string): string | undefined => {
    const doc = buildDocument(text);
    const att = learnedAttributions(doc, detectAttributions(doc)).find((a) => words(doc, a.cue) === cue);
    return att ? words(doc, att.source) : undefined;
  };

  it('is in the model', () => {
    expect(attributionModel().sources).toBeTruthy();
  });

  it('cuts an aside the rules kept with the speaker, and finds the subject the rules missed', () => {
    expect(source('The mayor, still stinging over the vote, grudgingly agreed that the plan should go ahead.', 'grudgingly agreed')).toBe('The mayor');
    expect(source('She started the week with a speech in Leeds focused squarely on housing.', 'focused squarely on')).toBe('She');
  });

  it('keeps a pronoun right before its cue', () => {
    expect(source('They handed out cards that said, “Welcome to the fair.”', 'said')).toBe('that');
  });

  it('leaves a nested report\'s source alone', () => {
    expect(source('Ada Lind said the company plans to close the plant.', 'plans')).toBe('the company');
  });

  it('feeds speaker resolution: the statement goes to the named person', () => {
    const ex = extract(articleFromText('Vote\n\nThe mayor, Lena Ortiz, lost the vote. Ortiz, still stinging over the vote, grudgingly agreed that the plan should go ahead.\n', 'ranker.txt'), { statementFilter: false });
    const names = new Map(ex.actors.map((a) => [a.id, a.name]));
    expect(ex.statements.map((s) => names.get(s.speakerId ?? ''))).toContain('Lena Ortiz');
  });
});
