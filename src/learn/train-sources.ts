// Trainer of the source ranker: each rule attribution aligned to a PolNeAR annotation is one item
// whose candidates (source-ranker.ts) are right when they match the annotated source (Jaccard >= 0.5).

import type { Span } from '../extract/types.js';
import { viewOf } from '../extract/statements/learned/cue-features.js';
import { pickSource, sourceCandidates, type ScoredCandidate, type SourceRanker } from '../extract/statements/learned/source-ranker.js';
import { nestedFlags } from '../extract/statements/tidy.js';
import { mayBeSpeaker } from '../extract/statements/speakers.js';
import { foldOf, sourceJudge } from '../eval/brat-attribution.js';
import { Ranker, type RankItem } from './ranker.js';
import type { CueDoc } from './train-cues.js';

/**
 * An item: its candidates, which of them the scorer counts right (Jaccard >= 0.5 with the annotated
 * source), and as the ranker's training target `best`, the right ones closest to the annotation
 * ("Ada Lind" rather than "Lind" for "Ada Lind"); its fold, the index of the rule's candidate and
 * whether that was right, and each candidate's range.
 */
export interface SourceItem { fold: number; candidates: string[][]; right: boolean[]; best: boolean[]; ruleRight: boolean; rule: number; firm: boolean; ranges: ([number, number] | null)[]; speaker: boolean[] }

/** The ranker's view of an item: the closest right candidates are the target. */
const rankItem = (x: SourceItem): RankItem => ({ candidates: x.candidates, right: x.best });

/** A ranker trained on `items`. */
export const trainSourceRanker = (items: SourceItem[]): Ranker => Ranker.train(items.map(rankItem));

/** Margins (ranker score units) tried when choosing how far a candidate must beat the rule's source. */
export const SOURCE_MARGINS = [0, 0.5, 1, 2, 4];

/** The ranker items of `docs`: each rule attribution (not nested) aligned to an annotation. */
export function sourceItems(docs: (CueDoc & { name: string })[]): SourceItem[] {
  const items: SourceItem[] = [];
  for (const { name, doc, rules, gold } of docs) {
    const nested = nestedFlags(doc.tokens, rules);
    const atts = rules.filter((_, i) => !nested[i]);
    if (atts.length === 0) continue;
    const span = (r: [number, number] | null): Span[] => (r ? [[doc.tokens[r[0]].start, doc.tokens[r[1] - 1].end]] : []);
    const judge = sourceJudge(doc.text, atts.map((x) => ({ source: span(x.source), cue: span(x.cue), content: x.content })), gold);
    const { lowered, quoted } = viewOf(doc);
    atts.forEach((att, i) => {
      const j = judge.aligned[i];
      if (j === null) return;
      const s = doc.sentences[att.sentence];
      const cands = sourceCandidates({ doc, lowered, quoted, a: s.tokenStart, b: s.tokenEnd }, att);
      const overlap = cands.map((c) => judge.overlap(j, span(c.range)));
      const best = Math.max(...overlap);
      items.push({
        fold: foldOf(name), candidates: cands.map((c) => c.features), right: overlap.map((o) => o >= 0.5), best: overlap.map((o) => o >= 0.5 && o === best),
        ruleRight: judge.overlap(j, span(att.source)) >= 0.5, rule: cands.findIndex((c) => c.rule), firm: cands.some((c) => c.firm), ranges: cands.map((c) => c.range), speaker: cands.map((c) => c.range !== null && mayBeSpeaker(doc, c.range)),
      });
    });
  }
  return items;
}

/** For each fold of `items`, a ranker trained on the other folds. */
export function crossFittedRankers(items: SourceItem[]): Map<number, Ranker> {
  const out = new Map<number, Ranker>();
  for (const f of [...new Set(items.map((x) => x.fold))].sort()) out.set(f, trainSourceRanker(items.filter((x) => x.fold !== f)));
  return out;
}

/** Out of fold, per margin: how many items' sources are right with the ranker's picks (and with the rules alone). */
export function marginTable(items: SourceItem[], byFold: Map<number, Ranker>, margins = SOURCE_MARGINS): { margin: number; right: number; changed: number }[] {
  return margins.map((margin) => {
    let right = 0;
    let changed = 0;
    for (const x of items) {
      const model = byFold.get(x.fold);
      if (!model) continue;
      const cands: ScoredCandidate[] = x.candidates.map((features, k) => ({ features, range: x.ranges[k], rule: k === x.rule, firm: k === x.rule && x.firm, speaker: x.speaker[k] }));
      const pick = pickSource(cands, { model, margin } satisfies SourceRanker);
      const k = pick ? cands.indexOf(pick) : x.rule;
      if (pick) changed++;
      if (x.right[k]) right++;
    }
    return { margin, right, changed };
  });
}
