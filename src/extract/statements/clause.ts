// Clause boundaries around a cue: where a clause ends after a postposed cue ("…, he said on
// Monday."), whether a complement clause or a quotation opens at a token.

import type { Token } from '../document.js';
import { cueVerb } from './lexicon.js';
import { lower } from './phrases.js';

const ADJUNCT_START = new Set(['when', 'as', 'after', 'before', 'while', 'with', 'on', 'in', 'at', 'during', 'last', 'this', 'late', 'early', 'earlier', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'recently', 'afterward', 'afterwards', 'later', 'privately', 'publicly', 'then']);

export const END = new Set(['.', '!', '?', ';']);

export const CLAUSE_OPENERS = new Set(['that', 'how', 'when', 'what', 'why', 'whether', 'if', ':', ',']);

/** Words opening a clause about the news after a comma, not more of what was said ("…, with 93% backing it"). */
const ABOUT_THE_NEWS = new Set(['with', 'amid', 'despite']);

/** Index of the first token after an optional trailing adjunct when the clause ends there, else -1. */
export function clauseEndAfter(tokens: Token[], i: number, end: number): number {
  if (i >= end || END.has(tokens[i].text)) return i;
  if (asideFollows(tokens, i, end)) return i;
  if (!ADJUNCT_START.has(lower(tokens[i])) && !venueParticipleAt(tokens, i)) return -1;
  for (let j = i + 1; j < end && j < i + 14; j++) {
    const t = tokens[j].text;
    if (END.has(t) || asideFollows(tokens, j, end)) return j;
    // "said on Monday, sending its shares up", "announced on Monday, with 93% backing action": a
    // participle or absolute clause about the news ends the cue's.
    if (t === ',' && j + 1 < end && (/^\p{Ll}+ing$/u.test(tokens[j + 1].text) || ABOUT_THE_NEWS.has(tokens[j + 1].text) || inAMove(tokens, j + 1))) return j;
    if (t === ',' || t === '“' || t === '"' || t === 'that') return -1;
  }
  return i + 14 >= end ? end : -1;
}

/** Nouns for a message that a participle may describe after the cue ("said in a statement issued on Monday"). */
const MESSAGES = new Set(['statement', 'tweet', 'email', 'letter', 'post', 'video', 'message', 'release']);
/** Participles describing how a message went out. */
const VENUE_PARTICIPLES = new Set(['issued', 'posted', 'released', 'published', 'sent', 'emailed', 'shared', 'put', 'uploaded', 'read', 'circulated', 'distributed', 'carried', 'broadcast', 'relayed', 'aired']);

/**
 * "said in a statement issued roughly two hours after liftoff", "said in a statement posted to
 * Instagram on Wednesday that …": token i is a participle describing the message just named, an
 * adjunct of the cue, not what was said.
 */
export function venueParticipleAt(tokens: Token[], i: number): boolean {
  return i > 0 && i < tokens.length && VENUE_PARTICIPLES.has(lower(tokens[i])) && MESSAGES.has(lower(tokens[i - 1]));
}

/** "…, in a move that will save …", "…, in a bid to …": a comment on the news after the cue's clause. */
function inAMove(tokens: Token[], i: number): boolean {
  return lower(tokens[i]) === 'in' && lower(tokens[i + 1] ?? tokens[i]) === 'a' && /^(?:move|bid|sign|step|decision|blow)$/.test(lower(tokens[i + 2] ?? tokens[i]));
}

/** A comma before a quotation or a participle cue ("…, noting"): the clause of the cue ended. */
function asideFollows(tokens: Token[], i: number, end: number): boolean {
  return tokens[i].text === ',' && (isQuoteOpen(tokens, i + 1, end) || i + 1 < end && /ing$/.test(lower(tokens[i + 1])) && cueVerb(lower(tokens[i + 1])) !== undefined);
}

export function isClauseStart(tokens: Token[], i: number, b: number): boolean {
  return i < b && (CLAUSE_OPENERS.has(lower(tokens[i])) || isQuoteOpen(tokens, i, b));
}

export function isQuoteOpen(tokens: Token[], i: number, end: number): boolean {
  return i < end && (tokens[i].text === '“' || tokens[i].text === '"' || tokens[i].text === '`' || tokens[i].text === "'" && i + 1 < end && tokens[i + 1].text === "'");
}

/** Most tokens of an adjunct between a cue's preposition and the quotation it introduces ("said in an interview Friday, “…”"). */
const MAX_ADJUNCT = 10;

/** The comma or colon closing the adjunct that opens at `i` when a quotation follows it ("an interview on Friday, “…”"), else -1. */
export function adjunctBeforeQuote(tokens: Token[], i: number, end: number): number {
  for (let j = i; j < end && j < i + MAX_ADJUNCT; j++) {
    const t = tokens[j].text;
    if (t === ',' || t === ':') return j > i && isQuoteOpen(tokens, j + 1, end) ? j : -1;
    if (!/^[\w'’.-]+$/.test(t)) return -1;
  }
  return -1;
}

/** The "that" closing the adjunct that opens at `i` ("on NBC’s “Meet the Press” on Sunday that …"), else -1. */
export function adjunctBeforeThat(tokens: Token[], i: number, end: number): number {
  for (let j = i; j < end && j < i + MAX_ADJUNCT + 4; j++) {
    const t = tokens[j].text;
    if (t === 'that') return j > i ? j : -1;
    if (!/^[\w'’.“”"-]+$/.test(t)) return -1;
  }
  return -1;
}
