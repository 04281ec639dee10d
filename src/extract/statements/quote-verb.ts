// Verbs of saying the lexicon does not list, recognised by their place: right after a
// quotation closed with a comma, a speaker and a lone verb that end the clause (“…,” Ana Ruiz
// fumed on Tuesday.) or the verb and then the speaker (“…,” scoffed Ana Ruiz.).

import type { Token } from '../document.js';
import type { Span } from '../types.js';
import type { ContentContext } from './content.js';
import type { Attribution } from './detect.js';
import { END, clauseEndAfter } from './clause.js';
import { speakerAfterQuote } from './quoted-speaker.js';
import { cueVerb } from './lexicon.js';
import { isCapitalized, isWord, lower, phraseAfter, type Range } from './phrases.js';
import { invertedSource } from './speaker-after.js';
import { DETERMINERS, PRONOUNS } from './words.js';


/** Finite forms that are not verbs of saying even in this place. */
const NOT_CUES = new Set(['was', 'is', 'has', 'does', 'says', 'said', 'added', 'asked', 'needs', 'seems', 'as', 'thus', 'plus', 'this', 'us', 'its', 'his', 'hers', 'yes', 'less', 'unless', 'red', 'bed', 'need', 'indeed', 'speed']);

/** A present-tense verb before its speaker needs an article there: "“…,” reads an editorial in the Herald." */
const ARTICLES = new Set(['a', 'an', 'the']);

const VERB_FORM = /^[a-z]{3,}(?:ed|s)$/;

function isVerbForm(t: Token | undefined): boolean {
  return t !== undefined && VERB_FORM.test(t.text) && !NOT_CUES.has(t.text) && !/ss$/.test(t.text);
}

function speakerStart(t: Token): boolean {
  const w = lower(t);
  return isCapitalized(t) || (PRONOUNS.has(w) && w !== 'it' && w !== 'which' && w !== 'who') || DETERMINERS.has(w);
}

/** Index of the first token after the quotation closing at token `q` and its comma, or -1 when no comma closes it. */
function afterQuoteComma(ctx: ContentContext, q: number): number {
  const { tokens, text } = ctx.doc;
  const inside = /[,?!]["”'’»]+$/.test(text.slice(tokens[q].start - 3, tokens[q].end));
  if (inside) return q + 1;
  return q + 1 < ctx.b && tokens[q + 1].text === ',' ? q + 2 : -1;
}

/** The speaker and cue of a quotation closing at token `q` through a verb the lexicon lacks; the clause must end after them. */
function quoteVerb(ctx: ContentContext, q: number): { source: [number, number]; cue: [number, number] } | null {
  const { tokens } = ctx.doc;
  const { b } = ctx;
  const j = afterQuoteComma(ctx, q);
  if (j < 0 || j >= b) return null;
  const past = /ed$/.test(tokens[j].text);
  if (isVerbForm(tokens[j]) && j + 1 < b && (past ? speakerStart(tokens[j + 1]) : ARTICLES.has(lower(tokens[j + 1])))) {
    const inv = invertedSource(tokens, j + 1, b) ?? speakerAfterQuote(tokens, j + 1, b);
    if (inv && (inv.endAt >= b || END.has(tokens[inv.endAt].text) || tokens[inv.endAt].text === ',')) return { source: inv.source, cue: [j, j + 1] };
  }
  if (!speakerStart(tokens[j])) return null;
  const np: Range = phraseAfter(tokens, j, b);
  if (!np || np[0] !== j || np[1] - np[0] > 6) return null;
  const v = np[1];
  if (!isVerbForm(tokens[v]) || !isWord(tokens[v])) return null;
  const end = clauseEndAfter(tokens, v + 1, b);
  for (let i = v + 1; i < end; i++) if (cueVerb(lower(tokens[i]))) return null;
  return end >= 0 ? { source: np, cue: [v, v + 1] } : null;
}

/**
 * Adds, in text order, an attribution for each quotation of sentence `si` (or one closing
 * right before it) that no cue took and that a speaker and an unlisted verb follow:
 * "“…,” Ana Ruiz fumed on Tuesday." or "“…,” scoffed Ana Ruiz."
 */
export function addQuoteVerbs(ctx: ContentContext, si: number, found: Attribution[]): void {
  const { doc: { tokens }, quotes, a, b } = ctx;
  for (let k = Math.max(0, a - 1); k < b; k++) {
    const q = quotes.at(tokens[k].start);
    if (!q || q.end !== tokens[k].end || found.some((f) => f.content.some(([s, e]) => q.start >= s && q.start < e))) continue;
    const hit = quoteVerb(ctx, k);
    if (!hit) continue;
    const content = q.pieces.map(([s, e]): Span => [s, e]);
    const att: Attribution = { sentence: si, frame: hit.source[0] > hit.cue[0] ? 'inverted' : 'postposed', source: hit.source, cue: hit.cue, content, kind: 'CLAIM', lemma: lower(tokens[hit.cue[0]]), direct: true, addressee: null, reporter: null, confidence: 0.6 };
    const i = found.findIndex((f) => f.cue[0] > hit.cue[0]);
    found.splice(i < 0 ? found.length : i, 0, att);
  }
}
