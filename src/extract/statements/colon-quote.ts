// A quotation opened right after a colon ("Kelly replied, smiling: “…”", "as the pollster Ana
// Ruiz: “…”", or a sentence ending "He told the crowd:" before a quoted paragraph): it joins the
// content of a cue whose content reaches the colon, or else makes an attribution of its own.

import type { Token } from '../document.js';
import type { Span } from '../types.js';
import type { ContentContext } from './content.js';
import type { Attribution } from './detect.js';
import type { Quote } from './quotes.js';
import { END } from './clause.js';
import { isCapitalized, isWord, lower, phraseAfter, phraseBefore, type Range } from './phrases.js';
import { DETERMINERS, PHRASE_PREPOSITIONS } from './words.js';
import { sentenceSubject } from './speaker-phrases.js';

/** Longest run of words between the subject and the colon that is read as the cue. */
const MAX_CUE_TOKENS = 10;
/** Words that open an adjunct, not a subject: "Along with the photo, he posted: …". */
const OPENERS = new Set(['according', 'along', 'asked', 'after', 'before', 'with', 'without', 'despite', 'in', 'on', 'at', 'as', 'when', 'while', 'then', 'later', 'earlier', 'by']);
const CONJUNCTIONS = new Set(['and', 'but', 'so', 'yet', 'or']);
/** Most whitespace between a sentence-final colon and the quotation that follows it. */
const MAX_GAP = 8;

/** The subject of the clause before the colon: from the sentence start or after an opening phrase and its comma. */
function subjectBefore(tokens: Token[], a: number, c: number): Range {
  let named: Range = null;
  for (let from = a, n = 0; from < c && n < 3; n++) {
    if (CONJUNCTIONS.has(lower(tokens[from]))) from++;
    const s = OPENERS.has(lower(tokens[from])) ? null : nounPhraseAt(tokens, from, c) ?? sentenceSubject(tokens, from, c);
    if (s && tokens[s[1]].text !== ',') return s;
    if (s && n === 0 && isCapitalized(tokens[s[0]])) named = s;
    while (from < c && tokens[from].text !== ',') from++;
    from++;
  }
  // "Shah, in her victory speech: “…”": a name, then only a phrase of the occasion before the colon.
  return named && named[1] + 1 < c && OCCASION.has(lower(tokens[named[1] + 1])) ? named : null;
}

/** Prepositions opening the occasion between a speaker and a colon ("in her victory speech"). */
const OCCASION = new Set(['in', 'at', 'during', 'on', 'after', 'before', 'from']);

/** The noun phrase opening at `from` when words remain between it and the colon: "Republican nominee Jo Park issued a statement:". */
function nounPhraseAt(tokens: Token[], from: number, c: number): Range {
  const r = phraseAfter(tokens, from, c);
  return r && r[0] === from && r[1] < c && isWord(tokens[r[1]]) && (isCapitalized(tokens[from]) || DETERMINERS.has(lower(tokens[from]))) ? r : null;
}

/** The first colon of the sentence that a quotation opens right after, inside the sentence or after its end (not “45:1”). */
function quotingColon(ctx: ContentContext): { c: number; quote: Quote } | null {
  const { doc: { tokens, text }, quotes, a, b } = ctx;
  for (let c = a + 1; c < b; c++) {
    if (tokens[c].text !== ':') continue;
    let p = c + 1 < b ? tokens[c + 1].start : tokens[c].end;
    while (c + 1 === b && p < text.length && /\s/.test(text[p]) && p - tokens[c].end < MAX_GAP) p++;
    const quote = quotes.at(p);
    if (quote && quote.start === p) return { c, quote };
  }
  return null;
}

/** Openers that present the speaker of the quotation after a colon: "From the report: “…”", "Here's Jo Park in 1992: “…”". */
const PRESENTERS = [['from'], ['more', 'from'], ['here', "'s"], ['here', '’s'], ['here', 'is']];

/** The phrase a presenter opening the sentence at `a` names before the colon at `c`; only words may follow it up to the colon. */
function presentedSpeaker(tokens: Token[], a: number, c: number): Range {
  const lead = PRESENTERS.find((w) => w.every((x, i) => a + i < c && lower(tokens[a + i]) === x));
  if (!lead) return null;
  const r = phraseAfter(tokens, a + lead.length, c);
  if (!r || r[0] !== a + lead.length) return null;
  for (let i = r[1]; i < c; i++) if (!isWord(tokens[i])) return null;
  return r;
}

/**
 * The speaker of the quotation after the colon at token `c`: a presented phrase, a name right before the colon
 * with the colon as cue ("surprised the pollster Ana Ruiz: “…”"), or the sentence subject
 * with the words from it to the colon as cue ("Kelly replied, smiling: “…”").
 */
function speakerBefore(ctx: ContentContext, c: number): { source: [number, number]; cue: [number, number] } | null {
  const { doc: { tokens }, a } = ctx;
  const presented = presentedSpeaker(tokens, a, c);
  if (presented) return { source: presented, cue: [c, c + 1] };
  const phrase = phraseBefore(tokens, c - 1, a);
  let start = phrase ? phrase[0] : c;
  while (start < c - 1 && !isCapitalized(tokens[start])) start++;
  const attached = (i: number): boolean => PHRASE_PREPOSITIONS.has(lower(tokens[i])) && lower(tokens[i]) !== 'of';
  let inner = false;
  for (let i = Math.max(a, start - 1); i < c; i++) inner ||= attached(i);
  // "Former England captain Rachel Dunmore: “…”": a titled name may open the sentence too.
  if (phrase && start >= a && isCapitalized(tokens[start]) && isCapitalized(tokens[c - 1]) && !inner) return { source: [start, c], cue: [c, c + 1] };
  const subject = subjectBefore(tokens, a, c);
  if (!subject || subject[1] >= c || c - subject[1] > MAX_CUE_TOKENS || lower(tokens[subject[1]]) === 'and') return null;
  for (let i = subject[1]; i < c; i++) if (END.has(tokens[i].text) || !isWord(tokens[i]) && tokens[i].text !== ',') return null;
  return { source: subject, cue: [tokens[subject[1]].text === ',' ? subject[1] + 1 : subject[1], c + 1] };
}

/** Gives the quotation after a colon of sentence `si` to the cue whose content reaches the colon, or to a new attribution, in text order. */
export function addColonQuote(ctx: ContentContext, si: number, found: Attribution[]): void {
  const { tokens } = ctx.doc;
  const colon = quotingColon(ctx);
  if (!colon) return;
  const { c, quote } = colon;
  if (found.some((f) => f.content.some(([s, e]) => quote.start >= s && quote.start < e))) return;
  const pieces = quote.pieces.map(([s, e]): Span => [s, e]);
  const reaching = found.find((f) => f.cue[1] <= c && f.content.length > 0 && f.content[f.content.length - 1][1] >= tokens[c - 1].end && f.content[f.content.length - 1][1] <= tokens[c].end);
  if (reaching) {
    reaching.content.push(...pieces);
    reaching.direct = true;
    return;
  }
  const speaker = speakerBefore(ctx, c);
  if (!speaker) return;
  const att: Attribution = { sentence: si, frame: 'colon', source: speaker.source, cue: speaker.cue, content: pieces, kind: 'CLAIM', lemma: ':', direct: true, addressee: null, reporter: null, confidence: 0.6 };
  const i = found.findIndex((f) => f.cue[0] > c);
  found.splice(i < 0 ? found.length : i, 0, att);
}
