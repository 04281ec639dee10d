// The PolNeAR scorer on hand-made predictions and golds: alignment by cue tokens, Jaccard
// thresholds per role, the direct-quote subset, and the brat parser.
import { describe, expect, it } from 'vitest';
import { countErrorShapes, emptyErrorShapes, emptyScores, errorShape, parseAnn, scoreArticle, type SpanAttribution } from '../../../src/eval/brat-attribution.js';

const text = 'Anna said the plan works. "It is over," Ben said.';
const at = (s: string): [number, number] => {
  const i = text.indexOf(s);
  return [i, i + s.length];
};
const gold: SpanAttribution[] = [
  { source: [at('Anna')], cue: [at('said the')].map(([s]) => [s, s + 4] as [number, number]), content: [at('the plan works')] },
  { source: [at('Ben')], cue: [[text.lastIndexOf('said'), text.lastIndexOf('said') + 4]], content: [at('"It is over,"')] },
];

describe('scoreArticle', () => {
  it('counts a perfect prediction as perfect on every role', () => {
    const s = emptyScores();
    scoreArticle(text, gold, gold, s);
    expect(s.overall).toMatchObject({ predicted: 2, gold: 2, aligned: 2, loose: { source: 2, cue: 2, content: 2, all: 2 }, strict: { all: 2 } });
    expect(s.direct).toMatchObject({ predicted: 1, gold: 1, aligned: 1 });
  });

  it('passes a content at Jaccard 0.5 loosely but not strictly', () => {
    const s = emptyScores();
    const pred = [{ ...gold[0], content: [at('works')] }];
    scoreArticle(text, pred, gold, s);
    expect(s.overall.aligned).toBe(1);
    expect(s.overall.loose.content).toBe(0);
    const s2 = emptyScores();
    scoreArticle(text, [{ ...gold[0], content: [at('the plan works.')] }], gold, s2);
    expect(s2.overall.loose.content).toBe(1);
    expect(s2.overall.strict.content).toBe(0);
  });

  it('aligns by content when cues do not overlap, and leaves unrelated predictions unaligned', () => {
    const s = emptyScores();
    scoreArticle(text, [{ source: [], cue: [at('Anna')], content: [at('plan')] }, { source: [], cue: [at('.')], content: [at('.')] }], gold, s);
    expect(s.overall).toMatchObject({ predicted: 2, aligned: 1 });
  });
});

describe('countErrorShapes', () => {
  it('names how each missed role misses: too short, too long, different words, none found', () => {
    const shapes = emptyErrorShapes();
    const pred: SpanAttribution[] = [
      { source: [at('Anna')], cue: gold[0].cue, content: [at('works')] },
      { source: [], cue: [at('over," Ben said')], content: [at('"It is over," Ben said.')] },
    ];
    countErrorShapes(text, pred, gold, shapes);
    expect(shapes.content['too short']).toBe(1);
    expect(shapes.source['none found']).toBe(1);
    expect(shapes.cue['too long']).toBe(1);
    // A role within Jaccard 0.5 is not counted: Anna's source and cue, Ben's content.
    const all = (r: keyof typeof shapes): number => Object.values(shapes[r]).reduce((n, k) => n + k, 0);
    expect([all('source'), all('cue'), all('content')]).toEqual([1, 1, 1]);
  });

  it('tells overlapping, disjoint and unannotated spans apart', () => {
    expect(errorShape(new Set([1, 2]), new Set([2, 3]))).toBe('overlapping');
    expect(errorShape(new Set([1]), new Set([5]))).toBe('different words');
    expect(errorShape(new Set([1]), new Set())).toBe('not annotated');
  });
});

describe('parseAnn', () => {
  it('reads spans in pieces and joins Content2 to the content', () => {
    const ann = 'T1\tSource 0 4\tAnna\nT2\tCue 5 9\tsaid\nT3\tContent 10 14;15 19\tthe plan\nT5\tContent 20 25\tworks\n' +
      'T4\tAttribution 5 9\tsaid\nE1\tAttribution:T4 Source:T1 Cue:T2 Content:T3 Content2:T5\n#1\tAnnotatorNotes T1\tx\n';
    expect(parseAnn(ann)).toEqual([{ source: [[0, 4]], cue: [[5, 9]], content: [[10, 14], [15, 19], [20, 25]] }]);
  });
});
