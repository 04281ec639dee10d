// Source and boundary carry-over within a sentence: the source a participle or coordinated cue
// inherits from the previous attribution, and where a new attribution's material may begin.

import type { Token } from '../document.js';
import type { Attribution } from './attribution.js';
import { isCapitalized, lower, phraseBefore, type Range } from './phrases.js';
import { TIME_WORDS } from './words.js';
import { MONTHS } from './time-adverb.js';

const RELATIVE_PRONOUNS = new Set(['who', 'which']);

/**
 * The source a later cue of the sentence takes from the previous attribution (the one whose
 * content holds it, if any): its source, or
 * the name a relative pronoun stands for ("Ruiz, who has backed Lee, said …": Ruiz, not who).
 */
export function inheritedSource(tokens: Token[], found: Attribution[], a: number): Range {
  const source = outermost(tokens, found).source;
  if (!source || source[1] - source[0] !== 1 || !RELATIVE_PRONOUNS.has(lower(tokens[source[0]]))) return source;
  const end = source[0] - 1 >= a && tokens[source[0] - 1].text === ',' ? source[0] - 2 : source[0] - 1;
  return end >= a ? phraseBefore(tokens, end, a) ?? source : source;
}

/** The last attribution of the sentence not reported inside another's content ("Lee said he was tired, and accused …": Lee's, not he's). */
function outermost(tokens: Token[], found: Attribution[]): Attribution {
  const last = found[found.length - 1];
  const at = tokens[last.cue[0]].start;
  for (const f of found) if (f !== last && f.content.some(([s, e]) => at >= s && at < e)) return f;
  return last;
}

/**
 * Whether a participle takes the source of the sentence's previous attribution: not after a cue
 * without one (an agentless passive, "When asked …"), unless that cue lies inside an outer
 * report's content ("said the part was expected to arrive … and apologised": the spokesperson's).
 */
export function inheritsSource(tokens: Token[], found: Attribution[]): boolean {
  if (found.length === 0) return false;
  const last = outermost(tokens, found);
  return last.frame !== 'unsourced' && last.source !== null;
}

const PERIODS = new Set(['week', 'month', 'year', 'night', 'weekend', 'morning', 'afternoon', 'evening']);
const PERIOD_OPENERS = new Set(['last', 'this', 'earlier', 'late', 'early']);

/** The token before time and place words between a speaker and the cue ("Park last week said", "workers here said"). */
export function beforeTimeWords(tokens: Token[], left: number, a: number): number {
  let i = left;
  while (i > a) {
    const w = lower(tokens[i]);
    if (TIME_WORDS.has(w) || w === 'here' || w === 'there') i--;
    else if (PERIODS.has(w) && i - 1 > a && PERIOD_OPENERS.has(lower(tokens[i - 1]))) i -= 2;
    // "A memo circulated to the board in April warned", "a report published in 2019 found".
    else if ((MONTHS.has(w) && isCapitalized(tokens[i]) || /^(?:19|20)\d\d$/.test(w)) && i - 1 > a && /^(?:in|since|last)$/.test(lower(tokens[i - 1]))) i -= 2;
    else break;
  }
  return i;
}

/** Where the material of a new attribution may begin: after the last attribution whose content lies before its cue. */
export function lastEnd(found: Attribution[], a: number): number {
  for (let i = found.length - 1; i >= 0; i--) {
    const f = found[i];
    // "According to Xinhua, the envoy, Wang Deming, told …": a leading "according to" ends at its source, which no later report takes.
    if (f.frame === 'according' && f.source && f.source[0] >= f.cue[1]) return Math.max(a, f.source[1]);
    if (f.frame === 'postposed' || f.frame === 'inverted' || f.frame === 'according' || f.frame === 'passive') return Math.max(a, f.cue[1]);
  }
  return a;
}
