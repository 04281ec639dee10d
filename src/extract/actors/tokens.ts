// Token-shape predicates shared by the actor stages: capitalisation, acronyms, possessives,
// and the "is this sentence all capitals" test used for headlines.

import type { Document, Token } from '../document.js';

const CAP = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const POSSESSIVE = /^(.+?)['’]s$/u;
const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\p{N}&-]{1,6}$/u;

/** True when the token starts with an upper-case letter (ASCII by code, the rest by CAP: the rules ask this of every token many times). */
export function isCapitalised(t: string): boolean {
  const c = t.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : CAP.test(t);
}

/** True for "NATO", "U.S.", "G7": all capitals, short. */
export const isAcronym = (t: string): boolean => ACRONYM.test(t) && !HAS_LOWER.test(t);

/** True when the token has letters and none of them is lower case. */
export const isUpper = (t: string): boolean => LETTER.test(t) && !HAS_LOWER.test(t);

/** "Russia’s" → "Russia"; other tokens unchanged. */
export function stripPossessive(t: string): { base: string; possessive: boolean } {
  const m = POSSESSIVE.exec(t);
  return m && m[1].length > 1 ? { base: m[1], possessive: true } : { base: t, possessive: false };
}

const SHORT_WORDS = new Set(['ST', 'MT', 'FT', 'DR', 'MR', 'MRS', 'MS', 'JR', 'SR', 'DE', 'LA', 'LE', 'EL', 'DEL', 'VAN', 'VON', 'DA', 'DI', 'DU', 'AL']);

/** "LEICESTERSHIRE" → "Leicestershire", "NEW" → "New"; short vowelless or dotted acronyms stay. */
export function titleCase(t: string): string {
  if (t.length <= 3 && !SHORT_WORDS.has(t) && (!/[AEIOUY]/.test(t) || t.length <= 2 || t.includes('.'))) return t;
  return t.toLowerCase().replace(/(^|[-'’.])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
}

/** True when most words of the sentence are written in capitals (a headline). */
export function isAllCapsSentence(doc: Document, tokenStart: number, tokenEnd: number): boolean {
  let words = 0;
  let upper = 0;
  for (let i = tokenStart; i < tokenEnd; i++) {
    const t = doc.tokens[i].text;
    if (!LETTER.test(t)) continue;
    words++;
    if (!HAS_LOWER.test(t)) upper++;
  }
  return words >= 2 && upper / words > 0.75;
}

const MINOR = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'by', 'with', 'as', 'from', 'vs', 'v']);

/**
 * True for a title-case headline: the article's first line when it is one sentence of five or
 * more words with nearly every major word capitalised ("Trump Must Decide If He Wants to Run").
 */
export function isTitleCaseSentence(doc: Document, tokenStart: number, tokenEnd: number): boolean {
  if (tokenStart !== 0 || tokenEnd < 1 || doc.sentences[0]?.paragraph !== 0) return false;
  if (doc.paragraphs.length > 0 && doc.tokens[tokenEnd - 1].end < doc.paragraphs[0][1]) return false;
  let words = 0;
  let capital = 0;
  for (let i = tokenStart; i < tokenEnd; i++) {
    const t = doc.tokens[i].text;
    if (!LETTER.test(t) || MINOR.has(t)) continue;
    words++;
    if (CAP.test(t)) capital++;
  }
  return words >= 5 && capital / words >= 0.85;
}

/** Index of the first word token of a sentence, skipping opening quotes and punctuation. */
export function firstWordIndex(tokens: Token[], tokenStart: number, tokenEnd: number): number {
  for (let i = tokenStart; i < tokenEnd; i++) if (LETTER.test(tokens[i].text)) return i;
  return tokenEnd;
}
