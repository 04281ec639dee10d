// The learned stage after the rules: a cue tagger proposes report cues the rules missed ("the
// claim that", rare verbs), and a role tagger marks each new cue's source and content tokens.

import type { Document } from '../../document.js';
import type { Span } from '../../types.js';
import { argmax, type Perceptron } from '../../../learn/perceptron.js';
import type { Attribution } from '../attribution.js';
import { cueVerb, type CueVerb } from '../lexicon.js';
import { isTitleCase, matchCue } from '../cue-match.js';
import { isWord, phraseAfter, phraseBefore } from '../phrases.js';
import { cueContextFeatures, cueExtentFeatures, cueWordFeatures, isCueCandidate, roleIdsForCue, viewOf, type SentenceView } from './cue-features.js';

/**
 * The two taggers, the cue score margin above which a token is a cue, and the confidence a learned
 * report needs. `lexiconThreshold` is the margin a cue-lexicon word the rules left uncovered needs
 * (a word the rules saw but could not frame); null: such words are never proposed.
 */
export interface CueTaggers { cues: Perceptron; roles: Perceptron; threshold: number; minConfidence: number; lexiconThreshold?: number | null; extent?: Perceptron | null }

/** Role labels of the role tagger, in its label order. */
export const ROLE_LABELS = ['O', 'S', 'C'];
/** Cue labels of the cue tagger, in its label order. */
export const CUE_LABELS = ['O', 'CUE'];
/** Labels of the cue-extent tagger: a token next to a cue is outside it or part of it. */
export const EXTENT_LABELS = ['OUT', 'IN'];
/** How far the extent tagger may widen a proposed cue on either side, in tokens. */
export const MAX_EXTENT = 5;

/**
 * The proposed cue run [c0, c1) widened by the extent tagger, token by token outward on each
 * side while it says the next token belongs to the cue ("has sounded off against"); never over
 * a token the rules account for or a capitalised word (a name is the source's), never past the
 * sentence.
 */
export function extendCue(v: SentenceView, extent: Perceptron, covered: boolean[], c0: number, c1: number): [number, number] {
  let s = c0;
  // Never over a capitalised word, nor over a cue word whose construction the rules checked and
  // found unmet ("made an informed decision": "informed" cues only before a clause).
  const name = (i: number): boolean => (i !== v.a && /^\p{Lu}/u.test(v.doc.tokens[i].text)) || judged(v.lowered[i]);
  while (s > v.a && c0 - s < MAX_EXTENT && !covered[s - 1] && !name(s - 1) && argmax(extent.scores(extent.featureIds(cueExtentFeatures(v, s - 1, s, 'L', c0 - s + 1)))) === 1) s--;
  let e = c1;
  while (e < v.b - 1 && e - c1 < MAX_EXTENT && !covered[e] && !name(e) && argmax(extent.scores(extent.featureIds(cueExtentFeatures(v, e, e - 1, 'R', e - c1 + 1)))) === 1) e++;
  return [s, e];
}

/** Words whose own features score this far below the cue threshold are not scored in context (speed; held-out figures unchanged). */
const WORD_FLOOR = 30;
const wordMargins = new WeakMap<Perceptron, Map<string, number>>();

/** The cue margin of a word's own features, memoised per model. */
function wordMargin(cues: Perceptron, w: string): number {
  let memo = wordMargins.get(cues);
  if (!memo) wordMargins.set(cues, (memo = new Map()));
  let m = memo.get(w);
  if (m === undefined) {
    const sc = cues.scores(cues.featureIds(cueWordFeatures(w)));
    m = sc[1] - sc[0];
    if (memo.size < 200_000) memo.set(w, m);
  }
  return m;
}

/** Most tokens between a rule cue and its content counted as that report's. */
const MAX_GAP = 12;

/** Tokens the rules already account for (their sources, cues and a token either side, what lies between a cue and its content after it, contents), per token. */
export function ruleCover(doc: Document, atts: Attribution[]): boolean[] {
  const covered = doc.tokens.map(() => false);
  const mark = (s: number, e: number): void => { for (let i = Math.max(0, s); i < Math.min(e, covered.length); i++) covered[i] = true; };
  for (const att of atts) {
    mark(att.cue[0] - 1, att.cue[1] + 1);
    if (att.source) mark(att.source[0], att.source[1]);
    // The addressee and adjuncts between a cue and the content after it ("told analysts on a
    // conference call that …") belong to that report, not to a report of their own.
    const from = att.content[0]?.[0];
    if (from !== undefined && from > doc.tokens[att.cue[1] - 1].end) {
      let i = att.cue[1];
      while (i < doc.tokens.length && i < att.cue[1] + MAX_GAP && doc.tokens[i].end <= from) i++;
      if (i < doc.tokens.length && doc.tokens[i].start >= from) mark(att.cue[1], i);
    }
  }
  const spans = atts.flatMap((a) => a.content).sort((x, y) => x[0] - y[0]);
  let k = 0;
  doc.tokens.forEach((t, i) => {
    while (k < spans.length && spans[k][1] <= t.start) k++;
    for (let j = k; j < spans.length && spans[j][0] < t.end; j++) if (spans[j][1] > t.start) covered[i] = true;
  });
  return covered;
}

/** Per sentence: did the rules find a report there? */
export const sentencesWithRules = (doc: Document, atts: Attribution[]): boolean[] => {
  const out = doc.sentences.map(() => false);
  for (const a of atts) out[a.sentence] = true;
  return out;
};

/** Commas between token i and the cue [c0, c1) of a sentence, from a prefix count. */
export function commaCounter(v: SentenceView): (i: number, c0: number, c1: number) => number {
  const prefix = [0];
  for (let k = v.a; k < v.b; k++) prefix.push(prefix[prefix.length - 1] + (v.lowered[k] === ',' ? 1 : 0));
  const upTo = (k: number): number => prefix[Math.max(0, Math.min(k, v.b) - v.a)];
  return (i, c0, c1) => (i < c0 ? upTo(c0) - upTo(i) : upTo(i) - upTo(c1));
}

/**
 * Source and content of the cue [c0, c1) of a sentence as the role tagger reads them: content is
 * the run of content tokens next to the cue on its busier side; the source is the noun phrase the
 * rule scanners find around the token most likely a source. Null when the tagger sees no content.
 */
function rolesOf(v: SentenceView, roles: Perceptron, c0: number, c1: number): { source: [number, number] | null; content: Span[] } | null {
  const commas = commaCounter(v);
  const idsOf = roleIdsForCue(roles, v, c0, c1);
  const label: number[] = [];
  const sMargin: number[] = [];
  for (let i = v.a; i < v.b; i++) {
    if (i >= c0 && i < c1) { label.push(0); sMargin.push(-Infinity); continue; }
    const sc = roles.scores(idsOf(i, commas(i, c0, c1)));
    label.push(argmax(sc));
    sMargin.push(sc[1] - sc[0]);
  }
  const is = (i: number, l: number): boolean => i >= v.a && i < v.b && label[i - v.a] === l;
  const left = label.slice(0, c0 - v.a).filter((l) => l === 2).length;
  const right = label.slice(c1 - v.a).filter((l) => l === 2).length;
  if (left + right === 0) return null;
  const step = right >= left ? 1 : -1;
  let i = step > 0 ? c1 : c0 - 1;
  while (i >= v.a && i < v.b && !is(i, 2)) i += step;
  const near = i;
  let far = i;
  for (let gap = 0; i >= v.a && i < v.b && gap <= 2; i += step) {
    if (is(i, 2)) { far = i; gap = 0; } else if (is(i, 1)) break; else gap++;
  }
  let [cs, ce] = step > 0 ? [near, far] : [far, near];
  const t = v.doc.tokens;
  // A content never ends on an article or a preposition ("… had wasted the"): the word it opens
  // belongs to it.
  while (ce + 1 < v.b && DANGLING.has(v.lowered[ce]) && isWord(t[ce + 1]) && !(ce + 1 >= c0 && ce + 1 < c1)) ce++;
  return { source: sourceOf(v, sMargin, label, c0, c1, cs, ce), content: [[t[cs].start, t[ce].end]] };
}

/**
 * The source around the token with the best source score near the cue, outside the content
 * [cs, ce]: the run of tokens the role tagger labels source around it, widened to the noun phrase
 * the rule scanners find there when that phrase holds the token.
 */
function sourceOf(v: SentenceView, sMargin: number[], label: number[], c0: number, c1: number, cs: number, ce: number): [number, number] | null {
  const { doc: { tokens }, a, b } = v;
  const free = (i: number): boolean => i >= a && i < b && (i < cs || i > ce) && (i < c0 || i >= c1) && /[\p{L}\p{N}]/u.test(tokens[i].text);
  let best = -1;
  for (let i = Math.max(a, c0 - 10); i < Math.min(b, c1 + 6); i++) if (free(i) && sMargin[i - a] > 0 && (best < 0 || sMargin[i - a] > sMargin[best - a])) best = i;
  if (best < 0) return null;
  const isS = (i: number): boolean => i >= a && i < b && (i < cs || i > ce) && (i < c0 || i >= c1) && label[i - a] === 1;
  let start = best;
  while (isS(start - 1) && start - 1 < c0 === best < c0) start--;
  let end = best;
  while (isS(end + 1) && end + 1 < c0 === best < c0) end++;
  const floor = Math.max(a, ce < c0 ? ce + 1 : a);
  const phrase = best < c0 ? phraseBefore(tokens, end, floor) : phraseAfter(tokens, start, ce >= c1 && cs > best ? cs : b);
  const inside = phrase && phrase[0] <= best && phrase[1] > best && free(phrase[0]) && free(phrase[1] - 1);
  let [s0, s1] = inside ? [Math.min(phrase[0], start), Math.max(phrase[1], end + 1)] : [start, end + 1];
  // Never start or end inside a run of capitalised words: "Rep. Glenn" of "Rep. Glenn Ostrander" is part of a name.
  const name = (i: number): boolean => free(i) && /^\p{Lu}\p{Ll}/u.test(tokens[i].text);
  while (name(s1) && name(s1 - 1) && s1 < (best < c0 ? c0 : b)) s1++;
  while (name(s0 - 1) && name(s0) && s0 - 1 >= (best < c0 ? floor : c1)) s0--;
  return [s0, s1];
}

/** A cue-lexicon word with a condition on its construction, which the rules judge. */
function judged(w: string): boolean {
  const lex = cueVerb(w);
  return lex !== undefined && (lex.needsClause || lex.needsQuote || lex.postposedOnly || lex.answerOnly);
}

/** Words a content cannot end on: articles, possessives and prepositions before their noun. */
const DANGLING = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'of', 'to', 'in', 'on', 'for', 'with', 'at', 'by', 'from', 'and', 'or']);

/**
 * Whether the learned stage may propose the cue-lexicon word at `i`: only where the rules' cue
 * matcher accepts it (not "recalled three batches", not a capitalised name) and the word carries no
 * condition on its construction that the rules checked and found unmet (a clause or quotation after
 * it, a clause-final position): the rules judged those, the stage takes the words they could not frame.
 */
function lexiconOpen(v: SentenceView, i: number, lex: CueVerb): boolean {
  if (judged(v.lowered[i])) return false;
  return matchCue(v.doc.tokens, i, v.a, v.b, isTitleCase(v.doc.tokens, v.a, v.b), v.lowered[i]) !== null;
}

/**
 * The rule confidence of a learned report: its cue's margin over the threshold, in steps the
 * confidence model reads as a feature (`rule=`) and replaces by its calibrated probability.
 */
export function marginConfidence(over: number): number {
  const steps = [5, 10, 20, 40, 80];
  const k = steps.findIndex((e) => over <= e);
  return (k < 0 ? 8 : 3 + k) / 10;
}

/** Attributions the taggers add to the rules' `atts` (which are returned too), all in text order; a cue-lexicon word needs the model's `lexiconThreshold` (none: never proposed). */
export function withLearnedCues(doc: Document, atts: Attribution[], taggers: CueTaggers | null): Attribution[] {
  if (!taggers || doc.tokens.length === 0) return atts;
  const { lowered, quoted } = viewOf(doc);
  const covered = ruleCover(doc, atts);
  const ruled = sentencesWithRules(doc, atts);
  const lexiconThreshold = taggers.lexiconThreshold ?? null;
  const added: Attribution[] = [];
  doc.sentences.forEach((s, si) => {
    const v: SentenceView = { doc, lowered, quoted, a: s.tokenStart, b: s.tokenEnd };
    let open = -1;
    let best = 0;
    const close = (end: number): void => {
      if (open < 0) return;
      const [c0, c1] = taggers.extent ? extendCue(v, taggers.extent, covered, open, end) : [open, end];
      const roles = rolesOf(v, taggers.roles, c0, c1);
      // A lexicon word with its content before it is the rules' postposed frame ("…,” Lee said), which they judged.
      if (roles && !(cueVerb(lowered[open]) && roles.content[0][0] < doc.tokens[c0].start)) {
        const text = doc.text.slice(roles.content[0][0], roles.content[0][1]);
        added.push({
          sentence: si, frame: 'learned', source: roles.source, cue: [c0, c1], content: roles.content, kind: cueVerb(lowered[open])?.kind ?? 'CLAIM',
          lemma: lowered[open], direct: /["“”«»]/.test(text), addressee: null, reporter: null, confidence: marginConfidence(best),
        });
      }
      open = -1;
    };
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      let cue = false;
      const lex = cueVerb(lowered[i]);
      const threshold = lex ? lexiconThreshold : taggers.threshold;
      if (!covered[i] && threshold !== null && isCueCandidate(v, i) && (!lex || lexiconOpen(v, i, lex))) {
        const own = wordMargin(taggers.cues, lowered[i]);
        let margin = own;
        if (own > threshold - WORD_FLOOR) {
          const sc = taggers.cues.scores(taggers.cues.featureIds(cueContextFeatures(v, i, ruled[si])));
          margin += sc[1] - sc[0];
        }
        cue = margin > threshold;
        if (cue) best = open < 0 ? margin - threshold : Math.max(best, margin - threshold);
      }
      if (cue && open < 0) open = i;
      if (!cue && open >= 0) close(i);
    }
    close(s.tokenEnd);
  });
  if (added.length === 0) return atts;
  return [...atts, ...added].sort((x, y) => x.sentence - y.sentence || x.cue[0] - y.cue[0]);
}
