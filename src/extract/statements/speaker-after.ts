// Speaker phrases after the cue: the inverted speaker of "“…,” said Alan Brooks, a union
// leader," with its appositives and relative clause, and the addressee of "told reporters that".

import type { Token } from '../document.js';
import { isCapitalized, isWord, lower, phraseAfter, type Range } from './phrases.js';
import { END, clauseEndAfter, isQuoteOpen } from './clause.js';
import { isAside } from './speaker-phrases.js';
import { ARTICLES_AND_POSSESSIVES } from './words.js';

const RELATIVES = new Set(['who', 'which', 'whose', 'whom']);

/** A relative clause after an inverted speaker belongs to it, quoted words and all: "said Ramos, whose book features “rebels”." */
const RELATIVE_OPENERS = new Set(['who', 'whose']);

/** "…,” said Alan Brooks, a union leader.": the speaker after the cue, with an appositive. */
export function invertedSource(tokens: Token[], from: number, b: number): { source: [number, number]; endAt: number } | null {
  const r = phraseAfter(tokens, from, b);
  if (!r || lower(tokens[r[0]]) === 'who' || lower(tokens[r[0]]) === 'that') return null;
  let end = relativeClauseEnd(tokens, r[1], b);
  let sourceEnd = end;
  let closed = false;
  for (let groups = 0; groups < 4 && end < b && tokens[end].text === ','; groups++) {
    if (end + 1 < b && /ing$/.test(lower(tokens[end + 1]))) return { source: [r[0], sourceEnd], endAt: end };
    let j = end + 1;
    const relative = RELATIVE_OPENERS.has(lower(tokens[j] ?? tokens[b - 1]));
    while (j < b && j < end + 40 && tokens[j].text !== ',' && !END.has(tokens[j].text) && (relative || !isQuoteOpen(tokens, j, b))) j++;
    if (j === end + 1 || j >= end + 40) break;
    closed ||= relative && isAside(tokens, end + 1, j);
    if (!closed) sourceEnd = j;
    end = j;
  }
  const endAt = clauseEndAfter(tokens, end, b);
  return endAt >= 0 ? { source: [r[0], sourceEnd], endAt } : null;
}

/** "… said Jo Park who runs the firm.": the relative clause right after the name belongs to the speaker. */
function relativeClauseEnd(tokens: Token[], at: number, b: number): number {
  if (at >= b || !RELATIVES.has(lower(tokens[at]))) return at;
  let j = at + 1;
  while (j < b && j < at + 40 && tokens[j].text !== ',' && !END.has(tokens[j].text) && !isQuoteOpen(tokens, j, b)) j++;
  return j > at + 1 && j < at + 40 ? j : at;
}

/** Subject pronouns and the like: the addressee ends where the reported clause begins ("told reporters she would run", "told reporters no one was injured"). */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'nobody', 'everyone', 'everybody', 'someone', 'somebody', 'nothing', 'none']);

const NEGATIONS = new Set(['not', 'never']);

/** Determiners that open the reported clause's subject right after an addressee ("told the BBC the money would …"). */
const CLAUSE_DETERMINERS = new Set([...ARTICLES_AND_POSSESSIVES, 'our', 'this', 'these', 'those']);
/** Audiences an addressee often is, lower case ("told reporters the deal was off"). */
const AUDIENCES = new Set(['reporters', 'journalists', 'lawmakers', 'legislators', 'supporters', 'delegates', 'investors', 'analysts', 'students', 'listeners', 'viewers', 'readers', 'parliament', 'congress', 'committee', 'council', 'court', 'jury', 'panel', 'inquiry', 'inquest', 'hearing', 'meeting', 'conference', 'crowd', 'audience', 'staff', 'employees', 'workers', 'members', 'councillors', 'councilors', 'senators', 'mps', 'parents', 'residents', 'shareholders', 'bench', 'magistrates', 'tribunal', 'cabinet', 'media', 'press', 'presspersons', 'board', 'chamber', 'assembly', 'senate', 'house', 'commission', 'summit', 'rally', 'gathering', 'congregation', 'class', 'fans', 'voters', 'colleagues', 'officials', 'ministers']);

/** Whether a determiner at j starts the reported clause (the addressee before it ends in a name or an audience noun), or a name after an audience noun does. */
const clauseAfterAddressee = (tokens: Token[], j: number, from: number): boolean =>
  j > from && CLAUSE_DETERMINERS.has(lower(tokens[j])) && (/^\p{Lu}/u.test(tokens[j - 1].text) || AUDIENCES.has(lower(tokens[j - 1])))
  // "told the bench Whitlow had sought help": a name after an audience noun opens the clause.
  || j > from && AUDIENCES.has(lower(tokens[j - 1])) && /^\p{Lu}\p{Ll}/u.test(tokens[j].text);

/** Finite verbs that show the words after a cue are a clause ("the toll was likely to rise"). */
const CLAUSE_VERBS = new Set(['was', 'were', 'is', 'are', 'had', 'has', 'have', 'would', 'could', 'will', 'can', 'might', 'may', 'should']);

/** Words that cannot open an addressee: prepositions of the topic ("warned of", "told of"). */
const ADDRESSEE_BREAKERS = new Set(['of', 'about', 'against', 'over', 'on']);

/**
 * The addressee of "told reporters that …": a short phrase up to "that", "to", "about", a quote,
 * a subject pronoun, or a determiner after a name or audience noun ("told the BBC the money …").
 */
/** Whether a clause opens at token i ("told us the worst … was yet to arrive"), not a noun phrase ("asked him a question"). */
function clauseFollows(tokens: Token[], i: number, b: number): boolean {
  if (SUBJECT_PRONOUNS.has(lower(tokens[i]))) return true;
  for (let j = i + 1; j < b && j < i + 12; j++) {
    if (END.has(tokens[j].text)) return false;
    if (CLAUSE_VERBS.has(lower(tokens[j]))) return true;
  }
  return false;
}

/** A subject pronoun's contracted auxiliary: "he'd", "they're", "she's". */
const CONTRACTION = /['’](?:d|ll|s|re|ve|m)$/;

/** "more than 300", "fewer than 20": a comparison before a number, which opens a clause's subject. */
function comparisonBeforeNumber(tokens: Token[], j: number, b: number): boolean {
  return j + 2 < b && /^(?:more|fewer|less)$/.test(lower(tokens[j])) && lower(tokens[j + 1]) === 'than' && /^\d/.test(tokens[j + 2].text);
}

export function addresseeAfter(tokens: Token[], from: number, b: number): Range {
  // "warned of a surge": a preposition opens what was said, not whom it was said to.
  if (ADDRESSEE_BREAKERS.has(lower(tokens[from] ?? tokens[b - 1]))) return null;
  // "told us the worst of the winds was yet to arrive", "told me she's never seen": an object pronoun alone is whom it was told.
  if (/^(?:me|us|him|them|you)$/.test(lower(tokens[from] ?? tokens[b - 1])) && from + 1 < b && isWord(tokens[from + 1]) && clauseFollows(tokens, from + 1, b)) return [from, from + 1];
  // "told jurors the government's case rested on …": a bare plural noun before an article is whom it was told.
  if (/^\p{Ll}{3,}s$/u.test(tokens[from]?.text ?? '') && from + 2 < b && /^(?:the|a|an|his|her|its|their|this|these|those)$/i.test(tokens[from + 1].text)) return [from, from + 1];
  for (let j = from; j < b && j < from + 10; j++) {
    const w = lower(tokens[j]);
    // "told a crowd of about 2,000 supporters that …": "about" before a number is no topic.
    if (w === 'about' && /^\d/.test(tokens[j + 1]?.text ?? '')) continue;
    // "warned the jury not to …": the negation belongs to the content, not to the addressee.
    if (w === 'to' && j > from + 1 && NEGATIONS.has(lower(tokens[j - 1]))) return [from, j - 1];
    const noOne = w === 'no' && lower(tokens[j + 1] ?? tokens[j]) === 'one';
    // "told the Dáil there would be no rent freeze": an expletive "there" and a verb open the clause.
    if (j > from && w === 'there' && CLAUSE_VERBS.has(lower(tokens[j + 1] ?? tokens[j]))) return [from, j];
    // "told deputies he'd left …", "told the ABC more than 300 people had …": a contracted subject pronoun or a comparison before a number opens the clause.
    const opensClause = j > from && (SUBJECT_PRONOUNS.has(w.replace(CONTRACTION, '')) || noOne || comparisonBeforeNumber(tokens, j, b));
    if (w === 'that' || w === 'to' || w === 'about' || w === ':' || isQuoteOpen(tokens, j, b) || w === ',' && isQuoteOpen(tokens, j + 1, b) || opensClause || clauseAfterAddressee(tokens, j, from)) {
      return j > from ? [from, j] : null;
    }
    // "told reporters in the capital, Vardany, that …": a place set off by commas inside the addressee, then the clause.
    if (w === ',' && j > from + 1) {
      for (let k = j + 2; k < b && k <= j + 5; k++) {
        if (tokens[k].text === ',' && lower(tokens[k + 1] ?? tokens[k]) === 'that' && tokens.slice(j + 1, k).every((t) => isCapitalized(t))) return [from, k + 1];
      }
    }
    if (w === ',') return null;
    // "warned the death toll was likely to rise": a verb makes it a clause, not an addressee.
    if (j > from && CLAUSE_VERBS.has(w)) return null;
    if (END.has(w)) return j > from ? [from, j] : null;
  }
  return b - from <= 8 && b > from ? [from, b] : null;
}
