// The frames where the speaker and cue follow the content or sit inside it: “…,” Lee said;
// “…,” said Lee, a spokesman; The plan, Lee argued, will fail; a clause before "…, officials say".

import type { Span } from '../types.js';
import type { Token } from '../document.js';
import type { Attribution, Frame } from './attribution.js';
import { contentBefore, type ContentContext } from './content.js';
import type { CueMatch } from './cue-match.js';
import { isCapitalized, isWord, lower, phraseBefore, type Range } from './phrases.js';
import { CLAUSE_OPENERS } from './clause.js';
import { appositiveBefore } from './speaker-phrases.js';
import { addresseeAfter, invertedSource } from './speaker-after.js';
import { speakerAfterQuote } from './quoted-speaker.js';
import { lastEnd } from './inherited-source.js';
import { contentAfterSplit, isClosingQuote, isMannerAdverb, plainTail, questionBefore } from './postposed.js';
import { namesEvidence, opensAdjunct, parenthetical } from './frame-checks.js';

/** Builds an attribution of the cue being framed. */
export type Make = (fr: Frame, source: Range, content: Span[], direct: boolean, confidence: number, addressee?: Range) => Attribution;

/** Verbs whose object is the addressee: never inverted ("told CBS News" is not a speaker). */
const ADDRESSING = new Set(['tell', 'urge', 'assure', 'quoted']);

/** Verbs of saying that may precede their speaker: "“…,” said Alan Brooks." */
export const SAY_LIKE = new Set(['tell', 'tweeted', 'posted', 'emailed', 'urge', 'boast', 'complain', 'reiterate', 'stress', 'testify', 'emphasize', 'vow', 'pledge', 'assure', 'quoted', 'shouted', 'barked', 'bragged', 'say', 'add', 'write', 'noted', 'explain', 'continue', 'ask', 'reply', 'respond', 'answered', 'insist', 'argue', 'declare', 'remarked', 'recalled', 'claims', 'conclude', 'observe', 'joke', 'concede', 'acknowledge', 'admit', 'shout', 'retorted', 'countered', 'exclaimed', 'interjected', 'mused', 'wonder', 'tweets', 'warn', 'stated', 'announce', 'confirm', 'report', 'reports', 'suggest', 'predict', 'promises', 'cautioned', 'read', 'confess', 'interrupted']);

/** "Sarah Kemp, who leads the union, said …": a name and its relative clause open the sentence, so they are the speaker, not content. */
function namedWithRelative(tokens: Token[], a: number, left: number): boolean {
  let i = a;
  while (i < left && isCapitalized(tokens[i])) i++;
  if (i > a && i + 1 < left && tokens[i].text === ',' && /^(who|whose)$/.test(lower(tokens[i + 1]))) return true;
  // "An NHS memory clinic nurse, who asked not to be named, said …": an article's short phrase before ", who" is the subject too;
  // so is one naming a body before ", which" ("A spokeswoman for the Federal Reserve Bank of Cleveland, which supervises …, said").
  if (!/^(?:a|an|the|one)$/i.test(tokens[a].text)) return false;
  for (let k = a + 1; k < left && k <= a + 10; k++) {
    if (tokens[k].text === ',') return k > a + 1 && k + 1 < left && (/^(who|whose)$/.test(lower(tokens[k + 1])) && k <= a + 6 || lower(tokens[k + 1]) === 'which' && tokens.slice(a + 1, k).some((t) => isCapitalized(t)));
    if (!/^[\p{L}-]+$/u.test(tokens[k].text)) return false;
  }
  return false;
}

/**
 * "Its managing director, Nadia Brooks, said costs rose.": a short noun phrase and a name between
 * commas open the sentence, so the name is the speaker, not the end of a content clause.
 */
function titledNameOpens(tokens: Token[], a: number, left: number): boolean {
  if (left <= a || tokens[left].text !== ',') return false;
  let i = left - 1;
  while (i >= a && isCapitalized(tokens[i])) i--;
  const nameWords = left - 1 - i;
  if (nameWords < 1 || nameWords > 4 || i <= a || tokens[i].text !== ',') return false;
  return i - a <= 6 && tokens.slice(a, i).every((t) => /^[\p{L}'’-]+$/u.test(t.text));
}

/**
 * "Reed, the mayor, said the city needs buses." / "Ada Lind, 45, said …": a name and a short
 * description or age between commas open the sentence, so the name is the speaker, not content of
 * an inverted cue whose speaker would be the clause after it.
 */
function namedWithApposition(tokens: Token[], a: number, left: number): boolean {
  if (left <= a || tokens[left].text !== ',') return false;
  let i = a;
  while (i < left && i - a < 4 && (isCapitalized(tokens[i]) || tokens[i].text === '.' && i > a)) i++;
  if (i === a || i >= left || tokens[i].text !== ',') return false;
  const middle = tokens.slice(i + 1, left);
  if (middle.length === 0 || middle.length > 8 || middle.some((t) => !/^[\p{L}\p{N}'’.-]+$/u.test(t.text))) return false;
  return /^(?:the|a|an|its|their|his|her|\d+)$/.test(lower(middle[0]));
}

/** Longest description set off between a closing quotation and the speaker's name. */
const MAX_DESCRIPTION = 8;

/**
 * "“…,” one of the plaintiffs, Gary Tomczak, said": a lower-case description and a name, each
 * set off by a comma, between the closing quotation and the cue are the speaker. `comma` is the
 * comma after the name; returns the description and the name, or null.
 */
function describedNameAfterQuote(ctx: ContentContext, comma: number, floor: number): Range {
  const { tokens } = ctx.doc;
  const name = phraseBefore(tokens, comma - 1, floor);
  if (!name || !isCapitalized(tokens[name[0]]) || name[0] - 1 <= floor || tokens[name[0] - 1].text !== ',') return null;
  const descEnd = name[0] - 1;
  for (let j = descEnd - 1; j >= floor && descEnd - j <= MAX_DESCRIPTION + 1; j--) {
    if (isClosingQuote(ctx, j)) return j + 1 < descEnd && /^\p{Ll}/u.test(tokens[j + 1].text) ? [j + 1, comma] : null;
    if (!/^[\p{L}\p{N}'’-]+$/u.test(tokens[j].text)) return null;
  }
  return null;
}

/** Weak cues that a study or its authors may report after the finding ("…, the researchers found"). */
const EVIDENCE_POSTPOSED = new Set(['find', 'conclude', 'show', 'suggest', 'estimate']);

/** Words after a cue that open its object, so no inverted speaker follows ("warned of", "said that"). */
const INVERSION_BREAKERS = new Set(['of', 'about', 'against', 'that', 'on', 'for']);

/** The postposed, inverted or parenthetical attribution of `cue`, or null when the cue opens its content. */
export function postposedFrame(ctx: ContentContext, cue: CueMatch, left: number, endAt: number, found: Attribution[], make: Make): Attribution | null {
  const { doc: { tokens }, a, b } = ctx;
  const verb = cue.verb;
  if (!verb) return null;
  const sayLike = SAY_LIKE.has(cue.lemma);
  if (sayLike || !verb.weak && plainTail(tokens, cue.end, b)) {
    let source = phraseBefore(tokens, left, lastEnd(found, a));
    if (!source && left > a && tokens[left].text === ',') source = appositiveBefore(tokens, left, lastEnd(found, a));
    if (!source && left > a && tokens[left].text === ',') source = describedNameAfterQuote(ctx, left, lastEnd(found, a));
    const before = source ? source[0] - 1 : -1;
    const quoteEnd = before >= a && tokens[before].text === ',' ? before - 1 : before;
    const closed = quoteEnd >= a && isClosingQuote(ctx, quoteEnd) && (sayLike || quoteEnd < before || /[,?!]["”'’»]+$/.test(ctx.doc.text.slice(tokens[quoteEnd].start - 3, tokens[quoteEnd].end)));
    if (source && (closed || quoteEnd === a - 1 && questionBefore(ctx) && (plainTail(tokens, cue.end, b) || verb.object))) {
      const content = contentBefore(ctx, before, lastEnd(found, a));
      const addressee = verb.object ? addresseeAfter(tokens, cue.end, b) : null;
      if (content.spans.length) {
        const att = make('postposed', source, content.spans, true, 0.9, addressee);
        if (cue.end < b && isMannerAdverb(tokens[cue.end]) && !addressee) att.cue[1]++;
        return att;
      }
    }
  }
  // "…, warned of a surge": a preposition after the cue opens its object; no speaker follows it.
  const objectAfter = INVERSION_BREAKERS.has(lower(tokens[cue.end] ?? tokens[b - 1]));
  if (SAY_LIKE.has(cue.lemma) && !objectAfter && !ADDRESSING.has(cue.lemma) && !/ing$/.test(lower(tokens[cue.head])) && cue.head === cue.start && (left >= a && (tokens[left].text === ',' || isClosingQuote(ctx, left)) || left === a - 1 && questionBefore(ctx))) {
    const content = contentBefore(ctx, left, lastEnd(found, a));
    const inverted = !content.direct && (namedWithRelative(tokens, a, left) || titledNameOpens(tokens, a, left) || namedWithApposition(tokens, a, left)) ? null : invertedSource(tokens, cue.end, b) ?? (content.direct && cue.end === cue.head + 1 ? speakerAfterQuote(tokens, cue.end, b) : null);
    if (inverted) {
      if (content.spans.length) {
        content.spans.push(...contentAfterSplit(ctx, inverted.endAt));
        return make('inverted', inverted.source, content.spans, content.direct, 0.85);
      }
    }
  }
  if (SAY_LIKE.has(cue.lemma) && !objectAfter && cue.head === cue.start && (cue.start === a && isCapitalized(tokens[cue.head]) || cue.start > a && cue.start <= a + 2 && tokens[cue.start - 1].text === ',')) {
    const inverted = invertedSource(tokens, cue.end, b);
    const quoted = inverted ? contentAfterSplit(ctx, inverted.endAt) : [];
    if (inverted && quoted.length) return make('inverted', inverted.source, quoted, true, 0.8);
  }
  // "…, the researchers found.": a weak cue of evidence is postposed only when its source names the evidence or its finders (checked below).
  if (endAt >= 0 && (!verb.weak || verb.needsClause || EVIDENCE_POSTPOSED.has(cue.lemma))) {
    let source = phraseBefore(tokens, left, lastEnd(found, a));
    if (!source && left > a && tokens[left].text === ',') source = appositiveBefore(tokens, left, lastEnd(found, a));
    // "Councillor Mike Dyer, who voted against, said …": what precedes a relative pronoun is its antecedent, not content.
    const relative = source !== null && source[1] - source[0] === 1 && /^(?:who|which|that)$/.test(lower(tokens[source[0]]));
    if (source && source[0] > a && !relative && (!verb.weak || namesEvidence(tokens, source))) {
      const content = contentBefore(ctx, source[0] - 1, lastEnd(found, a));
      if (content.spans.length && !(content.direct === false && opensAdjunct(ctx.doc, content.spans[0][0]))) {
        content.spans.push(...contentAfterSplit(ctx, endAt));
        return make('postposed', source, content.spans, content.direct, 0.9);
      }
    }
  }
  // "By then, internal documents show, more than …": a weak cue of evidence is an aside only when its source names the evidence.
  if (tokens[cue.end]?.text === ',' && cue.end + 1 < b && (!verb.weak || verb.needsClause)) {
    const aside = parenthetical(ctx, cue, left, lastEnd(found, a));
    if (aside && (!verb.weak || aside.source !== null && namesEvidence(tokens, aside.source))) return make('postposed', aside.source, aside.content, false, 0.85);
  }
  // "A, three people told Reuters, as B": the addressee closes the aside.
  const addressee = verb.object && !verb.weak && cue.end === cue.head + 1 ? addresseeBeforeComma(tokens, cue.end, b) : null;
  if (addressee) {
    const aside = parenthetical(ctx, cue, left, lastEnd(found, a), addressee[1]);
    if (aside) return make('postposed', aside.source, aside.content, false, 0.85, addressee);
  }
  return null;
}

/** Most words of an addressee set off before a comma ("told the BBC's Today programme,"). */
const MAX_ADDRESSEE_WORDS = 4;

/** The addressee between a cue and the comma after it: a capitalised name or a determiner's phrase ("Reuters", "the BBC", "reporters"), or null. */
export function addresseeBeforeComma(tokens: Token[], from: number, b: number): Range {
  let j = from;
  while (j < b && j < from + MAX_ADDRESSEE_WORDS && isWord(tokens[j]) && !CLAUSE_OPENERS.has(lower(tokens[j]))) j++;
  if (j === from || j + 1 >= b || tokens[j].text !== ',') return null;
  return isCapitalized(tokens[from]) || /^(?:the|reporters|journalists)$/i.test(tokens[from].text) ? [from, j] : null;
}
