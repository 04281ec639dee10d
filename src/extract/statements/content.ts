// The content of an attribution: the clause or quotation before a postposed cue ("…, he said")
// or after a preposed one ("he said that …"), as character spans. A quotation that runs on
// past the sentence, or over several paragraphs, is taken whole.

import type { Document, Token } from '../document.js';
import type { Span } from '../types.js';
import { cueVerb } from './lexicon.js';
import { isWord, lower } from './phrases.js';
import type { Quote, QuoteIndex } from './quotes.js';
import { LEADING, afterDateline, unquotedEnd } from './content-end.js';
import { afterTimeAdverbials } from './time-adverb.js';

export interface ContentContext {
  doc: Document;
  quotes: QuoteIndex;
  /** Token range of the current sentence. */
  a: number;
  b: number;
}

export interface Content {
  spans: Span[];
  direct: boolean;
}

const NONE: Content = { spans: [], direct: false };
const TRAILING = new Set(['.', ',', ';', ':', '!']);
const ADJUNCT_OPENERS = new Set(['citing', 'quoting', 'in', 'at', 'on', 'during', 'after', 'before', 'last', 'this', 'earlier', 'later', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'recently', 'repeatedly', 'often', 'obtained', 'released', 'issued', 'posted', 'sent', 'to', 'of', 'about', 'shortly', 'soon', 'from', 'however', 'nevertheless', 'though', 'too', 'privately', 'publicly', 'again']);

function closingQuote(ctx: ContentContext, i: number): Quote | null {
  const t = ctx.doc.tokens[i];
  const q = ctx.quotes.at(t.start);
  return q && q.end === t.end ? q : null;
}

function openingQuote(ctx: ContentContext, i: number): Quote | null {
  if (i >= ctx.b) return null;
  const t = ctx.doc.tokens[i];
  const q = ctx.quotes.at(t.start);
  return q && q.start === t.start ? q : null;
}

/** Pieces of a quote plus any quotes that follow it directly in the same paragraph. */
function withAdjacent(ctx: ContentContext, q: Quote, from: number | null): Span[] {
  const spans: Span[] = q.pieces.map(([s, e], i): Span => [i === 0 && from !== null ? from : s, e]);
  const { text } = ctx.doc;
  let cur = q;
  for (let guard = 0; guard < 8; guard++) {
    let p = cur.end;
    while (p < text.length && (text[p] === ' ' || text[p] === '\t')) p++;
    const next = ctx.quotes.at(p);
    if (!next || next.start !== p) break;
    spans.push(...next.pieces);
    cur = next;
  }
  return spans;
}

/** Content ending at token `last` (a comma or closing quote mark before the speaker), not before `floor`. */
export function contentBefore(ctx: ContentContext, last: number, floor: number, minTokens = 2): Content {
  const { tokens } = ctx.doc;
  let j = last;
  if (j >= floor && tokens[j].text === ',') j--;
  const q = j >= 0 && j >= floor - 1 ? closingQuote(ctx, j) : null;
  if (q) {
    const lead = q.pieces.length === 1 ? clauseBeforeQuote(ctx, q, floor) : -1;
    return { spans: lead >= 0 ? [[tokens[lead].start, q.end]] : q.pieces.map((p): Span => [p[0], p[1]]), direct: true };
  }
  if (j < floor && j < ctx.a) return NONE;
  if (tokens[last].text !== ',') return NONE;
  let start = Math.max(floor, ctx.a);
  if (start === ctx.a) start = afterDateline(tokens, start, j);
  while (start < j && LEADING.has(lower(tokens[start]))) start++;
  if (j - start + 1 < minTokens) return NONE;
  return { spans: [[tokens[start].start, tokens[j].end]], direct: false };
}

/** Words opening a conditional or concessive aside set off by commas ("if confirmed", "as expected"). */
const ASIDE_OPENERS = new Set(['if', 'when', 'as', 'though', 'although', 'unless', 'once']);

/** "Guns are “a crisis,” she said": the first token of the words the quoted phrase completes, from the sentence start, or -1. */
function clauseBeforeQuote(ctx: ContentContext, q: Quote, floor: number): number {
  const { tokens } = ctx.doc;
  let start = Math.max(floor, ctx.a);
  if (start === ctx.a) start = afterDateline(tokens, start, ctx.b);
  while (start < ctx.b && LEADING.has(lower(tokens[start]))) start++;
  if (start >= ctx.b || tokens[start].start >= q.start) return -1;
  let aside = false;
  for (let k = start; k < ctx.b && tokens[k].start < q.start; k++) {
    // "The finding, if confirmed, would make …": a cue word in a conditional aside reports nothing.
    if (tokens[k].text === ',') aside = ASIDE_OPENERS.has(lower(tokens[k + 1] ?? tokens[k])) && !aside;
    if (ctx.quotes.at(tokens[k].start) || tokens[k].text === ':' || cueVerb(lower(tokens[k])) && !aside) return -1;
  }
  return start;
}

/** Content starting at token `from` and running to the end of the sentence (or of its quotation). */
export function contentAfter(ctx: ContentContext, from: number, objectOnly: boolean): Content {
  const { tokens } = ctx.doc;
  let i = from;
  while (i < ctx.b && LEADING.has(tokens[i].text)) i++;
  i = afterTimeAdverbials(tokens, i, ctx.b);
  if (i >= ctx.b || !/[\p{L}\p{N}"“'`«]/u.test(tokens[i].text)) return NONE;
  const thatFirst = lower(tokens[i]) === 'that';
  const q = openingQuote(ctx, thatFirst ? i + 1 : i);
  if (q && !isFragment(ctx, q, thatFirst ? i + 1 : i)) return { spans: withAdjacent(ctx, q, thatFirst ? tokens[i].start : null), direct: true };
  if (ADJUNCT_OPENERS.has(lower(tokens[i]))) {
    const later = quoteAfterAdjunct(ctx, i);
    if (later) return later;
    const that = asClauseMain(ctx, from, i);
    if (that > i) i = that;
    else {
      const after = thatAfterAdjunct(ctx, i);
      if (after > i) i = after;
      else if (adjunctOnly(ctx, i)) return NONE;
    }
  }
  let end = unquotedEnd(ctx, i, from, objectOnly);
  while (end > i && TRAILING.has(tokens[end].text)) end--;
  const last: Token = tokens[end];
  const spans: Span[] = [[tokens[i].start, last.end]];
  const running = ctx.quotes.at(last.start);
  if (running && running.end > last.end) {
    const idx = running.pieces.findIndex(([s, e]) => last.start >= s && last.start < e);
    spans[0][1] = running.pieces[idx][1];
    spans.push(...running.pieces.slice(idx + 1));
  }
  return { spans, direct: false };
}

/** A quoted phrase the sentence goes on after ("said “it works” every time"): it closes without punctuation before a word. */
function isFragment(ctx: ContentContext, q: Quote, open: number): boolean {
  const { text, tokens } = ctx.doc;
  if (q.pieces.length > 1 || /[,.!?;:]\W*$/.test(text.slice(q.start, q.end))) return false;
  let k = open;
  while (k < ctx.b && tokens[k].start < q.end) k++;
  return k < ctx.b && isWord(tokens[k]);
}

/**
 * "…, the company said on Monday, sending its shares up 40%": after the cue comes only a short
 * adjunct, then a participle clause about the news, so the cue has no
 * content after it and its content is before it.
 */
function adjunctOnly(ctx: ContentContext, i: number): boolean {
  const { tokens } = ctx.doc;
  if (lower(tokens[i]) === 'to') return false;
  for (let j = i + 1; j < ctx.b && j <= i + 6; j++) {
    const w = tokens[j].text;
    if (ctx.quotes.at(tokens[j].start) || lower(tokens[j]) === 'that') return false;
    if (w === ',') return j + 1 < ctx.b && /^\p{Ll}+ing$/u.test(tokens[j + 1].text);
  }
  return false;
}

/** "said Thursday during a taping in Buffalo, that …": the complement clause after the adjuncts. */
/** Whether tokens (i, j) hold a comma or a cue word: then "that" is no clause the adjunct runs into. */
function straightRun(tokens: Token[], i: number, j: number): boolean {
  for (let k = i + 1; k < j; k++) if (tokens[k].text === ',' || cueVerb(lower(tokens[k]))) return true;
  return false;
}

function thatAfterAdjunct(ctx: ContentContext, i: number): number {
  const { tokens } = ctx.doc;
  for (let j = i + 1; j < ctx.b - 1 && j < i + 25; j++) {
    if (tokens[j].text === ',' && lower(tokens[j + 1]) === 'that') return j + 1;
    // "conceded shortly after 9pm that …", "said again that …": a short adjunct runs straight into "that".
    // Not a demonstrative: "declined to comment on that report."
    const demonstrative = /^\p{L}+$/u.test(tokens[j + 1]?.text ?? '') && (j + 2 >= ctx.b || /^[.,;!?]$/.test(tokens[j + 2].text));
    if (lower(tokens[j]) === 'that' && j <= i + 5 && !/^(?:so|such|now)$/.test(lower(tokens[j - 1])) && !straightRun(tokens, i, j) && !demonstrative) return j;
    if (tokens[j].text === ';' || ctx.quotes.at(tokens[j].start)) return -1;
  }
  return -1;
}

/**
 * "As the minister noted during a briefing, the contract expires …": a cue inside a sentence-opening
 * "as" clause reports the main clause after the clause's comma, not the adjunct after the cue.
 * Only when no comma comes between "as" and the cue ("As prices rose, Kemp said in …" is not one).
 */
function asClauseMain(ctx: ContentContext, from: number, i: number): number {
  const { tokens } = ctx.doc;
  const open = afterDateline(tokens, ctx.a, from);
  if (lower(tokens[open]) !== 'as') return -1;
  for (let k = open + 1; k < from; k++) if (tokens[k].text === ',' || ctx.quotes.at(tokens[k].start)) return -1;
  for (let j = i + 1; j < ctx.b - 1 && j < i + 15; j++) {
    if (tokens[j].text === ',') return isWord(tokens[j + 1]) || openingQuote(ctx, j + 1) ? j + 1 : -1;
    if (tokens[j].text === ';' || ctx.quotes.at(tokens[j].start)) return -1;
  }
  return -1;
}

/** "said Saturday in Los Angeles, recalling …: “…”": the first full quotation after the adjuncts. */
function quoteAfterAdjunct(ctx: ContentContext, i: number): Content | null {
  const { tokens } = ctx.doc;
  for (let j = i + 1; j < ctx.b; j++) {
    const t = tokens[j].text;
    if (t !== ',' && t !== ':') continue;
    const q = openingQuote(ctx, j + 1);
    if (q && q.end - q.start > 20) return { spans: withAdjacent(ctx, q, null), direct: true };
  }
  return null;
}

/** "He said:" or "he told reporters." ending a sentence: the quotation that follows it directly. */
export function quoteOpeningNext(ctx: ContentContext): Content {
  const { text, tokens } = ctx.doc;
  const end = tokens[ctx.b - 1].end;
  let p = end;
  while (p < text.length && /\s/.test(text[p]) && p - end < 8) p++;
  const q = ctx.quotes.at(p);
  return q && q.start === p ? { spans: withAdjacent(ctx, q, null), direct: true } : NONE;
}
