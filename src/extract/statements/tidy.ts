// Per-sentence tidying of attributions once all cues are framed: a preposed content stops
// where the next attribution begins, "declined to comment, saying …" becomes one, and a
// report inside another's content is dropped.

import type { Token } from '../document.js';
import type { Span } from '../types.js';
import type { Attribution } from './detect.js';
import type { ContentContext } from './content.js';
import { lower } from './phrases.js';
import { closesQuoteAfterComma } from './postposed.js';
import { cueVerb } from './lexicon.js';

/**
 * Cuts a preposed content where the next attribution of the sentence begins after a comma or
 * "and", or after the closing quote of "…,” Park said", whose content then holds the preposed one.
 */
export function clipContents(ctx: ContentContext, found: Attribution[]): void {
  const { tokens } = ctx.doc;
  for (let i = 0; i + 1 < found.length; i++) {
    const cur = found[i];
    if (cur.frame !== 'preposed' && cur.frame !== 'participial' && cur.frame !== 'colon' && cur.frame !== 'unsourced') continue;
    const next = found[i + 1];
    const nextStart = next.frame === 'participial' || !next.source ? next.cue[0] : Math.min(next.cue[0], next.source[0]);
    if (cur.source && next.frame === 'postposed' && next.direct && nextStart - 1 > cur.cue[1] && closesQuoteAfterComma(ctx, nextStart - 1)) {
      const cut = tokens[nextStart - 1].end;
      cur.content = cur.content.map(([s, e]): Span => [s, Math.min(e, cut)]).filter(([s, e]) => e > s);
      next.content = [[tokens[Math.min(cur.source[0], cur.cue[0])].start, cut]];
      continue;
    }
    if (ownPlanInContent(tokens, cur, next)) continue;
    let j = nextStart - 1;
    while (j > cur.cue[1] && (tokens[j].text === ',' || lower(tokens[j]) === 'and' || lower(tokens[j]) === 'but')) j--;
    if (j === nextStart - 1) continue;
    const cut = tokens[j].end;
    cur.content = cur.content.map(([s, e]): Span => [s, Math.min(e, cut)]).filter(([s, e]) => e > s);
  }
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);

/**
 * "said the barn was insured and he planned to rebuild by spring": a belief or intention verb
 * (a weak cue) after "and" and a subject pronoun goes on with what was said; it is no report
 * of its own, and the content is not cut before it (the inner report is then nested, and dropped).
 */
function ownPlanInContent(tokens: Token[], cur: Attribution, next: Attribution): boolean {
  if (cur.frame !== 'preposed' || cur.direct || next.frame !== 'preposed' || !next.source) return false;
  const [s, e] = next.source;
  if (e - s !== 1 || s < 1 || !SUBJECT_PRONOUNS.has(lower(tokens[s])) || lower(tokens[s - 1]) !== 'and') return false;
  return cueVerb(lower(tokens[next.cue[0]]))?.weak === true && cueVerb(lower(tokens[cur.cue[0]]))?.weak === false;
}

/**
 * "declined to comment, saying …": one attribution, the refusal's cue joined with the saying. So
 * is "conceded shortly after midnight, saying …", where all the first cue was given as content is
 * a time or place adjunct: the saying is what was conceded.
 */
export function mergeRefusals(tokens: Token[], found: Attribution[]): void {
  for (let i = found.length - 2; i >= 0; i--) {
    const cur = found[i];
    const next = found[i + 1];
    if (next.frame !== 'participial' || next.source !== cur.source) continue;
    if (cur.kind === 'REFUSAL' && next.cue[0] - cur.cue[1] <= 4) {
      found.splice(i, 2, { ...next, cue: [cur.cue[0], next.cue[1]], kind: 'REFUSAL', lemma: cur.lemma, confidence: cur.confidence });
    } else if (adjunctOnly(tokens, cur, next) && next.cue[0] - cur.cue[1] <= 8) {
      found.splice(i, 2, { ...next, cue: [cur.cue[0], next.cue[1]], kind: cur.kind, lemma: cur.lemma, confidence: Math.min(cur.confidence, next.confidence) });
    }
  }
}

const ADJUNCT_WORDS = new Set(['shortly', 'soon', 'after', 'before', 'on', 'at', 'in', 'during', 'late', 'early', 'later', 'earlier', 'last', 'this', 'yesterday', 'today', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Whether `cur`'s whole content is an adjunct opening with a time or place word, ending before `next`'s cue. */
function adjunctOnly(tokens: Token[], cur: Attribution, next: Attribution): boolean {
  if (cur.content.length !== 1 || cur.direct) return false;
  const [s, e] = cur.content[0];
  const first = tokens[cur.cue[1]];
  return first !== undefined && first.start === s && ADJUNCT_WORDS.has(first.text.toLowerCase()) && e <= tokens[next.cue[0]].start;
}

/**
 * Which attributions have their cue inside another attribution's content in the same sentence
 * ("Ruiz said the mayor wants a new road": "wants" is nested). PolNeAR annotates the outer
 * report and seldom the inner one: on the training split about a quarter of nested cues match
 * an annotation.
 */
export function nestedFlags(tokens: Token[], atts: Attribution[]): boolean[] {
  let first = 0;
  return atts.map((inner, i) => {
    while (atts[first].sentence !== inner.sentence) first++;
    const at = tokens[inner.cue[0]].start;
    for (let j = first; j < atts.length && atts[j].sentence === inner.sentence; j++) {
      if (j !== i && atts[j].content.some(([s, e]) => s <= at && at < e)) return true;
    }
    return false;
  });
}

/**
 * Whether a report is negated by its subject ("Neither Lee nor Kim would say …", "Nobody
 * said …"): no one made the statement, so it is no statement of anyone.
 */
export function negatedReport(tokens: Token[], att: Attribution): boolean {
  if (!att.source) return false;
  const first = tokens[att.source[0]].text.toLowerCase();
  const before = att.source[0] > 0 ? tokens[att.source[0] - 1].text.toLowerCase() : '';
  return before === 'nor' || first === 'neither' || first === 'nobody' || first === 'none';
}
