// Speaker phrases before the cue that need more than a noun phrase: appositives ("Jane Roe, a
// spokeswoman, said"), the sentence subject of a participle, and the checks that reject noun
// readings of cues. Phrases after the cue are in speaker-after.ts.

import type { Token } from '../document.js';
import { cueVerb } from './lexicon.js';
import { isCapitalized, isWord, lower, phraseBefore, type Range } from './phrases.js';
import { isPossessiveMark as isPossessive } from './word-class.js';
import { AUXILIARIES, DETERMINERS, EVIDENCE_NOUNS, PHRASE_BREAKERS, PHRASE_PREPOSITIONS, PRONOUNS, QUANTIFIERS, TITLE_WORDS } from './words.js';
import { END } from './clause.js';
import type { CueMatch } from './cue-match.js';
import { gazetteer } from '../lexicon/gazetteer.js';

/**
 * "Clinton, 35, the daughter of …, said": name and appositives up to and including the last
 * comma. A chunk opened by a determiner ("the spokesman, Jo Park,") serves when no name opens
 * a chunk further back ("Jo Park, a spokesman,").
 */
export function appositiveBefore(tokens: Token[], comma: number, floor: number): Range {
  let end = comma;
  let described: Range = null;
  for (let groups = 0; groups < 5; groups++) {
    const open = chunkBefore(tokens, end, floor);
    if (open < 0) return described;
    const chunk = open < end && BOUNDARY_WORDS.has(lower(tokens[open])) ? open + 1 : open;
    // A party and state after a legislator's name is no name of its own: "Rep. Alan Brooks, D-Ohio, who …,".
    if (groups > 0 && isPartyTag(tokens, chunk, end) && chunk - 1 >= floor && tokens[chunk - 1].text === ',') {
      end = chunk - 1;
      continue;
    }
    // "A report published last week by Halloway Insights, a media research firm, found": a chunk
    // opening with an article and a noun for evidence is the source, whatever words it holds.
    if (groups > 0 && chunk + 1 < end && /^(?:a|an|the)$/i.test(tokens[chunk].text) && EVIDENCE_NOUNS.has(lower(tokens[chunk + 1])) && atClauseStart(tokens, chunk, floor)) return [chunk, comma + 1];
    const name = phraseBefore(tokens, end - 1, floor);
    // "He said the Supreme Court registrar, Ms Esther Wanjala, had confirmed": the clause after a cue verb opens at its object.
    // So does a "that" clause after one: "The suit says that Corvelle's chatbot, Tessa, told", and a
    // possessive description: "Kingi said her accountant, Dene Matthews, had warned".
    const beforeName = name !== null && name[0] - 1 >= floor && lower(tokens[name[0] - 1]) === 'that' ? name[0] - 2 : (name?.[0] ?? 0) - 1;
    const afterCue = name !== null && name[0] > chunk && beforeName >= floor && cueVerb(lower(tokens[beforeName])) !== undefined && (/^(?:the|a|an|his|her|its|their)$/i.test(tokens[name[0]].text) || /^\p{Lu}\p{L}*['’]s$/u.test(tokens[name[0]].text));
    if (name && (name[0] === chunk || afterCue) && groups > 0 && (afterCue || atClauseStart(tokens, name[0], floor))) {
      const aside = isAside(tokens, end + 1, comma);
      const found: Range = aside ? name : comma + 1 - name[0] <= 50 ? [name[0], comma + 1] : null;
      if (isCapitalized(tokens[name[0]])) return relativeHolder(tokens, name[0], comma, floor) ?? found;
      if (DETERMINERS.has(lower(tokens[name[0]])) && !described) described = found;
    }
    if (chunk - 1 < floor || tokens[chunk - 1].text !== ',') return described;
    end = chunk - 1;
  }
  return described;
}

/**
 * "Rosemary Kowalczyk, who opened the shop with her late husband, Walt, in 1965, said": a name set
 * off inside a relative clause is an appositive of the clause's object; the speaker is the name
 * the clause follows. Returns that name through `comma`, or null.
 */
function relativeHolder(tokens: Token[], name: number, comma: number, floor: number): Range {
  const prev = name - 1;
  if (prev - 1 < floor || tokens[prev].text !== ',' || !/^\p{Ll}/u.test(tokens[prev - 1].text)) return null;
  for (let k = prev - 1; k > floor && k >= prev - 25; k--) {
    if (END.has(tokens[k].text)) return null;
    if (tokens[k].text !== ',') continue;
    if (!/^(?:who|whose)$/.test(lower(tokens[k + 1]))) return null;
    const holder = phraseBefore(tokens, k - 1, floor);
    return holder && isCapitalized(tokens[holder[0]]) && atClauseStart(tokens, holder[0], floor) ? [holder[0], comma + 1] : null;
  }
  return null;
}

/** Lower-case heads of a body or of people that a name before them modifies ("the Nordmark central bank"). */
const BODY_OR_PEOPLE_HEADS = new Set(['firm', 'giant', 'startup', 'maker', 'bank', 'ministry', 'government', 'company', 'agency', 'council', 'committee', 'party', 'union', 'secretary', 'minister', 'leader', 'leaders', 'chief', 'director', 'team', 'campaign', 'office', 'department', 'court', 'police', 'board', 'group', 'authorities', 'authority', 'regulator', 'commission', 'army', 'military', 'forces', 'embassy', 'administration', 'parliament', 'prosecutors', 'prosecutor', 'governor', 'president', 'chairman', 'chairwoman', 'coach', 'manager', 'captain']);

/** "D-Ohio", "R-Texas", "I-Vt." from token `i` up to `end`: a US legislator's party and state. */
function isPartyTag(tokens: Token[], i: number, end: number): boolean {
  // "D-Ohio", "R-Ala.", "R-Osage Bend", "D-New York".
  if (!/^[DRI]-\p{Lu}\p{Ll}*$/u.test(tokens[i]?.text ?? '') || end <= i || end > i + 3) return false;
  for (let k = i + 1; k < end; k++) if (!/^(?:\p{Lu}\p{Ll}+|\.)$/u.test(tokens[k].text)) return false;
  return true;
}

/** A chunk opening with these is an aside, not part of the speaker: "Clinton, for her part, said". */
const ASIDE_OPENERS: ReadonlySet<string> = new Set(['for', 'in', 'during', 'on', 'at', 'after', 'before', 'meanwhile', 'however', 'though', 'too', 'also', 'speaking', 'when', 'while']);

/**
 * Whether the material from `from` to `to` (exclusive) after a name is an aside the speaker
 * ends before: an adverbial chunk ("Park, for her part, said"), or a relative clause whose
 * verb is a cue of its own ("Park, who said the deal was fair, said"). Other relative clauses belong
 * to the speaker ("Park, who runs the firm, said"), as annotators mark them.
 */
export function isAside(tokens: Token[], from: number, to: number): boolean {
  const w = lower(tokens[from]);
  if (ASIDE_OPENERS.has(w)) return true;
  if (w !== 'who' && w !== 'which') return false;
  let i = from + 1;
  while (i < to && AUXILIARIES.has(lower(tokens[i]))) i++;
  return i < to && cueVerb(lower(tokens[i])) !== undefined;
}

const BOUNDARY_WORDS = new Set(['as', 'but', 'and', 'so', 'yet', 'then', 'while', 'whereas']);

function atClauseStart(tokens: Token[], i: number, floor: number): boolean {
  const before = tokens[i - 1];
  return i <= floor || !isWord(before) || BOUNDARY_WORDS.has(lower(before));
}

const QUOTE_TOKENS = new Set(['“', '”', '"', "'", '«', '»']);

/** Start of the comma-delimited chunk ending before `comma`: it runs back to a comma, a clause end or a quote mark. */
function chunkBefore(tokens: Token[], comma: number, floor: number): number {
  let i = comma - 1;
  for (; i >= floor && i > comma - 30; i--) {
    const t = tokens[i].text;
    if (t === ',' || END.has(t) || QUOTE_TOKENS.has(t) && !isPossessive(tokens, i) || t === '—' || t === '–' || t === '-') return i + 1;
  }
  return i < floor ? floor : -1;
}

/** Adverbs and conjunctions that may open a sentence right before its pronoun or name subject ("Then he cut in, saying …", "But Park left, calling …"). */
const SUBJECT_OPENERS = new Set(['then', 'now', 'later', 'again', 'still', 'instead', 'finally', 'but', 'and', 'so', 'yet', 'meanwhile', 'soon', 'today', 'also']);
const PERSONAL = new Set(['he', 'she', 'they', 'we', 'i']);

/** The subject opening a sentence ("Governor Tom Reyes spent …, saying"): a pronoun or a leading name, also after "Then" or "But". */
export function sentenceSubject(tokens: Token[], a: number, before: number): Range {
  const first = lower(tokens[a]).replace(/[’'](s|ll|d|ve|re)$/, '');
  if (PRONOUNS.has(first) && first !== 'it' && first !== 'which') return [a, a + 1];
  if (SUBJECT_OPENERS.has(first) && a + 2 < before && (PERSONAL.has(lower(tokens[a + 1])) || isCapitalized(tokens[a + 1]))) return sentenceSubject(tokens, a + 1, before);
  if (PHRASE_BREAKERS.has(first) || PHRASE_PREPOSITIONS.has(first) || NOT_SUBJECTS.has(first) || tokens[a].text.length > 3 && tokens[a].text === tokens[a].text.toUpperCase()) return null;
  if (OPENING_WORDS.has(first) || participleOpener(tokens, a, before)) return null;
  let i = a;
  while (i < before && i < a + 8 && (isCapitalized(tokens[i]) || i > a && (lower(tokens[i]) === 'of' || isPossessiveMark(tokens, i)))) i++;
  // "Auto group Halvorsen will close …": an industry word and a body noun before the name.
  if (i === a + 1 && i + 1 < before && BODY_OR_PEOPLE_HEADS.has(lower(tokens[i])) && isCapitalized(tokens[i + 1])) {
    i++;
    while (i < before && isCapitalized(tokens[i])) i++;
  }
  if (i > a && i < before) i = titleBridge(tokens, i, before);
  if (i > a && i + 1 < before && pluralHeadBeforeVerb(tokens, i)) i++;
  const nounLike = (k: number): boolean => isWord(tokens[k]) && !isCapitalized(tokens[k]) && !PHRASE_BREAKERS.has(lower(tokens[k])) && !cueVerb(lower(tokens[k])) && !/ed$/.test(lower(tokens[k]));
  if (i === a + 1 && DETERMINERS.has(first)) {
    while (i < before && i < a + 4 && nounLike(i)) i++;
    // "The central bank of Nordmark left …": the name after "of" belongs to a body's subject.
    if (i > a + 2 && i + 1 < before && lower(tokens[i - 1]) === 'of' && BODY_OR_PEOPLE_HEADS.has(lower(tokens[i - 2])) && isCapitalized(tokens[i])) while (i < before && isCapitalized(tokens[i])) i++;
  } else if (i > a + 1 && DETERMINERS.has(first)) {
    // "The Nordmark central bank left its rate …", "The White House press secretary": lower-case
    // words after a name the determiner opened, up to a noun for a body or for people.
    for (let k = i; k < before && k < i + 3 && nounLike(k); k++) {
      if (BODY_OR_PEOPLE_HEADS.has(lower(tokens[k])) || gazetteer().anonymousHeads.has(lower(tokens[k]))) { i = k + 1; break; }
    }
  }
  return i > a && i < before && !(i === a + 1 && DETERMINERS.has(first)) ? [a, i] : null;
}

/**
 * "Climate activists blocked …", "Labour councillors have …": a lower-case plural noun after a
 * capitalised run is its head when a verb in the past, an auxiliary or a cue follows it ("Clinton
 * leads the race" keeps "leads" a verb: a determiner follows).
 */
function pluralHeadBeforeVerb(tokens: Token[], i: number): boolean {
  const w = tokens[i].text;
  if (!/^\p{Ll}{3,}s$/u.test(w) || w.endsWith('ss') || cueVerb(w) || PHRASE_BREAKERS.has(w) || AUXILIARIES.has(w)) return false;
  const next = lower(tokens[i + 1]);
  return isWord(tokens[i + 1]) && !isCapitalized(tokens[i + 1]) && (/^\p{Ll}+ed$/u.test(next) || AUXILIARIES.has(next) || cueVerb(next) !== undefined);
}

/** Past a capitalised run (ending before `i`): title words up to a further name ("Democratic presidential nominee Ana Ruiz"), or a plural or name after a closing "of" ("Most of the delegates"). */
function titleBridge(tokens: Token[], i: number, before: number): number {
  let j = i;
  while (j < before && j < i + 4 && TITLE_WORDS.has(lower(tokens[j]))) j++;
  if (j > i && j < before && isCapitalized(tokens[j])) {
    while (j < before && j < i + 10 && (isCapitalized(tokens[j]) || isPossessiveMark(tokens, j))) j++;
    return j;
  }
  if (lower(tokens[i - 1]) === 'of') {
    for (let k = i; k < before && k < i + 3 && isWord(tokens[k]) && !PHRASE_BREAKERS.has(lower(tokens[k])) && !cueVerb(lower(tokens[k])); k++) {
      if (/[^su]s$/.test(lower(tokens[k])) || isCapitalized(tokens[k])) return k + 1;
    }
  }
  return i;
}

const NOT_SUBJECTS = new Set(['then', 'instead', 'for', 'in', 'on', 'at', 'as', 'but', 'and', 'q', 'a', 'joining', 'after', 'before', 'during', 'with', 'without', 'like', 'unlike', 'still', 'yet', 'so', 'even', 'here', 'there', 'now', 'today', 'last', 'next', 'this', 'that', 'these', 'those']);

/** Sentence-initial words that open an adverbial phrase, never a subject: "Back in May, …", "Hours later, …". */
const OPENING_WORDS = new Set(['back', 'perhaps', 'maybe', 'despite', 'throughout', 'through', 'inside', 'outside', 'amid', 'among', 'following', 'hours', 'days', 'weeks', 'months', 'years', 'minutes', 'moments', 'earlier', 'later', 'ironically', 'nonetheless', 'nevertheless', 'meanwhile', 'however', 'also', 'just', 'once', 'since', 'across', 'under', 'upon', 'beyond', 'besides', 'indeed', 'already', 'again', 'unlike', 'like', 'absent', 'given']);

/** "Speaking at a rally, …", "Reached by phone, …", "Shortly after …": a capitalised participle or -ly adverb opening the sentence before a non-verb. */
function participleOpener(tokens: Token[], a: number, before: number): boolean {
  const w = tokens[a].text;
  if (a + 1 >= before || w.length < 6) return false;
  const next = lower(tokens[a + 1]);
  if (/^\p{Lu}\p{Ll}+ly$/u.test(w)) return next === ',' || PHRASE_PREPOSITIONS.has(next) || DETERMINERS.has(next) || next === 'after' || next === 'before';
  if (!/^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(w)) return false;
  return isWord(tokens[a + 1]) && !isCapitalized(tokens[a + 1]) && !cueVerb(next) && !AUXILIARIES.has(next);
}

const isPossessiveMark = (tokens: Token[], i: number): boolean => (tokens[i].text === "'" || tokens[i].text === '’') && tokens[i - 1].end === tokens[i].start;

const SOURCE_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'some', 'many', 'several', 'both', 'all', 'one', 'most', 'few', 'other', 'others', 'another', 'each', 'every', 'no', 'any', 'former', 'top', 'senior', 'state', 'federal', 'local', 'two', 'three', 'four', 'five', 'six', 'ten', 'more', 'fewer', 'nearly', 'about', 'only', 'just', 'almost', 'over', 'roughly']);

const FIRST_PERSON = new Set(['i', 'we', 'you']);

const ASIDES = new Set(['know', 'want', 'see', 'feel', 'seem', 'mean']);

const PLURAL_OPENERS = new Set(['these', 'those', 'many', 'several', 'both', 'all', 'some', 'few', 'two', 'three']);

/** "industry minister Claude Vernet" after an opening adjunct: lower-case title words, then a name to the end. */
function isTitledName(tokens: Token[], r: [number, number]): boolean {
  let i = r[0];
  while (i < r[1] && !isCapitalized(tokens[i])) {
    const w = lower(tokens[i]);
    if (!/^\p{Ll}+$/u.test(w) || PHRASE_PREPOSITIONS.has(w) || /(?:ed|ing)$/.test(w)) return false;
    i++;
  }
  if (i === r[0] || i === r[1]) return false;
  for (; i < r[1]; i++) if (!isCapitalized(tokens[i])) return false;
  return true;
}

/** Rejects noun readings of cue words ("the Paris terror attacks") and first-person belief asides. */
export function plausibleSource(tokens: Token[], r: [number, number], cue: CueMatch): boolean {
  const first = tokens[r[0]];
  const w = lower(first);
  if (!isCapitalized(first) && !PRONOUNS.has(w) && !SOURCE_OPENERS.has(w) && !/^\d/.test(w) && !isTitledName(tokens, r)) {
    const head = lower(tokens[r[1] - 1]);
    if (/(?:ed|ing)$/.test(w) || !/[^s’']s$/.test(head) && !/[^s’'u]s$/.test(w)) return false;
  }
  if (r[1] - r[0] === 1 && !isCapitalized(first) && !PRONOUNS.has(w) && !/s$/.test(w) && !QUANTIFIERS.has(w)) return false;
  const last = lower(tokens[r[1] - 1]);
  if (/[’']s$/.test(last) && cue.start === cue.head) return false;
  if (cue.verb && ASIDES.has(cue.verb.lemma) && FIRST_PERSON.has(w) && r[1] - r[0] === 1) return false;
  const form = lower(tokens[cue.head]);
  if (PLURAL_OPENERS.has(w) && /[^s]s$/.test(form) && cue.start === cue.head) return false;
  return true;
}
