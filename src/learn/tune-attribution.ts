// Choosing the learned cue stage's settings (cue thresholds, confidence floor) on the training
// split only: each training fold is scored by taggers and a confidence model trained on the other
// folds, and the counts of all folds are summed, so the held-out fold never picks a setting.

import type { Document } from '../extract/document.js';
import { nestedFlags } from '../extract/statements/tidy.js';
import { confidenceFeatures } from '../extract/statements/learned/confidence-features.js';
import { withLearnedCues } from '../extract/statements/learned/learned-cues.js';
import type { Attribution } from '../extract/statements/attribution.js';
import { emptyScores, foldOf, scoreArticle, type PolnearCounts, type PolnearScores, type SpanAttribution } from '../eval/brat-attribution.js';
import { prf, renderTable } from '../eval/table.js';
import { Logistic } from './logistic.js';
import type { CueDoc } from './train-cues.js';
import { confidenceOf, crossFittedTaggers, taggersOf, type CueSettings } from './train-attribution.js';

/** Settings tried by `train attribution --tune`: thresholds × lexicon thresholds × confidence floors. */
export const TUNE_GRID = {
  thresholds: [10, 5, 0, -5],
  lexiconThresholds: [null, 10, 5, 0, -5] as (number | null)[],
  minConfidences: [0.1, 0.15, 0.2, 0.25, 0.3],
};

export interface TuneResult { settings: CueSettings; scores: PolnearScores; learned: number }

const spanOf = (doc: Document, r: [number, number] | null): [number, number][] => (r ? [[doc.tokens[r[0]].start, doc.tokens[r[1] - 1].end]] : []);
const asSpans = (doc: Document, atts: Attribution[]): SpanAttribution[] => atts.map((x) => ({ source: spanOf(doc, x.source), cue: spanOf(doc, x.cue), content: x.content }));

function addCounts(into: PolnearCounts, c: PolnearCounts): void {
  into.predicted += c.predicted;
  into.gold += c.gold;
  into.aligned += c.aligned;
  for (const k of ['source', 'cue', 'content', 'all'] as const) {
    into.loose[k] += c.loose[k];
    into.strict[k] += c.strict[k];
  }
}

/** Out-of-fold PolNeAR counts of every setting in `grid` over the folds of `docs`. */
export function tuneSettings(docs: (CueDoc & { name: string })[], grid = TUNE_GRID, log: (line: string) => void = () => {}): TuneResult[] {
  const results = new Map<string, TuneResult>();
  for (const f of [...new Set(docs.map((d) => foldOf(d.name)))].sort()) {
    const inner = docs.filter((d) => foldOf(d.name) !== f);
    const dev = docs.filter((d) => foldOf(d.name) === f);
    const { full, byFold } = crossFittedTaggers(inner);
    log(`fold ${f}: taggers trained on the other folds`);
    for (const threshold of grid.thresholds) {
      for (const lexiconThreshold of grid.lexiconThresholds) {
        const base: CueSettings = { threshold, lexiconThreshold, minConfidence: 0 };
        const model = Logistic.fromData(confidenceOf(inner, byFold, base));
        const taggers = taggersOf(full, base);
        const predicted = dev.map((d) => ({ d, atts: withLearnedCues(d.doc, d.rules, taggers).map((a) => ({ ...a, confidence: model.probability(confidenceFeatures(d.doc, a)) })) }));
        for (const minConfidence of grid.minConfidences) {
          const key = `${threshold}:${lexiconThreshold}:${minConfidence}`;
          const r = results.get(key) ?? { settings: { threshold, lexiconThreshold, minConfidence }, scores: emptyScores(), learned: 0 };
          results.set(key, r);
          for (const { d, atts } of predicted) {
            const kept = atts.filter((a) => a.frame !== 'learned' || a.confidence >= minConfidence);
            const nested = nestedFlags(d.doc.tokens, kept);
            const out = kept.filter((_, i) => !nested[i]);
            r.learned += out.filter((a) => a.frame === 'learned').length;
            const one = emptyScores();
            scoreArticle(d.doc.text, asSpans(d.doc, out), d.gold, one);
            addCounts(r.scores.overall, one.overall);
            addCounts(r.scores.direct, one.direct);
          }
        }
      }
    }
  }
  return [...results.values()];
}

/** Detection and all-three F1 of a result. */
export function tuneF1(r: TuneResult): { detection: number; source: number; all: number; directDetection: number; directAll: number } {
  const o = r.scores.overall;
  const d = r.scores.direct;
  return {
    detection: prf(o.aligned, o.predicted, o.gold).f1, source: prf(o.loose.source, o.predicted, o.gold).f1, all: prf(o.loose.all, o.predicted, o.gold).f1,
    directDetection: prf(d.aligned, d.predicted, d.gold).f1, directAll: prf(d.loose.all, d.predicted, d.gold).f1,
  };
}

/**
 * The rule that picks the shipped settings: the best detection F1 + all-three F1, among the
 * settings whose all-three F1 is within 0.002 of the best all-three F1 seen (recall must not cost
 * the roles).
 */
export function chooseSettings(results: TuneResult[]): TuneResult {
  const bestAll = Math.max(...results.map((r) => tuneF1(r).all));
  const ok = results.filter((r) => tuneF1(r).all >= bestAll - 0.002);
  return ok.reduce((x, y) => {
    const a = tuneF1(x);
    const b = tuneF1(y);
    return b.detection + b.all > a.detection + a.all ? y : x;
  });
}

/** The sweep as a table, with the chosen settings named below it. */
export function tuneTable(results: TuneResult[]): string {
  const fmt = (n: number): string => n.toFixed(3);
  const rows = results.map((r) => {
    const f = tuneF1(r);
    const o = r.scores.overall;
    const { p, r: rec } = prf(o.aligned, o.predicted, o.gold);
    return [String(r.settings.threshold), String(r.settings.lexiconThreshold ?? 'none'), String(r.settings.minConfidence), String(r.learned), fmt(p), fmt(rec), fmt(f.detection), fmt(f.source), fmt(f.all), fmt(f.directDetection), fmt(f.directAll)];
  });
  const c = chooseSettings(results).settings;
  const head = ['threshold', 'lexicon', 'min conf', 'learned', 'det P', 'det R', 'det F1', 'source', 'all three', 'direct det', 'direct all'];
  return `${renderTable(head, rows)}\nchosen (best detection + all three among all three within 0.002 of the best): --cue-threshold ${c.threshold} --lexicon-threshold ${c.lexiconThreshold ?? 'none'} --min-confidence ${c.minConfidence}\n`;
}
