// The learned cue stage's cue-extent tagger and its lexicon gate, on tiny corpora written for
// the project: a proposed cue widens to the auxiliaries and particle annotators count in it, a
// cue-lexicon word the rules could not frame is proposed only when the model sets a threshold for
// it, the role tagger's memoised feature ids equal the training strings', and the tuning rule.

import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/extract/document.js';
import { detectAttributions } from '../../../src/extract/statements/detect.js';
import { commaCounter, marginConfidence, withLearnedCues, type CueTaggers } from '../../../src/extract/statements/learned/learned-cues.js';
import { documentView, roleIdsForCue, roleTokenFeatures } from '../../../src/extract/statements/learned/cue-features.js';
import { attributionModel } from '../../../src/extract/statements/learned/confidence-model.js';
import { findQuotes, QuoteIndex } from '../../../src/extract/statements/quotes.js';
import type { SpanAttribution } from '../../../src/eval/brat-attribution.js';
import { Perceptron } from '../../../src/learn/perceptron.js';
import { trainCueTagger, trainExtentTagger, trainRoleTagger, type CueDoc } from '../../../src/learn/train-cues.js';
import { chooseSettings, type TuneResult } from '../../../src/learn/tune-attribution.js';
import { emptyScores } from '../../../src/eval/brat-attribution.js';

const SOURCES = ['The farmer', 'A nurse', 'The old sailor', 'Our neighbour', 'The coach', 'A shopkeeper', 'The pilot', 'The baker'];
const OBJECTS = ['a wet spring', 'a long season', 'the late rain', 'a quiet harvest', 'the new timetable'];

/** Documents of "SOURCE CUE OBJECT." sentences, the annotated cue being `cue` (a prefix of `words`). */
function corpus(words: string, cue: string): CueDoc[] {
  return SOURCES.map((src) => {
    let text = '';
    const gold: SpanAttribution[] = [];
    for (const obj of OBJECTS) {
      const s = text.length;
      const c = s + src.length + 1;
      const o = c + words.length + 1;
      text += `${src} ${words} ${obj}. The weather was mild. `;
      gold.push({ source: [[s, s + src.length]], cue: [[c, c + cue.length]], content: [[o, o + obj.length]] });
    }
    const doc = buildDocument(text);
    return { doc, rules: detectAttributions(doc), gold };
  });
}

function taggers(docs: CueDoc[], lexiconThreshold: number | null): CueTaggers {
  return {
    cues: Perceptron.fromData(trainCueTagger(docs)), roles: Perceptron.fromData(trainRoleTagger(docs)), extent: Perceptron.fromData(trainExtentTagger(docs)),
    threshold: 0, lexiconThreshold, minConfidence: 0,
  };
}

const learned = (text: string, t: CueTaggers): { cue: string; source: string; content: string }[] => {
  const doc = buildDocument(text);
  const span = (r: [number, number] | null): string => (r ? doc.text.slice(doc.tokens[r[0]].start, doc.tokens[r[1] - 1].end) : '');
  return withLearnedCues(doc, detectAttributions(doc), t).filter((a) => a.frame === 'learned')
    .map((a) => ({ cue: span(a.cue), source: span(a.source), content: a.content.map(([s, e]) => doc.text.slice(s, e)).join(' ') }));
};

describe('cue-extent tagger', () => {
  const docs = corpus('has long griped about', 'has long griped about');

  it('widens a proposed cue to the auxiliary and particle of the annotated cues', () => {
    const t = taggers(docs, null);
    const [att] = learned('The teacher has long griped about the cold hall. The weather was mild.', t);
    expect(att?.cue).toBe('has long griped about');
    expect(att?.source).toMatch(/teacher/);
    expect(att?.content).toMatch(/the cold hall/);
  });

  it('keeps the bare proposal without an extent tagger', () => {
    const t = { ...taggers(docs, null), extent: null };
    const [att] = learned('The teacher has long griped about the cold hall. The weather was mild.', t);
    expect(att?.cue).not.toMatch(/^has/);
  });

  it('trains identically twice', () => {
    expect(trainExtentTagger(docs)).toEqual(trainExtentTagger(docs));
  });
});

describe('lexicon cue words', () => {
  // "expected" is in the cue lexicon, but the rules find no report in "X expected a long season."
  const docs = corpus('expected', 'expected');
  const text = 'The teacher expected a quiet term. The weather was mild.';

  it('are left to the rules when the model sets no lexicon threshold', () => {
    expect(detectAttributions(buildDocument(text))).toEqual([]);
    expect(learned(text, taggers(docs, null))).toEqual([]);
  });

  it('are proposed when the rules left them unframed and the model sets a threshold', () => {
    const [att] = learned(text, taggers(docs, 0));
    expect(att?.cue).toBe('expected');
    expect(att?.content).toMatch(/a quiet term/);
  });
});

describe('lexicon words with a construction the rules check', () => {
  // "found" cues only before a clause or quotation (needsClause): the rules judged "found a wet spring".
  const docs = corpus('found', 'found');

  it('are never proposed, whatever the lexicon threshold', () => {
    const text = 'The teacher found a quiet term. The weather was mild.';
    expect(detectAttributions(buildDocument(text))).toEqual([]);
    expect(learned(text, taggers(docs, -100))).toEqual([]);
  });
});

describe('settings', () => {
  it('reads a larger cue margin as a higher rule confidence', () => {
    const steps = [0, 3, 7, 15, 30, 60, 100].map(marginConfidence);
    expect(steps).toEqual([...steps].sort((x, y) => x - y));
    expect(steps[0]).toBeLessThan(steps[steps.length - 1]);
  });

  it('chooses the best detection among settings that keep all three roles near their best', () => {
    const result = (threshold: number, aligned: number, all: number): TuneResult => {
      const scores = emptyScores();
      Object.assign(scores.overall, { predicted: 100, gold: 100, aligned });
      scores.overall.loose.all = all;
      return { settings: { threshold, lexiconThreshold: null, minConfidence: 0.2 }, scores, learned: 0 };
    };
    // Threshold -5 detects most but costs the roles; 0 detects more than 10 at equal roles.
    const chosen = chooseSettings([result(10, 80, 60), result(0, 84, 60), result(-5, 90, 55)]);
    expect(chosen.settings.threshold).toBe(0);
  });
});

describe('role tagger feature ids', () => {
  it('are the ids of the feature strings training sees, for every token and cue (a tiny model and the shipped one)', () => {
    const shipped = attributionModel().taggers?.roles;
    expect(shipped).toBeTruthy();
    const doc = buildDocument('“The hall is cold,” the old sailor, who is 70, has long griped about the winter, and the baker agrees. The farmer said that 12 lights were broken.');
    const { lowered, quoted } = documentView(doc, new QuoteIndex(findQuotes(doc)));
    let compared = 0;
    for (const roles of [Perceptron.fromData(trainRoleTagger(corpus('has long griped about', 'has long griped about'))), shipped!]) {
      for (const s of doc.sentences) {
        const v = { doc, lowered, quoted, a: s.tokenStart, b: s.tokenEnd };
        const commas = commaCounter(v);
        for (let c0 = s.tokenStart; c0 < s.tokenEnd; c0++) {
          for (const c1 of [c0 + 1, Math.min(c0 + 3, s.tokenEnd)]) {
            const fast = roleIdsForCue(roles, v, c0, c1);
            for (let i = s.tokenStart; i < s.tokenEnd; i++) {
              if (i >= c0 && i < c1) continue;
              const slow = roles.featureIds(roleTokenFeatures(v, i, c0, c1, commas(i, c0, c1)));
              expect([...fast(i, commas(i, c0, c1))].sort((x, y) => x - y)).toEqual([...slow].sort((x, y) => x - y));
              compared++;
            }
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });
});
