// Trainer of the learned cue stage: a cue tagger over the tokens the rules leave uncovered, and a
// role tagger marking source and content tokens around a gold cue. Seeded order, so repeatable.

import type { Document } from '../extract/document.js';
import type { Span } from '../extract/types.js';
import type { Attribution } from '../extract/statements/attribution.js';
import { findQuotes, QuoteIndex } from '../extract/statements/quotes.js';
import { cueExtentFeatures, cueTokenFeatures, documentView, isCueCandidate, roleTokenFeatures, type SentenceView } from '../extract/statements/learned/cue-features.js';
import { CUE_LABELS, EXTENT_LABELS, ROLE_LABELS, commaCounter, ruleCover, sentencesWithRules } from '../extract/statements/learned/learned-cues.js';
import type { SpanAttribution } from '../eval/brat-attribution.js';
import { Perceptron, type PerceptronData } from './perceptron.js';
import { seededShuffle } from './shuffle.js';

/** One annotated document with its rule attributions (all of them, nested ones included). */
export interface CueDoc { doc: Document; rules: Attribution[]; gold: SpanAttribution[] }

export interface CueTrainOptions { epochs: number; seed: number }
export const CUE_TRAIN_DEFAULTS: CueTrainOptions = { epochs: 6, seed: 20261205 };

interface Instance { ids: number[]; label: number }

/** Steps walked outward from a gold cue token when training the extent tagger (the stage widens by at most MAX_EXTENT). */
const MAX_EXTENT_TRAIN = 6;

/** Per token of `doc`: does it overlap one of `spans`? */
function overlapFlags(doc: Document, spans: Span[]): boolean[] {
  return doc.tokens.map((t) => spans.some(([s, e]) => t.start < e && t.end > s));
}

function fit(labels: string[], instances: Instance[], model: Perceptron, opts: CueTrainOptions): PerceptronData {
  const order = instances.map((_, i) => i);
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (const i of seededShuffle(order, opts.seed + epoch)) {
      const x = instances[i];
      model.update(x.ids, x.label, model.predict(x.ids));
      model.tick();
    }
  }
  model.average();
  return model.toData({ minWeight: 0.05 });
}

/** Trains the cue tagger: each uncovered candidate token, labelled CUE when it lies in a gold cue. */
export function trainCueTagger(docs: CueDoc[], opts: CueTrainOptions = CUE_TRAIN_DEFAULTS): PerceptronData {
  const model = new Perceptron(CUE_LABELS);
  const instances: Instance[] = [];
  for (const { doc, rules, gold } of docs) {
    const quotes = new QuoteIndex(findQuotes(doc));
    const { lowered, quoted } = documentView(doc, quotes);
    const covered = ruleCover(doc, rules);
    const ruled = sentencesWithRules(doc, rules);
    const isCue = overlapFlags(doc, gold.flatMap((g) => g.cue));
    doc.sentences.forEach((s, si) => {
      const v: SentenceView = { doc, lowered, quoted, a: s.tokenStart, b: s.tokenEnd };
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        if (covered[i] || !isCueCandidate(v, i)) continue;
        instances.push({ ids: model.featureIds(cueTokenFeatures(v, i, ruled[si]), true), label: isCue[i] ? 1 : 0 });
      }
    });
  }
  return fit(CUE_LABELS, instances, model, opts);
}

/**
 * Each gold attribution whose cue starts inside a sentence, in corpus order: its sentence view
 * and the cue's first token and the token after its run in that sentence (c0, c1).
 */
function* goldCues(docs: CueDoc[]): Generator<{ doc: Document; g: SpanAttribution; v: SentenceView; c0: number; c1: number }> {
  for (const { doc, gold } of docs) {
    const { lowered, quoted } = documentView(doc, new QuoteIndex(findQuotes(doc)));
    for (const g of gold) {
      const cue = overlapFlags(doc, g.cue);
      const c0 = cue.indexOf(true);
      if (c0 < 0) continue;
      const s = doc.sentences.find((x) => c0 >= x.tokenStart && c0 < x.tokenEnd);
      if (!s) continue;
      let c1 = c0 + 1;
      while (c1 < s.tokenEnd && cue[c1]) c1++;
      yield { doc, g, v: { doc, lowered, quoted, a: s.tokenStart, b: s.tokenEnd }, c0, c1 };
    }
  }
}

/** Trains the role tagger: the tokens of each gold cue's sentence, labelled source, content or neither. */
export function trainRoleTagger(docs: CueDoc[], opts: CueTrainOptions = CUE_TRAIN_DEFAULTS): PerceptronData {
  const model = new Perceptron(ROLE_LABELS);
  const instances: Instance[] = [];
  for (const { doc, g, v, c0, c1 } of goldCues(docs)) {
    const commas = commaCounter(v);
    const src = overlapFlags(doc, g.source);
    const content = overlapFlags(doc, g.content);
    for (let i = v.a; i < v.b; i++) {
      if (i >= c0 && i < c1) continue;
      const label = src[i] ? 1 : content[i] ? 2 : 0;
      instances.push({ ids: model.featureIds(roleTokenFeatures(v, i, c0, c1, commas(i, c0, c1)), true), label });
    }
  }
  return fit(ROLE_LABELS, instances, model, opts);
}

/**
 * Trains the cue-extent tagger: walking outward from each token of a gold cue, the next token is
 * IN while it still lies in the cue and OUT at the first one past it (on each side).
 */
export function trainExtentTagger(docs: CueDoc[], opts: CueTrainOptions = CUE_TRAIN_DEFAULTS): PerceptronData {
  const model = new Perceptron(EXTENT_LABELS);
  const instances: Instance[] = [];
  for (const { v, c0, c1 } of goldCues(docs)) {
    for (let k = c0; k < c1; k++) {
      for (let i = k + 1, d = 1; i < v.b && d <= MAX_EXTENT_TRAIN; i++, d++) {
        instances.push({ ids: model.featureIds(cueExtentFeatures(v, i, i - 1, 'R', d), true), label: i < c1 ? 1 : 0 });
        if (i >= c1) break;
      }
      for (let i = k - 1, d = 1; i >= v.a && d <= MAX_EXTENT_TRAIN; i--, d++) {
        instances.push({ ids: model.featureIds(cueExtentFeatures(v, i, i + 1, 'L', d), true), label: i >= c0 ? 1 : 0 });
        if (i < c0) break;
      }
    }
  }
  return fit(EXTENT_LABELS, instances, model, opts);
}
