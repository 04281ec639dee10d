// Time adverbials between a cue and its content: "said Tuesday that …", "said on Monday the
// plan …", "said last week she …". The day is when the words were said, not what was said, so
// the content starts after it.

import type { Token } from '../document.js';
import { lower } from './phrases.js';

export const DAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Month names and their abbreviations, lower case. */
export const MONTHS: ReadonlySet<string> = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const ALONE = new Set(['yesterday', 'today', 'tonight', 'earlier', 'recently', 'afterwards', 'afterward', 'later']);
const PERIODS = new Set(['week', 'month', 'year', 'night', 'weekend', 'morning', 'afternoon', 'evening']);
const PERIOD_OPENERS = new Set(['last', 'this', 'earlier', 'late', 'early', 'on']);
/** Words that open a subject, so a clause follows the adverbial ("said Monday the plan …", not "said Monday would suit"). */
const SUBJECT_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'he', 'she', 'it', 'they', 'we', 'i', 'this', 'these', 'those', 'there', 'no', 'some', 'all', 'many', 'most']);
const PARTS_OF_DAY = new Set(['night', 'morning', 'afternoon', 'evening']);

/** The end of one time adverbial starting at `i` ("Tuesday", "on March 3", "last week"), or `i` when there is none. */
function adverbialEnd(tokens: Token[], i: number, b: number): number {
  let k = i;
  const w = (j: number): string => (j < b ? lower(tokens[j]) : '');
  // "late on Monday", "early on Tuesday".
  if ((w(k) === 'late' || w(k) === 'early') && w(k + 1) === 'on' && DAYS.has(w(k + 2))) k++;
  if (w(k) === 'on' && (DAYS.has(w(k + 1)) || MONTHS.has(w(k + 1)))) k++;
  if (w(k) === 'late' || w(k) === 'early') k++;
  if (DAYS.has(w(k))) {
    k++;
    if (PARTS_OF_DAY.has(w(k))) k++;
    return k;
  }
  if (MONTHS.has(w(k)) && /^\d{1,2}$/.test(w(k + 1)) && /^[A-Z]/.test(tokens[k].text)) return k + 2;
  if (ALONE.has(w(i))) return i + 1;
  if (PERIOD_OPENERS.has(w(i)) && w(i) !== 'on' && PERIODS.has(w(i + 1))) return i + 2;
  return i;
}

/** Whether a time adverbial starts at `i` ("on Monday", "Tuesday"): a cue preposition before it is no part of the cue. */
export function timeAdverbialAt(tokens: Token[], i: number, b: number): boolean {
  return adverbialEnd(tokens, i, b) > i;
}

/**
 * The first token after the time adverbials at `i` when content follows them ("said Tuesday
 * that the bill …" → "that"); `i` itself when no adverbial is there or nothing follows it
 * but punctuation, so "said on Tuesday." keeps what it had.
 */
export function afterTimeAdverbials(tokens: Token[], i: number, b: number): number {
  let k = i;
  for (let end = adverbialEnd(tokens, k, b); end > k; end = adverbialEnd(tokens, k, b)) k = end;
  if (k === i || k >= b) return i;
  const next = tokens[k].text;
  return next === 'that' || /^["“‘«]/.test(next) || SUBJECT_OPENERS.has(next.toLowerCase()) || /^\p{Lu}\p{Ll}/u.test(next) ? k : i;
}

/** Whether only time adverbials stand at `i` before the clause ends ("reports on Thursday."): no content. */
export function onlyTimeAdverbials(tokens: Token[], i: number, b: number): boolean {
  let k = i;
  for (let end = adverbialEnd(tokens, k, b); end > k; end = adverbialEnd(tokens, k, b)) k = end;
  return k > i && (k >= b || /^[.!?;]$/.test(tokens[k].text));
}
