// A quoted paragraph credited with a dash, on the next line ("“…”" then "- Jo Park, a voter.") or
// after it on the same line ("“…” — Rui Cardoso, who chaired the talks"): the name after the
// dash is the source, the dash the cue and the quotation the content.

import type { Span } from '../types.js';
import type { ContentContext } from './content.js';
import { isCapitalized, phraseAfter } from './phrases.js';

const DASHES = new Set(['-', '–', '—']);
/** A credit line is short: the name and perhaps a place or a role. */
const MAX_CREDIT_TOKENS = 14;

/**
 * The credit of the sentence at token range [a, b) when it opens its paragraph with a dash and
 * a capitalised name and the previous paragraph is one whole quotation; null otherwise.
 */
export function dashCredit(ctx: ContentContext): { source: [number, number]; cue: [number, number]; content: Span[] } | null {
  const { doc: { tokens, text }, quotes, a, b } = ctx;
  if (b - a > MAX_CREDIT_TOKENS || b - a < 2 || !DASHES.has(tokens[a].text) || !isCapitalized(tokens[a + 1]) && !/^(?:the|a|an)$/.test(tokens[a + 1].text)) return null;
  const start = tokens[a].start;
  let p = start - 1;
  while (p >= 0 && /\s/.test(text[p])) p--;
  // The credit opens its own line, or follows the quotation on the same line ("“…” — Rui Cardoso").
  if (start > 0 && text[start - 1] !== '\n' && text.slice(p + 1, start).includes('\n')) return null;
  const quote = p >= 0 ? quotes.at(p) : null;
  if (!quote || quote.end !== p + 1) return null;
  const piece = quote.pieces[0];
  if (piece[0] > 0 && text[piece[0] - 1] !== '\n') return null;
  let source = phraseAfter(tokens, a + 1, b);
  if (!source || source[0] !== a + 1 || source[1] < b && tokens[source[1]].text !== ',' && tokens[source[1]].text !== '.') return null;
  // "— Indonesia's environment minister, Budi Santoso, whose …": the name set off after the description.
  const name = source[1] + 1 < b && tokens[source[1]].text === ',' && isCapitalized(tokens[source[1] + 1]) ? phraseAfter(tokens, source[1] + 1, b) : null;
  if (name && name[0] === source[1] + 1 && (name[1] >= b || tokens[name[1]].text === ',' || tokens[name[1]].text === '.')) source = [source[0], name[1]];
  return { source, cue: [a, a + 1], content: quote.pieces.map(([s, e]): Span => [s, e]) };
}
