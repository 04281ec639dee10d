// The learned cue stage: taggers trained on a tiny corpus written for the project learn its
// cues and roles, training repeats exactly, and the shipped model finds reports the rules miss.

import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/extract/document.js';
import { detectAttributions } from '../../../src/extract/statements/detect.js';
import { withLearnedCues } from '../../../src/extract/statements/learned/learned-cues.js';
import { attributionModel, learnedAttributions } from '../../../src/extract/statements/learned/confidence-model.js';
import type { SpanAttribution } from '../../../src/eval/brat-attribution.js';
import { Perceptron } from '../../../src/learn/perceptron.js';
import { trainCueTagger, trainRoleTagger, type CueDoc } from '../../../src/learn/train-cues.js';
import { extract } from '../../../src/extract/index.js';
import { articleFromText } from '../../../loaders/index.js';

/** A sentence "SOURCE CUE CONTENT." and its annotation, offsets from `at`. */
function annotated(source: string, cue: string, content: string, at: number): { text: string; gold: SpanAttribution } {
  const text = `${source} ${cue} ${content}.`;
  const s = at;
  const c = s + source.length + 1;
  const t = c + cue.length + 1;
  return { text, gold: { source: [[s, s + source.length]], cue: [[c, c + cue.length]], content: [[t, t + content.length]] } };
}

const SPLIT = '“We will rebuild the pier. It will take a year,” the harbour chief said.';

const SOURCES = ['The farmer', 'A nurse', 'The old sailor', 'Our neighbour', 'The coach', 'A shopkeeper', 'The pilot', 'The baker'];
const CONTENTS = ['the rain came late this year', 'the road needs new lights', 'the market opens at dawn', 'the bus was full again', 'the bridge is too narrow'];

function corpus(): CueDoc[] {
  return SOURCES.map((src) => {
    let text = '';
    const gold: SpanAttribution[] = [];
    for (const [k, content] of CONTENTS.entries()) {
      const a = annotated(src, k % 2 ? 'carped yesterday that' : 'griped that', content, text.length);
      text += `${a.text} The weather was mild. `;
      gold.push({ ...a.gold, cue: [[a.gold.cue[0][0], a.gold.cue[0][0] + (k % 2 ? 'carped' : 'griped').length]] });
    }
    const doc = buildDocument(text);
    return { doc, rules: detectAttributions(doc), gold };
  });
}

describe('cue stage training', () => {
  const docs = corpus();
  const cues = trainCueTagger(docs);
  const roles = trainRoleTagger(docs);

  it('learns the corpus cues and marks source and content', () => {
    const taggers = { cues: Perceptron.fromData(cues), roles: Perceptron.fromData(roles), threshold: 0, minConfidence: 0 };
    const doc = buildDocument('The teacher griped that the hall was cold. The weather was mild.');
    const atts = withLearnedCues(doc, detectAttributions(doc), taggers);
    const learned = atts.filter((a) => a.frame === 'learned');
    expect(learned).toHaveLength(1);
    const [att] = learned;
    expect(doc.tokens[att.cue[0]].text).toBe('griped');
    expect(att.source && doc.text.slice(doc.tokens[att.source[0]].start, doc.tokens[att.source[1] - 1].end)).toMatch(/teacher/);
    expect(doc.text.slice(att.content[0][0], att.content[0][1])).toMatch(/the hall was cold/);
  });

  it('gives identical weights on two trainings', () => {
    expect(trainCueTagger(docs)).toEqual(cues);
    expect(trainRoleTagger(docs)).toEqual(roles);
  });
});

describe('shipped cue stage', () => {
  const found = (text: string): { cue: string; content: string; confidence: number }[] => {
    const doc = buildDocument(text);
    return learnedAttributions(doc, detectAttributions(doc)).map((a) => ({
      cue: doc.text.slice(doc.tokens[a.cue[0]].start, doc.tokens[a.cue[1] - 1].end),
      content: a.content.map(([s, e]) => doc.text.slice(s, e)).join(' '),
      confidence: a.confidence,
    }));
  };

  it('loads the taggers with the model', () => {
    expect(attributionModel().taggers).not.toBeNull();
  });

  it('finds noun cues the rules miss, with their content, at a low calibrated confidence', () => {
    // No one sentence is pinned to a retrained model: of these noun-cue sentences (none has a cue
    // the rules know) the stage must find several, each with the clause after the noun as content.
    const owners = ["Ms Varga's", "The finance minister's", "The union's", "Mr Hale's"];
    const nouns = ['admission', 'assertion', 'argument', 'belief', 'contention', 'suggestion'];
    const hits: string[] = [];
    for (const owner of owners) {
      for (const noun of nouns) {
        const text = `${owner} ${noun} that the council had wasted the money surprised nobody.`;
        expect(detectAttributions(buildDocument(text))).toEqual([]);
        const a = found(text).find((x) => x.cue === noun);
        if (!a) continue;
        expect(a.content).toMatch(/^that the council had wasted the money/);
        expect(a.confidence).toBeLessThan(0.6);
        hits.push(`${owner} ${noun}`);
      }
    }
    expect(hits.length, hits.join(', ')).toBeGreaterThanOrEqual(3);
    const text = `${owners[3]} argument that the council had wasted the money surprised nobody.`;
    // Before the statement filter, which is tested on its own (statement-filter.test.ts): since stop 34 it
    // drops this lone noun-cue report, as the speaker keys seldom key one.
    const ex = extract(articleFromText(`Council money\n\n${text}\n`, 'learned-cues.txt'), { statementFilter: false });
    expect(ex.statements.map((st) => st.cue)).toContain('argument');
  });

  it('finds a quotation split over two sentences and keeps confidences in [0, 1]', () => {
    const ex = extract(articleFromText(`Pier works\n\n${SPLIT}\n`, 'split-quote.txt'));
    const st = ex.statements.find((s) => /rebuild the pier/.test(s.content));
    expect(st?.content).toMatch(/take a year/);
    for (const s of ex.statements) {
      expect(s.confidence).toBeGreaterThanOrEqual(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
    }
  });
});
