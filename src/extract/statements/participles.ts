// Who does the V-ing of a participle cue: the noun phrase right before it when the participle
// modifies it ("with Gov. Jo Park calling", "polls of voters saying"), else the subject of the
// sentence, found by the callers. Bounded scans over token indices.

import type { Token } from '../document.js';
import { END, isQuoteOpen } from './clause.js';
import { subjectAfterOpener } from './leading-subject.js';
import { isCapitalized, lower, type Range } from './phrases.js';

const MAX_MODIFIED = 8;
/** Words before a noun phrase that make a following participle its modifier: "with Park saying". */
const MODIFIER_CONTEXT = new Set(['with', 'of', 'about']);
/** Prepositions inside a phrase after which the noun a participle modifies begins: "$3 million to a group backing". */
const CUT_AFTER = new Set(['to', 'with']);

/**
 * The noun phrase `np` (right before a participle) when the participle modifies it rather
 * than continuing the sentence's predicate: the phrase ends in a name, or follows "with",
 * "of" or "about". Cut after an inner "to" or "with". Null otherwise.
 */
export function modifiedPhrase(tokens: Token[], np: Range, floor: number): Range {
  if (!np) return null;
  let start = np[0];
  for (let i = np[1] - 2; i > np[0]; i--) {
    if (CUT_AFTER.has(lower(tokens[i]))) {
      start = i + 1;
      break;
    }
  }
  if (np[1] - start > MAX_MODIFIED) return null;
  const named = isCapitalized(tokens[np[1] - 1]);
  const context = start === np[0] && start > floor && MODIFIER_CONTEXT.has(lower(tokens[start - 1]));
  return named || context || start > np[0] ? [start, np[1]] : null;
}

const APPOSITIVE_OPENERS = new Set(['a', 'an', 'the', 'who', 'whose', 'which', 'his', 'her', 'their', 'its', 'another', 'one']);
const MAX_APPOSITIVE = 25;

/**
 * The subject of the clause a participle hangs on ("Jo Park, a senator, spoke for an hour,
 * saying …"), `mark` being the token before the participle: the sentence subject after any
 * opening phrase, with the appositive set
 * off by commas right after it ("Jo Park, a senator,"), as annotators mark it; the whole of
 * it when the appositive runs up to the participle's comma ("Jo Park, a senator, saying").
 */
export function clauseSubject(tokens: Token[], a: number, mark: number): Range {
  const subject = subjectAfterOpener(tokens, a, mark);
  if (!subject || subject[1] >= mark || tokens[subject[1]].text !== ',') return subject;
  let j = subject[1] + 1;
  while (j < mark && j <= subject[1] + MAX_APPOSITIVE && tokens[j].text !== ',' && !END.has(tokens[j].text) && !isQuoteOpen(tokens, j, mark)) j++;
  if (j === mark && tokens[mark].text === ',') return [subject[0], mark + 1];
  const first = tokens[subject[1] + 1];
  const appositive = APPOSITIVE_OPENERS.has(lower(first)) || isCapitalized(first) || /^\d/.test(first.text);
  if (appositive && j < mark && tokens[j].text === ',') return [subject[0], j + 1];
  return subject;
}
