// Where an unquoted content after a preposed cue ends: at a semicolon, at a comma that
// closes the clause or the noun object (object-end.ts), or before a second predicate of the speaker.

import { LABELS } from '../lexicon/labels.js';
import { CLOCK_TIME, MERIDIEM, TIME_ZONE } from '../lexicon/abbreviations.js';
import { MONTHS } from './time-adverb.js';
import type { Token } from '../document.js';
import type { ContentContext } from './content.js';
import { cueVerb } from './lexicon.js';
import { lower } from './phrases.js';
import { AUXILIARIES } from './words.js';
import { objectBreaksAt, objectCommaEnds, pronounObjectEnds } from './object-end.js';

/** Longest unquoted content taken; longer runs are not one statement. */
const MAX_CONTENT_TOKENS = 120;
/** Words after a comma that end a clause content ("…, but", "…, which", "…, where"). */
const CLAUSE_BREAK = new Set(['despite', 'where', 'but', 'while', 'whereas', 'although', 'though', 'however', 'which', 'who', 'when', 'according', 'along', 'just', 'compared']);
/** Auxiliaries that open a second predicate after "and"/"but" ("and has appeared"). */
const PREDICATE_STARTS = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'did', 'does', 'will', 'would', 'then', 'also']);
/** Words opening a subordinate clause before the main one ("Although she said …, …"). */
const SUBORDINATORS = new Set(['while', 'although', 'though', 'after', 'when', 'as', 'if', 'because', 'since', 'before', 'once', 'whereas', 'having', 'unless', 'until', 'even']);
/** Words after ", but" that keep the contrast inside the content ("…, but not the man", "…, but that …"). */
const CONTRAST_GOES_ON = new Set(['not', 'that', 'also', 'only', 'rather', 'instead', 'still']);
/** Punctuation, conjunctions and list bullets skipped before a content or a sentence's first word ("• “…,” Calder said"). */
export const LEADING = new Set([',', ':', ';', '—', '–', '-', 'and', 'but', '•', '·', '▪', '◦', '‣', '*']);

const DASHES = new Set(['—', '–', '-', '--']);

/**
 * The first token after a wire dateline opening a sentence ("HALDEN, Norland (AP) — ",
 * "WASHINGTON (Reuters) - ", "MILAN, March 3 (Reuters) - "): a place in capitals, an optional region or date, an optional agency in
 * brackets, then a dash (or a colon, "HYDERABAD: "). `i` itself when the sentence opens otherwise. A dateline is where the
 * story was filed, not part of what anyone said.
 */
export function afterDateline(tokens: Token[], i: number, b: number): number {
  // A live blog's time stamp: "11.52pm — …", "10:42 GMT - …".
  if (i < b && CLOCK_TIME.test(tokens[i].text)) {
    let t = i + 1;
    const zone = t < b && TIME_ZONE.test(tokens[t].text);
    if (zone || t < b && MERIDIEM.test(tokens[t].text)) t++;
    if (t + 1 < b && DASHES.has(tokens[t].text)) return t + 1;
    // "12.38 GMT Fairweather says: …": a time and its zone with no dash before the entry's first word.
    return zone && t + 1 < b && /^\p{Lu}/u.test(tokens[t].text) ? t : i;
  }
  let j = i;
  // "HARRISBURG, Pa. (AP) — …" split after "Pa.": the sentence opens with the agency's bracket and dash.
  if (tokens[i]?.text === '(') {
    const close = tokens.slice(i + 1, Math.min(b, i + 5)).findIndex((t) => t.text === ')');
    const after = i + close + 2;
    return close > 0 && after + 1 < b && DASHES.has(tokens[after].text) && /^\p{Lu}/u.test(tokens[i + 1].text) ? after + 1 : i;
  }
  while (j < b && j < i + 4 && /^\p{Lu}[\p{Lu}.'’-]+$/u.test(tokens[j].text)) j++;
  // "New Delhi, Mar 14 (PTI) India and …", "La Restinga, Spain (AFP) – More than …": a place in
  // ordinary capitals is a dateline only before a wire's name in brackets.
  if (j === i) return titledDateline(tokens, i, b);
  // "LONDON/DUBAI, June 3 (Reuters) -": places filed from, joined by a slash.
  while (j > i && j + 1 < b && tokens[j].text === '/' && /^\p{Lu}[\p{Lu}.'’-]+$/u.test(tokens[j + 1].text)) j += 2;
  if (j === i) return i;
  if (j < b && tokens[j].text === ',') {
    j++;
    const region = j;
    // A region or a filing date: "HALDEN, Norland (AP)", "MILAN, March 3 (Reuters)".
    while (j < b && j < region + 3 && /^(?:\p{Lu}[\p{L}.]*|\d{1,2})$/u.test(tokens[j].text)) j++;
    if (j === region) return i;
    // A region and then the date: "KESSEL, Tarsova, May 14 (Meridian) -".
    if (j + 2 < b && tokens[j].text === ',' && /^\p{Lu}/u.test(tokens[j + 1].text) && MONTHS.has(lower(tokens[j + 1]).replace(/\.$/, '')) && /^\d{1,2}$/.test(tokens[j + 2].text)) j += 3;
    // A press release's year and wire: "DENVER, March 4, 2025 /PRNewswire/ -- …".
    if (j + 1 < b && tokens[j].text === ',' && /^\d{4}$/.test(tokens[j + 1].text)) j += 2;
  }
  if (j + 2 < b && tokens[j].text === '/' && tokens[j + 2].text === '/') j += 3;
  if (j < b && tokens[j].text === '(') {
    const close = tokens.slice(j + 1, Math.min(b, j + 5)).findIndex((t) => t.text === ')');
    if (close < 0) return i;
    j += close + 2;
  }
  if (j + 1 >= b) return i;
  // "PARIS (AP) — …", and the colon of a South Asian desk: "HYDERABAD: The corporation will …".
  return DASHES.has(tokens[j].text) || tokens[j].text === ':' ? j + 1 : i;
}

/** Wires whose name in brackets closes a dateline written in ordinary capitals. */
const WIRES = new Set(['AP', 'AFP', 'PTI', 'IANS', 'ANI', 'UNI', 'Reuters', 'Xinhua', 'Bernama', 'dpa', 'DPA', 'EFE', 'ANSA', 'Yonhap', 'Kyodo', 'Anadolu', 'TASS', 'IRNA', 'APP', 'UNB', 'BSS', 'NNA', 'PNA', 'KUNA', 'WAM', 'SPA', 'QNA', 'MENA', 'CNA']);

/** The first token after a dateline of title-case place words, a region or date, a wire in brackets and maybe a dash; `i` otherwise. */
function titledDateline(tokens: Token[], i: number, b: number): number {
  let j = i;
  while (j < b && j < i + 3 && /^\p{Lu}\p{Ll}+$/u.test(tokens[j].text)) j++;
  if (j === i || j >= b || tokens[j].text !== ',') return i;
  j++;
  const region = j;
  while (j < b && j < region + 3 && /^(?:\p{Lu}[\p{L}.]*|\d{1,2})$/u.test(tokens[j].text)) j++;
  if (j === region || j + 3 >= b || tokens[j].text !== '(' || !WIRES.has(tokens[j + 1].text) || tokens[j + 2].text !== ')') return i;
  j += 3;
  if (DASHES.has(tokens[j].text)) j++;
  return j < b && /^\p{Lu}/u.test(tokens[j].text) ? j : i;
}

/** Index of the last token of the content that starts at token `i` (the cue ended at `from`), before trailing punctuation is trimmed. */
export function unquotedEnd(ctx: ContentContext, i: number, from: number, objectOnly: boolean): number {
  const { tokens } = ctx.doc;
  const subordinate = inLeadingSubordinate(ctx, from) || inRelativeAside(ctx, from);
  // "A Home Ministry official who asked not to be named said …": a restrictive relative's content ends at the main verb.
  const restrictive = inRestrictiveRelative(tokens, from, ctx.a);
  const aside = lower(tokens[i]) === 'that' && tokens[i + 1]?.text === ',' ? asideEnd(ctx, i + 1) : -1;
  const end = Math.min(ctx.b - 1, i + MAX_CONTENT_TOKENS);
  let dashSeen = -1;
  if (objectOnly && i + 1 < end && pronounObjectEnds(tokens, i) && !ctx.quotes.at(tokens[i + 1].start)) return i;
  for (let j = i + 1; j < end; j++) {
    const t = tokens[j].text;
    if ((objectOnly && objectBreaksAt(tokens, j) || secondPredicate(tokens, j, objectOnly)) && !ctx.quotes.at(tokens[j].start)) {
      return j - 1;
    }
    if (restrictive && MAIN_SAYS.has(lower(tokens[j])) && !/^(?:that|to|and|or|who|which|not|,)$/.test(lower(tokens[j - 1]))) return j - 1;
    if (j <= aside) continue;
    if (j > dashSeen && isDash(ctx, j) && !ctx.quotes.at(tokens[j].start)) {
      const pair = nextDash(ctx, j);
      if (pair < 0) return j - 1;
      dashSeen = pair;
    }
    if (t === ';' || t === ',' && (subordinate || commaEnds(tokens, j, objectOnly) && !subjectAside(tokens, i, j)) && !ctx.quotes.at(tokens[j].start)) {
      return j;
    }
    if (quoteClosedByComma(ctx, j) && j + 1 < ctx.b && /ing$/.test(lower(tokens[j + 1])) && cueVerb(lower(tokens[j + 1])) !== undefined) return j;
  }
  return end;
}

/** Whether content running through comma `j` ends there: after a noun object unless a modifier or quote follows, after a clause before "but", "which", a cue verb ("…, saying", "…, said"); "who" after a common noun ("voters, who …") goes on. */
function commaEnds(tokens: Token[], j: number, objectOnly: boolean): boolean {
  if (isNumberComma(tokens, j)) return false;
  const next = tokens[j + 1] ? lower(tokens[j + 1]) : '';
  if (objectOnly) return objectCommaEnds(tokens, j);
  if (next === 'but' && CONTRAST_GOES_ON.has(lower(tokens[j + 2] ?? tokens[j]))) return false;
  if (next === 'who' && /^\p{Ll}/u.test(tokens[j - 1]?.text ?? '')) return false;
  return CLAUSE_BREAK.has(next) || /ing$/.test(next) && cueVerb(next) !== undefined || cueVerbAfter(tokens, j + 1);
}

/**
 * "that Moss, who left the field with a side strain, would have a scan": a relative clause right
 * after the name that opens the content is an aside inside it, not its end.
 */
function subjectAside(tokens: Token[], i: number, j: number): boolean {
  let k = lower(tokens[i]) === 'that' ? i + 1 : i;
  // "the Supreme Court registrar, Ms Esther Wanjala, had confirmed", "that Corvelle's chatbot, Tessa,
  // told": a name set off after the opening description.
  if ((/^(?:the|a|an|his|her|its|their)$/i.test(tokens[k]?.text ?? '') || /^\p{Lu}\p{L}*['’]s$/u.test(tokens[k]?.text ?? '')) && j - k <= 5 && namedAside(tokens, j)) {
    for (let q = k + 1; q < j; q++) if (!/^[\p{L}-]+$/u.test(tokens[q].text)) return false;
    return true;
  }
  // The comma that closes such a name goes on too.
  for (let c = j - 1; c > k && c >= j - 6; c--) {
    if (tokens[c].text !== ',') continue;
    return subjectAside(tokens, i, c) && namedAside(tokens, c) && tokens.slice(c + 1, j).every((t) => /^\p{Lu}[\p{L}.'’-]*$/u.test(t.text));
  }
  const relative = lower(tokens[j + 1] ?? tokens[j]);
  if (relative !== 'who' && relative !== 'which') return false;
  const article = k < j && /^(?:the|a|an)$/i.test(tokens[k].text);
  if (article) k++;
  if (k >= j || j - k > 4) return false;
  // "that Moss, who left the field …," (a name), "the freeze, which covers regulated fares," (a short noun phrase after an article).
  if (relative === 'which' || article && /^\p{Ll}/u.test(tokens[k].text)) return article && j - k <= 3 && tokens.slice(k, j).every((t) => /^\p{L}[\p{L}-]*$/u.test(t.text));
  for (let q = k; q < j; q++) if (!/^\p{Lu}/u.test(tokens[q].text)) return false;
  return true;
}

/** Whether comma `j` opens a name of capitalised words (an honorific allowed) closed by another comma. */
function namedAside(tokens: Token[], j: number): boolean {
  let q = j + 1;
  while (q < tokens.length && q <= j + 5 && /^\p{Lu}[\p{L}.'’-]*$/u.test(tokens[q].text)) q++;
  return q > j + 1 && tokens[q]?.text === ',';
}

/** "Park, who said the deal was fair, said …": a finite cue verb after the comma, auxiliaries allowed, opens the main clause. */
function cueVerbAfter(tokens: Token[], i: number): boolean {
  let k = i;
  while (k < tokens.length && k < i + 3 && AUXILIARIES.has(lower(tokens[k]))) k++;
  const w = k < tokens.length ? lower(tokens[k]) : '';
  // "…, mostly smoke inhalation, were not believed to be life-threatening": a passive before an
  // infinitive says what is thought of the subject; the clause goes on.
  if (k > i && /^(?:is|are|was|were|be|been|being)$/.test(lower(tokens[i])) && /ed$/.test(w) && lower(tokens[k + 1] ?? tokens[k]) === 'to') return false;
  return !/ing$/.test(w) && cueVerb(w) !== undefined;
}

/** "and"/"but" opening a second predicate of the speaker ("endorsed Ruiz and has campaigned with her", "said X and accused Y"). */
function secondPredicate(tokens: Token[], j: number, objectOnly: boolean): boolean {
  const w = lower(tokens[j]);
  if (w !== 'and' && w !== 'but') return false;
  const next = tokens[j + 1]?.text ?? '';
  if (objectOnly) return /^[a-z]+ed$/.test(next) || PREDICATE_STARTS.has(next) || w === 'and' && cueVerb(next) !== undefined;
  return /^[a-z]+ed$/.test(next) && cueVerb(next) !== undefined;
}

/** Finite verbs of saying that open a main clause after a restrictive relative ("… who asked not to be named said …"). */
const MAIN_SAYS = new Set(['said', 'says', 'told', 'added', 'warned', 'insisted', 'claimed', 'confirmed', 'explained']);

/** Whether the cue ending at `from` follows a restrictive "who" (no comma before it) within three tokens. */
function inRestrictiveRelative(tokens: Token[], from: number, a: number): boolean {
  for (let k = from - 1; k > a && k >= from - 4; k--) {
    if (lower(tokens[k]) === 'who') return tokens[k - 1].text !== ',' && tokens[k - 1].text !== '—';
  }
  return false;
}

/** Whether token `from` lies in a subordinate clause opening the sentence ("While Ruiz said that …, the council …"): its content ends at the next comma. */
function inLeadingSubordinate(ctx: ContentContext, from: number): boolean {
  const { tokens } = ctx.doc;
  let k = ctx.a;
  while (k < from && LEADING.has(lower(tokens[k]))) k++;
  if (k >= from || !SUBORDINATORS.has(lower(tokens[k]))) return false;
  for (let j = k + 1; j < from; j++) if (tokens[j].text === ',' || tokens[j].text === '—') return false;
  return true;
}

/** "that, according to …, the plan …": the comma closing an aside that opens at comma `j`, or -1. */
function asideEnd(ctx: ContentContext, j: number): number {
  const { tokens } = ctx.doc;
  for (let k = j + 1; k < ctx.b && k <= j + 30; k++) if (tokens[k].text === ',' && !isNumberComma(tokens, k)) return k;
  return -1;
}

/** Whether token `from` lies in a relative clause set off by a comma or dash ("Park, who said …, later …"): its content ends at the next comma. */
function inRelativeAside(ctx: ContentContext, from: number): boolean {
  const { tokens } = ctx.doc;
  for (let k = from - 1; k > ctx.a && k >= from - 15; k--) {
    const t = tokens[k].text;
    if (t === ',' || t === '—') return false;
    if ((t === 'who' || t === 'which') && (tokens[k - 1].text === ',' || tokens[k - 1].text === '—')) return true;
  }
  return false;
}

/** Whether token `j` closes a quotation whose last character before the mark is a comma ("…,” referring to"). */
function quoteClosedByComma(ctx: ContentContext, j: number): boolean {
  const { tokens } = ctx.doc;
  const q = ctx.quotes.at(tokens[j].start);
  return q !== null && q.end === tokens[j].end && j > 0 && tokens[j - 1].text === ',';
}

/** A dash between words: "—", "–", or a spaced hyphen ("a - b", "a -- b"). */
function isDash(ctx: ContentContext, j: number): boolean {
  const { text, tokens } = ctx.doc;
  const t = tokens[j].text;
  if (t === '—' || t === '–' || t === '―') return true;
  return t === '-' && /\s/.test(text[tokens[j].start - 1] ?? '') && (/\s/.test(text[tokens[j].end] ?? '') || text[tokens[j].end] === '-');
}

/** The dash closing an aside opened by the dash at `j`, or -1. */
function nextDash(ctx: ContentContext, j: number): number {
  let k = j + 1;
  while (k < ctx.b && ctx.doc.tokens[k].text === '-') k++;
  for (; k < ctx.b; k++) if (isDash(ctx, k)) return k;
  return -1;
}

/** The comma inside "100,000". */
function isNumberComma(tokens: Token[], j: number): boolean {
  const prev = tokens[j - 1];
  const next = tokens[j + 1];
  return prev !== undefined && next !== undefined && prev.end === tokens[j].start && next.start === tokens[j].end && /\d$/.test(prev.text) && /^\d/.test(next.text);
}

/** Most tokens of a section label before its colon ("What they're saying:"). */
const MAX_LABEL_TOKENS = 6;

/**
 * The first token after a section label opening a sentence ("Why it matters: …", "Driving the
 * news: …", "What's next: …"), as a briefing heads its paragraphs; `i` when the sentence opens
 * otherwise. The label's first word is a listed label word (`lexicon/labels.ts`) and a clause
 * of at least three tokens follows the colon.
 */
export function afterSectionLabel(tokens: Token[], i: number, b: number): number {
  if (i >= b || !LABELS.has(tokens[i].text.toLowerCase())) return i;
  // "The mayor said: “…”", "A spokesperson for the star said: …": a cue word makes the words before the colon its speaker, not a label; after a question word it stays one ("What they're saying:").
  const question = QUESTION_WORDS.has(tokens[i].text.toLowerCase());
  for (let j = i + 1; j < b && j <= i + MAX_LABEL_TOKENS; j++) {
    if (tokens[j].text === ':') return j + 3 < b ? j + 1 : i;
    if (!/^[\p{L}'’]+$/u.test(tokens[j].text) || (!question && cueVerb(tokens[j].text.toLowerCase()))) return i;
  }
  return i;
}

const QUESTION_WORDS = new Set(['what', 'why', 'how', 'when', 'where', 'who']);
