// The learned source choice: for each rule attribution, the noun phrases around its cue (the rule
// scanners' phraseBefore / phraseAfter at every position near it), the rule's own source and "no
// source" are candidates; a conditional-logit ranker scores each as the source an annotator would
// mark, and the rule's choice is replaced only when the best candidate beats it by the model's margin.

import type { Document } from '../../document.js';
import type { Ranker } from '../../../learn/ranker.js';
import type { Attribution } from '../attribution.js';
import { isCapitalized, lower, phraseAfter, phraseBefore, type Range } from '../phrases.js';
import { PRONOUNS } from '../words.js';
import { nestedFlags } from '../tidy.js';
import { bucket } from './confidence-features.js';
import { viewOf, type SentenceView } from './cue-features.js';
import { mayBeSpeaker } from '../speakers.js';

/** How far before and after the cue a candidate phrase may end or start, in tokens. */
const BEFORE = 14;
const AFTER = 8;

/**
 * One candidate source: its token range (null: the attribution names no source), whether it is the
 * rule's, `firm`: a rule source the ranker may not replace (`firmSource`), and `speaker`: whether
 * the phrase could name a speaker (`mayBeSpeaker`), when known.
 */
export interface SourceCandidate { range: Range; rule: boolean; firm?: boolean; speaker?: boolean }

/** A candidate with its feature names, ready for the ranker. */
export interface ScoredCandidate extends SourceCandidate { features: string[] }

/** Words a source phrase does not open with ("to a group") or end on ("Jo Park, who"). */
const BAD_OPEN = new Set(['to', 'of', 'and', 'or', 'but', 'in', 'on', 'at', 'for', 'by', 'with', 'from', ',', 'who', 'which', 'that']);
const BAD_END = new Set([',', 'to', 'of', 'and', 'or', 'who', 'which', 'that', 'whose', 'the', 'a', 'an', 'last', 'this', 'next', 'earlier', 'later']);
/** "… last week": a time adverbial is not part of a source phrase. */
const TIME_OPENERS = new Set(['last', 'this', 'next', 'earlier', 'later', 'on', 'in']);
const TIME_WORDS = new Set(['week', 'month', 'year', 'weekend', 'night', 'morning', 'afternoon', 'evening', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday']);

/**
 * Whether a candidate reads as a noun phrase on its own: a pronoun, or words that neither open with a
 * preposition or conjunction nor end on a comma, relative pronoun, article or time adverbial ("last
 * week"), with no "to" inside ("3 million to a group") and no article right after a capitalised word.
 */
function wellFormed(tokens: Document['tokens'], [s, e]: [number, number]): boolean {
  if (e - s === 1) return /[\p{L}\p{N}]/u.test(tokens[s].text) && !BAD_OPEN.has(lower(tokens[s])) || PRONOUNS.has(lower(tokens[s]));
  if (BAD_OPEN.has(lower(tokens[s])) || BAD_END.has(lower(tokens[e - 1]))) return false;
  for (let i = s + 1; i < e - 1; i++) {
    const w = lower(tokens[i]);
    if (w === 'to') return false;
    // "California the GOP candidate" (of "In California the GOP candidate said"): a name then an article is two phrases.
    if ((w === 'the' || w === 'a' || w === 'an') && isCapitalized(tokens[i - 1]) && /^\p{L}/u.test(tokens[i - 1].text)) return false;
  }
  return !(e - s > 2 && TIME_WORDS.has(lower(tokens[e - 1])) && TIME_OPENERS.has(lower(tokens[e - 2])));
}

/**
 * A rule source the ranker leaves alone: one found by a frame other than preposed, participial or
 * passive (postposed speakers are right 98% of the time on the training folds; for inverted,
 * "according to" and colon frames the ranker's changes lost more than they won out of fold), and a
 * pronoun right before its cue ("cards that said", "he said"), whose role the syntax settles.
 */
export function firmSource(doc: Document, att: Attribution): boolean {
  const r = att.source;
  if (!r) return false;
  if (att.frame !== 'preposed' && att.frame !== 'participial' && att.frame !== 'passive') return true;
  return r[1] - r[0] === 1 && r[1] === att.cue[0] && /^(?:who|which|that|he|she|they|we|i|it)$/.test(lower(doc.tokens[r[0]]));
}

/** Per token of the document: inside one of the attribution's content spans? Only the sentence's tokens are looked at. */
function contentFlags(doc: Document, att: Attribution, a: number, b: number): boolean[] {
  const out: boolean[] = [];
  for (let i = a; i < b; i++) {
    const t = doc.tokens[i];
    out.push(att.content.some(([s, e]) => t.start < e && t.end > s));
  }
  return out;
}

const RELATIVES = new Set(['who', 'whose', 'which', 'whom']);

/** Whether a relative pronoun follows the first token of [s, e) ("Jo Park, who runs the firm,"). */
const hasRelative = (tokens: Document['tokens'], s: number, e: number): boolean => {
  for (let i = s + 1; i < e; i++) if (RELATIVES.has(lower(tokens[i]))) return true;
  return false;
};

/** A word as a feature value: function and lower-case words as themselves, names by shape. */
function wordOf(doc: Document, i: number, a: number, b: number): string {
  if (i < a) return '<s>';
  if (i >= b) return '</s>';
  const t = doc.tokens[i];
  if (/^\p{N}/u.test(t.text)) return '<num>';
  return isCapitalized(t) && i !== a ? '<Cap>' : lower(t);
}

/** The candidates of `att` with their features; `v` is the attribution's sentence. */
export function sourceCandidates(v: SentenceView, att: Attribution): ScoredCandidate[] {
  const { doc, a, b } = v;
  const { tokens } = doc;
  const [c0, c1] = att.cue;
  const inContent = contentFlags(doc, att, a, b);
  const blocked = (i: number): boolean => (i >= c0 && i < c1) || (i >= a && i < b && inContent[i - a]);
  const byKey = new Map<string, SourceCandidate>();
  const add = (range: Range, rule: boolean): void => {
    const key = range ? `${range[0]}:${range[1]}` : 'none';
    const c = byKey.get(key);
    if (c) c.rule ||= rule;
    else byKey.set(key, { range, rule });
  };
  add(att.source, true);
  if (firmSource(doc, att)) byKey.get(`${att.source![0]}:${att.source![1]}`)!.firm = true;
  add(null, false);
  const free = (r: Range): r is [number, number] => {
    if (!r || !wellFormed(tokens, r)) return false;
    for (let i = r[0]; i < r[1]; i++) if (blocked(i)) return false;
    return true;
  };
  // A phrase neither ends nor starts inside a run of capitalised words ("Ada" of "Ada Lind").
  const inName = (i: number, j: number): boolean => isCapitalized(tokens[i]) && isCapitalized(tokens[j]) && /^\p{L}/u.test(tokens[i].text) && /^\p{L}/u.test(tokens[j].text);
  for (let k = Math.max(a, c0 - BEFORE); k < c0; k++) {
    if (k + 1 < c0 && inName(k, k + 1)) continue;
    const r = phraseBefore(tokens, k, a);
    if (free(r)) add(r, false);
  }
  for (let k = c1; k < Math.min(b, c1 + AFTER); k++) {
    if (k > c1 && inName(k - 1, k)) continue;
    const r = phraseAfter(tokens, k, b);
    if (free(r)) add(r, false);
  }
  return [...byKey.values()].map((c) => ({ ...c, features: candidateFeatures(v, att, c) }));
}

function candidateFeatures(v: SentenceView, att: Attribution, c: SourceCandidate): string[] {
  const { doc, a, b } = v;
  const { tokens } = doc;
  const [c0, c1] = att.cue;
  const fr = att.frame;
  const f: string[] = [];
  if (c.rule) f.push('rule', `rule|${fr}`);
  const r = c.range;
  if (!r) {
    f.push('none', `none|${fr}`, `none|lemma=${att.lemma}`, `none|rulenone=${att.source === null}`);
    return f;
  }
  const [s, e] = r;
  const side = s < c0 ? 'L' : 'R';
  const dist = side === 'L' ? c0 - e : s - c1;
  const len = e - s;
  const db = bucket(dist, [0, 1, 2, 4, 7, 12]);
  const lb = bucket(len, [1, 2, 3, 5, 8]);
  const first = wordOf(doc, s, a, b);
  const last = wordOf(doc, e - 1, a, b);
  const prev = wordOf(doc, s - 1, a, b);
  const next = wordOf(doc, e, a, b);
  f.push(`side=${side}`, `side|dist=${side}|${db}`, `side|dist|fr=${side}|${db}|${fr}`, `len=${lb}`, `side|len=${side}|${lb}`);
  f.push(`first=${first}`, `last=${last}`, `prev=${prev}`, `next=${next}`, `prev|side=${prev}|${side}`, `next|side=${next}|${side}`);
  f.push(`lemma|side=${att.lemma}|${side}`, `fr|side=${fr}|${side}`);
  if (len === 1 && PRONOUNS.has(lower(tokens[s]))) f.push(`pron=${lower(tokens[s])}`, `pron|side|dist=${side}|${db}`);
  if (s === a) f.push('sentstart', `sentstart|fr=${fr}`);
  let commas = 0;
  let caps = 0;
  for (let i = s; i < e; i++) {
    if (tokens[i].text === ',') commas++;
    if (isCapitalized(tokens[i])) caps++;
  }
  let verbs = 0;
  for (let i = s + 1; i < e; i++) {
    const w = lower(tokens[i]);
    if (!isCapitalized(tokens[i]) && /(?:ing|ed)$/.test(w) && w.length > 4) verbs++;
  }
  if (hasRelative(tokens, s, e)) f.push(`relclause`, `relclause|side=${side}`);
  f.push(`verbs=${bucket(verbs, [0, 1, 2])}`, `lastp=${/^\p{L}/u.test(tokens[e - 1].text) ? 'w' : tokens[e - 1].text}`);
  f.push(`commas=${bucket(commas, [0, 1, 2])}`, `caps=${bucket(caps, [0, 1, 2, 4])}`, `capshare=${bucket(Math.round((caps / len) * 4), [0, 1, 2, 3])}`);
  let between = 0;
  for (let i = side === 'L' ? e : c1; i < (side === 'L' ? c0 : s); i++) if (tokens[i].text === ',') between++;
  f.push(`between,=${side}|${bucket(between, [0, 1, 2])}`);
  if (v.quoted[s] || v.quoted[e - 1]) f.push('quoted');
  if (att.source) {
    const [rs, re] = att.source;
    const rel = s <= rs && e >= re ? 'holds' : s >= rs && e <= re ? 'inside' : e <= rs || s >= re ? 'apart' : 'crosses';
    if (!c.rule) {
      f.push(`vsrule=${rel}`, `vsrule|fr=${rel}|${fr}`);
      let ruleCommas = 0;
      for (let i = rs + 1; i < re; i++) if (tokens[i].text === ',') ruleCommas++;
      f.push(`vsrule|rulerel=${rel}|${hasRelative(tokens, rs, re)}`, `vsrule|rulecommas=${rel}|${bucket(ruleCommas, [0, 1, 2])}`, `vsrule|len=${rel}|${bucket(e - s - (re - rs), [-6, -3, -1, 0, 1, 3, 6])}`);
      if (rel === 'inside' && s === rs) f.push('rulehead');
    }
  } else f.push(`rulenone|side=${side}`);
  return f;
}

/** The learned source choice as loaded from the model file: the ranker and the score margin a candidate needs over the rule's source. */
export interface SourceRanker { model: Ranker; margin: number }

/**
 * The candidate the ranker picks instead of the rule's source: the best-scored named one when it beats
 * the rule's own by more than `margin`, else null (the rule's stands). Only a named source is ever
 * replaced, and only by another: PolNeAR leaves some sources unmarked ("…, noting that"), but a
 * statement needs its speaker; and a report the rules found sourceless ("the bill was written in
 * haste", "seems") stays without one, so it makes no statement. The pick must pass `maySpeak`
 * (in extraction: `mayBeSpeaker`, so "too much power on Wall Street" never becomes a speaker).
 */
export function pickSource(cands: ScoredCandidate[], ranker: SourceRanker, maySpeak: (c: ScoredCandidate) => boolean = (c) => c.speaker !== false): ScoredCandidate | null {
  const rule = cands.find((c) => c.rule);
  if (!rule || rule.range === null || rule.firm) return null;
  const bar = ranker.model.score(rule.features) + ranker.margin;
  const above: [ScoredCandidate, number][] = [];
  for (const c of cands) {
    if (c.rule || c.range === null) continue;
    const z = ranker.model.score(c.features);
    if (z > bar) above.push([c, z]);
  }
  // Best first; whether a phrase could be a speaker is only asked of those that beat the rule's.
  above.sort((x, y) => y[1] - x[1]);
  return above.find(([c]) => maySpeak(c))?.[0] ?? null;
}

/**
 * `atts` with each rule attribution's source replaced by the ranker's pick (`pickSource`). Learned
 * attributions (their source is the role tagger's) keep theirs, and so do reports nested in another
 * rule report's content ("Lee said the company plans to …"): PolNeAR does not annotate them, so the
 * ranker never learned them.
 */
export function withRankedSources(doc: Document, atts: Attribution[], ranker: SourceRanker | null): Attribution[] {
  const open = (att: Attribution): boolean => att.frame !== 'learned' && att.source !== null && !firmSource(doc, att);
  if (!ranker || !atts.some(open)) return atts;
  const { lowered, quoted } = viewOf(doc);
  // Nested in another rule report's content, as the ranker was trained (train-sources.ts): a
  // learned report around it, often dropped later under the confidence floor, does not count
  // ("She started the week with a speech in Leeds focused on housing").
  const rules = atts.flatMap((a, i) => (a.frame === 'learned' ? [] : [i]));
  const ruleNested = nestedFlags(doc.tokens, rules.map((i) => atts[i]));
  const nested = new Array<boolean>(atts.length).fill(false);
  rules.forEach((i, k) => { nested[i] = ruleNested[k]; });
  return atts.map((att, i) => {
    if (!open(att) || nested[i]) return att;
    const s = doc.sentences[att.sentence];
    const pick = pickSource(sourceCandidates({ doc, lowered, quoted, a: s.tokenStart, b: s.tokenEnd }, att), ranker, (c) => mayBeSpeaker(doc, c.range!));
    return pick ? { ...att, source: pick.range } : att;
  });
}
