// The named-entity tagger: greedy left-to-right IOB2 decoding (an I- tag only continues its own
// type) over an averaged perceptron, with a document memory of the types given to words earlier.
// The same decoding serves training (with updates) and tagging, so the two cannot drift apart.

import { Perceptron } from '../../learn/perceptron.js';
import { baseWord, contextFeatures, docStats, historyFeatures, sentenceFeatures, viewSentence, wordFeatures, type WordDoc } from './features.js';

/** The IOB2 tag set of CoNLL-2003. */
export const NER_LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'];
const ALLOWED: boolean[][] = NER_LABELS.map((prev) => NER_LABELS.map((t) => !t.startsWith('I-') || prev.slice(2) === t.slice(2)));
const START = ALLOWED[0];

/** Static feature ids of a document, computed once (training reuses them every epoch). */
export type StaticIds = number[][][];

/** The static feature strings of every word of a document. */
export function staticFeatures(doc: WordDoc): string[][][] {
  const stats = docStats(doc);
  return doc.map((sent, si) => sentenceFeatures(sent, stats, stats.runs[si]));
}

/** Interns (when `grow`) or looks up the static features of every word of a document. */
export function staticIds(model: Perceptron, doc: WordDoc, grow: boolean, keep?: (f: string) => boolean): StaticIds {
  return staticFeatures(doc).map((sent) => sent.map((f) => model.featureIds(keep ? f.filter(keep) : f, grow)));
}

/** With `gold`, decoding also trains: each wrong guess updates the model, and the clock ticks. */
export interface Teacher { gold: readonly (readonly string[])[] }

/**
 * Tags one document greedily; returns IOB2 tags per sentence. With a teacher, updates the model
 * on every token (the history features use the model's own predictions, as at tagging time).
 */
export function decode(model: Perceptron, doc: WordDoc, ids: StaticIds, teacher?: Teacher): string[][] {
  return pass(model, doc, ids, new Map(), teacher);
}

/**
 * The types the first pass gave each capitalised word over the whole document, joined ("PER",
 * "LOC+ORG"): the second pass sees how a word was read before and after it.
 */
function documentMemory(doc: WordDoc, tags: string[][]): Map<string, string> {
  const seen = new Map<string, Set<string>>();
  doc.forEach((sent, si) => sent.forEach((raw, i) => {
    const word = baseWord(raw);
    if (tags[si][i] === 'O' || !/^\p{Lu}/u.test(word)) return;
    const low = word.toLowerCase();
    const set = seen.get(low) ?? new Set<string>();
    set.add(tags[si][i].slice(2));
    seen.set(low, set);
  }));
  return new Map([...seen].map(([w, types]) => [w, [...types].sort().join('+')]));
}

function pass(model: Perceptron, doc: WordDoc, ids: StaticIds, prior: Map<string, string>, teacher?: Teacher): string[][] {
  const memory = new Map<string, string>();
  const n = NER_LABELS.length;
  const scores = new Float64Array(n);
  return doc.map((sent, si) => {
    const tags: string[] = [];
    let prev = 0;
    let prev2 = 0;
    sent.forEach((raw, i) => {
      const word = baseWord(raw);
      const low = word.toLowerCase();
      const capital = /^\p{Lu}/u.test(word);
      const dyn = model.featureIds(historyFeatures(NER_LABELS[prev], NER_LABELS[prev2], low, capital ? memory.get(low) : undefined, capital ? prior.get(low) : undefined), teacher !== undefined);
      scores.fill(0);
      model.scores(ids[si][i], scores);
      model.scores(dyn, scores);
      const allowed = i === 0 ? START : ALLOWED[prev];
      let best = -1;
      for (let k = 0; k < n; k++) if (allowed[k] && (best < 0 || scores[k] > scores[best])) best = k;
      if (teacher) {
        const gold = NER_LABELS.indexOf(teacher.gold[si][i]);
        model.update(ids[si][i], gold, best);
        model.update(dyn, gold, best);
        model.tick();
      }
      if (capital && best > 0) memory.set(low, NER_LABELS[best].slice(2));
      tags.push(NER_LABELS[best]);
      prev2 = prev;
      prev = best;
    });
    return tags;
  });
}

/** An entity found by the tagger: sentence, first word, one past the last word, and its type. */
export interface NerSpan { sentence: number; start: number; end: number; type: string }

/** Reads entity spans off IOB2 tags (a stray I- opens an entity, as conlleval does). */
export function spansOf(tags: readonly (readonly string[])[]): NerSpan[] {
  const out: NerSpan[] = [];
  tags.forEach((sent, si) => {
    let open: NerSpan | null = null;
    sent.forEach((t, i) => {
      const type = t.slice(2);
      if (open && (t === 'O' || t.startsWith('B-') || open.type !== type)) { out.push(open); open = null; }
      if (t !== 'O' && !open) open = { sentence: si, start: i, end: i, type };
      if (open) open.end = i + 1;
    });
    if (open) out.push(open);
  });
  return out;
}

const WORD_CACHE_LIMIT = 200_000;
const wordCaches = new WeakMap<Perceptron, Map<string, number[]>>();

/**
 * Static feature ids for tagging: a word's own features are looked up once per model and word
 * (a bounded cache), the context features per occurrence. Same ids as `staticIds`, faster.
 */
function taggingIds(model: Perceptron, doc: WordDoc): StaticIds {
  let cache = wordCaches.get(model);
  if (!cache) { cache = new Map(); wordCaches.set(model, cache); }
  const stats = docStats(doc);
  return doc.map((sent, si) => {
    const v = viewSentence(sent, stats.runs[si]);
    return v.words.map((w, i) => {
      let own = cache.get(w);
      if (!own) {
        own = model.featureIds(wordFeatures(w));
        if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
        cache.set(w, own);
      }
      return own.concat(model.featureIds(contextFeatures(v, i, stats)));
    });
  });
}

/** Tags a document with a trained model. */
export function tagDocument(model: Perceptron, doc: WordDoc): string[][] {
  return decode(model, doc, taggingIds(model, doc));
}
