// The speaker after an inverted cue that follows a quotation when the clause runs on past
// the speaker (“…,” said Jo Park, a nurse who waited in line for hours, …): the quotation
// already marks the attribution, so the name and its appositive noun phrases are enough.

import type { Token } from '../document.js';
import { cueVerb } from './lexicon.js';
import { isCapitalized, isWord, lower } from './phrases.js';
import { closingParen } from './word-class.js';
import { END, isQuoteOpen } from './clause.js';
import { DETERMINERS, PHRASE_BREAKERS, PHRASE_PREPOSITIONS } from './words.js';

const MAX_TOKENS = 24;
const RELATIVES = new Set(['who', 'whose', 'whom', 'which', 'that']);
/** Words that may open an appositive after a comma: "Jo Park, 34, a nurse". */
const APPOSITIVE_OPENERS = new Set([...DETERMINERS, 'another', 'one', 'former', 'then']);

function opensPhrase(t: Token | undefined, next?: Token): boolean {
  return t !== undefined && (isCapitalized(t) || /^\d/.test(t.text) || APPOSITIVE_OPENERS.has(lower(t)) || isWord(t) && next !== undefined && isCapitalized(next) && !cueVerb(lower(t)));
}

/** A word that may stand inside the speaker phrase: no verb, clause opener or relative pronoun. */
function canJoin(tokens: Token[], i: number, first: boolean): boolean {
  const t = tokens[i];
  const w = lower(t);
  if (isCapitalized(t) || /^\d/.test(w)) return true;
  const named = w === 'as' && /ed$/.test(lower(tokens[i - 1]));
  if (RELATIVES.has(w) || PHRASE_BREAKERS.has(w) && !PHRASE_PREPOSITIONS.has(w) && !named) return false;
  const beforeName = isCapitalized(tokens[i + 1] ?? t);
  const modifier = i > 0 && APPOSITIVE_OPENERS.has(lower(tokens[i - 1])) || beforeName && (first || i > 0 && (isCapitalized(tokens[i - 1]) || !isWord(tokens[i - 1])));
  if (cueVerb(w) || /ing$/.test(w) && !modifier) return false;
  return !/ed$/.test(w) || modifier || PHRASE_PREPOSITIONS.has(lower(tokens[i + 1] ?? t)) || lower(tokens[i + 1] ?? t) === 'as';
}

/** The speaker ends where its clause may: at a comma, a clause end, a relative pronoun or a quotation. */
function endsSpeaker(tokens: Token[], i: number, b: number): boolean {
  return i >= b || tokens[i].text === ',' || END.has(tokens[i].text) || RELATIVES.has(lower(tokens[i])) || isQuoteOpen(tokens, i, b);
}

/**
 * The speaker starting at token `from` (right after the cue), up to `b`: a name or noun phrase
 * and the appositive noun phrases that follow it between commas, stopping at a relative
 * clause, a verb, a quotation or the clause end. `endAt` is the token after the speaker.
 */
export function speakerAfterQuote(tokens: Token[], from: number, b: number): { source: [number, number]; endAt: number } | null {
  if (!opensPhrase(tokens[from], tokens[from + 1])) return null;
  let end = from;
  for (let i = from; i < b && i - from < MAX_TOKENS; i++) {
    const t = tokens[i];
    if (t.text === ',') {
      if (!opensPhrase(tokens[i + 1]) || isQuoteOpen(tokens, i + 1, b)) break;
      continue;
    }
    if (t.text === '(') {
      const j = closingParen(tokens, i, b);
      if (j < 0) break;
      i = j;
      end = j + 1;
      continue;
    }
    if (!isWord(t) || !canJoin(tokens, i, i === from)) break;
    end = i + 1;
  }
  return end > from && endsSpeaker(tokens, end, b) ? { source: [from, end], endAt: end } : null;
}
