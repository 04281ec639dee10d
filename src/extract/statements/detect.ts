// Attribution detection: finds who (source) says or thinks what (content) with which words
// (cue), as character spans. Works sentence by sentence over tokens with the cue lexicon and
// a handful of frames; linear in the number of tokens. Actor identity comes later (speakers.ts).

import type { Document, Token } from '../document.js';
import type { Span, StatementKind } from '../types.js';
import { cueExtensions, cueVerb, type CueVerb } from './lexicon.js';
import { isCapitalized, isWord, lower, phraseAfter, phraseBefore, type Range } from './phrases.js';
import { findQuotes, QuoteIndex } from './quotes.js';
import { AUXILIARIES, DETERMINERS, PHRASE_BREAKERS, PHRASE_PREPOSITIONS, PRONOUNS } from './words.js';
import { extendWithFollowingQuotes } from './follow-on.js';
import { contentAfter, contentBefore, quoteOpeningNext, type ContentContext } from './content.js';

export type Frame = 'preposed' | 'postposed' | 'inverted' | 'according' | 'participial' | 'passive';

export interface Attribution {
  sentence: number;
  frame: Frame;
  /** Token range of the speaker phrase, or null when the text names none. */
  source: Range;
  /** Token range of the cue words (auxiliaries and particles included). */
  cue: [number, number];
  /** Extra cue tokens, e.g. "quoted by AFP as" before "saying". */
  content: Span[];
  kind: StatementKind;
  lemma: string;
  direct: boolean;
  /** Token range of the addressee ("told the Tribune") or reporter ("quoted by AFP"). */
  addressee: Range;
  reporter: Range;
  confidence: number;
}

const BE = new Set(['is', 'are', 'was', 'were', 'been', 'be']);
const ADJUNCT_START = new Set(['when', 'as', 'after', 'before', 'while', 'with', 'on', 'in', 'at', 'during', 'last', 'this', 'late', 'early', 'earlier', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'recently', 'afterward', 'afterwards', 'later', 'privately', 'publicly', 'then']);
const END = new Set(['.', '!', '?', ';']);
/** Verbs whose object is the addressee: never inverted ("told CBS News" is not a speaker). */
const ADDRESSING = new Set(['tell', 'urge', 'assure', 'quoted']);

/** Verbs of saying that may precede their speaker: "“…,” said Alan Brooks." */
const SAY_LIKE = new Set(['tell', 'tweeted', 'posted', 'emailed', 'urge', 'boast', 'complain', 'reiterate', 'stress', 'testify', 'emphasize', 'vow', 'pledge', 'assure', 'quoted', 'shouted', 'bragged', 'say', 'add', 'write', 'noted', 'explain', 'continue', 'ask', 'reply', 'respond', 'answered', 'insist', 'argue', 'declare', 'remarked', 'recalled', 'claims', 'conclude', 'observe', 'joke', 'concede', 'acknowledge', 'admit', 'shout', 'retorted', 'countered', 'exclaimed', 'interjected', 'mused', 'wonder', 'tweets', 'warn', 'stated', 'announce', 'confirm', 'report', 'reports', 'suggest', 'predict', 'promises', 'cautioned']);
const CLAUSE_OPENERS = new Set(['that', 'how', 'when', 'what', 'why', 'whether', 'if', ':', ',']);
const TIME_WORDS = new Set(['today', 'yesterday', 'tonight', 'now', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

function matchesAt(tokens: Token[], i: number, end: number, words: string[]): boolean {
  if (i + words.length > end) return false;
  return words.every((w, k) => lower(tokens[i + k]) === w);
}

/** Index of the first token after an optional trailing adjunct when the clause ends there, else -1. */
function clauseEndAfter(tokens: Token[], i: number, end: number): number {
  if (i >= end || END.has(tokens[i].text)) return i;
  if (tokens[i].text === ',' && (isQuoteOpen(tokens, i + 1, end) || i + 1 < end && /ing$/.test(lower(tokens[i + 1])) && cueVerb(lower(tokens[i + 1])))) return i;
  if (!ADJUNCT_START.has(lower(tokens[i]))) return -1;
  for (let j = i + 1; j < end && j < i + 8; j++) {
    const t = tokens[j].text;
    if (END.has(t)) return j;
    if (t === ',' || t === '“' || t === '"') return -1;
  }
  return i + 8 >= end ? end : -1;
}

function isClauseStart(tokens: Token[], i: number, b: number): boolean {
  return i < b && (CLAUSE_OPENERS.has(lower(tokens[i])) || isQuoteOpen(tokens, i, b));
}

function isQuoteOpen(tokens: Token[], i: number, end: number): boolean {
  return i < end && (tokens[i].text === '“' || tokens[i].text === '"' || tokens[i].text === '`' || tokens[i].text === "'" && i + 1 < end && tokens[i + 1].text === "'");
}

interface CueMatch {
  verb: CueVerb | null;
  lemma: string;
  start: number;
  end: number;
  head: number;
  passive: boolean;
  reporter: Range;
}

function matchCue(tokens: Token[], k: number, a: number, b: number, titleCase: boolean, w: string): CueMatch | null {
  const t = tokens[k];
  if (w === 'according' && k + 1 < b && lower(tokens[k + 1]) === 'to') {
    return { verb: null, lemma: 'according to', start: k, end: k + 2, head: k, passive: false, reporter: null };
  }
  const verb = cueVerb(w);
  if (!verb || (isCapitalized(t) && k !== a && !titleCase)) return null;
  let end = k + 1;
  if (end < b && verb.particles.includes(lower(tokens[end]))) {
    end++;
  } else if (verb.needsParticle) return null;
  for (const ext of cueExtensions()) {
    if (matchesAt(tokens, end, b, ext)) {
      end += ext.length;
      break;
    }
  }
  let start = k;
  let passive = false;
  while (start - 1 >= a && isAux(tokens[start - 1])) {
    if (BE.has(lower(tokens[start - 1]))) passive = true;
    start--;
  }
  let reporter: Range = null;
  if (w === 'saying' && k - 1 >= a && lower(tokens[k - 1]) === 'as') {
    for (let j = k - 2; j >= a && j >= k - 8; j--) {
      if (lower(tokens[j]) === 'quoted') {
        if (j + 1 < k - 1 && lower(tokens[j + 1]) === 'by') reporter = [j + 2, k - 1];
        start = j;
        while (start - 1 >= a && isAux(tokens[start - 1])) start--;
        break;
      }
    }
  }
  const isPassive = passive && end < b && lower(tokens[end]) === 'by' && /ed$/.test(w);
  return { verb, lemma: verb.lemma, start, end, head: k, passive: isPassive, reporter };
}

/** Headlines capitalize every word, cue verbs included ("Trump Praises Reporter"). */
function isTitleCase(tokens: Token[], a: number, b: number): boolean {
  let words = 0;
  let caps = 0;
  for (let i = a; i < b && i < a + 40; i++) {
    if (!isWord(tokens[i]) || tokens[i].text.length < 4) continue;
    words++;
    if (isCapitalized(tokens[i])) caps++;
  }
  return words >= 3 && caps / words >= 0.75;
}

function isAux(t: Token): boolean {
  const w = lower(t);
  return AUXILIARIES.has(w) || (w.length > 4 && w.endsWith('ly') && !isCapitalized(t));
}

/** All attributions of the document, in text order. */
export function detectAttributions(doc: Document): Attribution[] {
  const quotes = new QuoteIndex(findQuotes(doc));
  const lowered = doc.tokens.map((t) => t.text.toLowerCase());
  const out: Attribution[] = [];
  doc.sentences.forEach((s, si) => {
    const ctx: ContentContext = { doc, quotes, a: s.tokenStart, b: s.tokenEnd };
    const found: Attribution[] = [];
    const titleCase = isTitleCase(doc.tokens, s.tokenStart, s.tokenEnd);
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      if ((!cueVerb(lowered[k]) && lowered[k] !== 'according') || quotes.at(doc.tokens[k].start)) continue;
      const cue = matchCue(doc.tokens, k, s.tokenStart, s.tokenEnd, titleCase, lowered[k]);
      if (!cue) continue;
      const att = frame(ctx, cue, si, found);
      if (att) {
        found.push(att);
        k = cue.end - 1;
      }
    }
    clipContents(ctx, found);
    mergeRefusals(found);
    out.push(...found.filter((f) => f.content.length > 0 && f.content.some(([x, y]) => y > x)));
  });
  extendWithFollowingQuotes(doc, quotes, out);
  return out;
}

function frame(ctx: ContentContext, cue: CueMatch, si: number, found: Attribution[]): Attribution | null {
  const { doc: { tokens }, a, b } = ctx;
  const make = (fr: Frame, source: Range, content: Span[], direct: boolean, confidence: number, addressee: Range = null): Attribution => ({
    sentence: si, frame: fr, source, cue: [cue.start, cue.end], content, kind, lemma: cue.lemma, direct, addressee, reporter: cue.reporter, confidence,
  });
  const kind = cue.verb?.kind ?? 'CLAIM';
  if (cue.verb === null) {
    let stop = cue.end;
    while (stop < b && tokens[stop].text !== ',' && !END.has(tokens[stop].text)) stop++;
    const source = phraseAfter(tokens, cue.end, stop);
    if (!source) return null;
    const content = cue.start > a + 1 ? contentBefore(ctx, cue.start - 1, lastEnd(found, a)) : contentAfter(ctx, stop + 1, false);
    return make('according', source, content.spans, content.direct, 0.9);
  }
  if (cue.passive) {
    const source = phraseAfter(tokens, cue.end + 1, b);
    const subject = phraseBefore(tokens, cue.start - 1, lastEnd(found, a));
    if (!source || !subject) return null;
    const span: Span = [tokens[subject[0]].start, tokens[subject[1] - 1].end];
    return make('passive', source, [span], false, 0.6);
  }
  const endAt = clauseEndAfter(tokens, cue.end, b);
  let left = cue.start - 1;
  while (left > a && TIME_WORDS.has(lower(tokens[left]))) left--;
  if (SAY_LIKE.has(cue.lemma) && !ADDRESSING.has(cue.lemma) && !/ing$/.test(lower(tokens[cue.head])) && cue.head === cue.start && (left >= a && tokens[left].text === ',' || left >= 0 && isClosingQuote(ctx, left))) {
    const inverted = invertedSource(tokens, cue.end, b);
    if (inverted) {
      const content = contentBefore(ctx, left, lastEnd(found, a));
      if (content.spans.length) {
        content.spans.push(...contentAfterSplit(ctx, inverted.endAt));
        return make('inverted', inverted.source, content.spans, content.direct, 0.85);
      }
    }
  }
  if (SAY_LIKE.has(cue.lemma)) {
    const source = phraseBefore(tokens, left, lastEnd(found, a));
    const before = source ? source[0] - 1 : -1;
    const quoteEnd = before >= a && tokens[before].text === ',' ? before - 1 : before;
    if (source && quoteEnd >= a && isClosingQuote(ctx, quoteEnd) && !/[.!?]["”'’»]*$/.test(ctx.doc.text.slice(tokens[quoteEnd].start - 2, tokens[quoteEnd].end))) {
      const content = contentBefore(ctx, before, lastEnd(found, a));
      const addressee = cue.verb.object ? addresseeAfter(tokens, cue.end, b) : null;
      if (content.spans.length) return make('postposed', source, content.spans, true, 0.9, addressee);
    }
  }
  if (endAt >= 0 && !cue.verb.weak) {
    let source = phraseBefore(tokens, left, lastEnd(found, a));
    if (!source && left > a && tokens[left].text === ',') source = appositiveBefore(tokens, left, lastEnd(found, a));
    if (source && source[0] > a) {
      const content = contentBefore(ctx, source[0] - 1, lastEnd(found, a));
      if (content.spans.length) {
        content.spans.push(...contentAfterSplit(ctx, endAt));
        return make('postposed', source, content.spans, content.direct, 0.9);
      }
    }
  }
  if (cue.verb.unsourced) return unsourced(ctx, cue, left, lastEnd(found, a), make);
  if (cue.lemma === 'ask' && (cue.start === a || cue.start === a + 1 && lower(tokens[a]) === 'when') && /^asked$/i.test(tokens[cue.head].text)) {
    let stop = cue.end;
    while (stop < b && tokens[stop].text !== ',' && !END.has(tokens[stop].text)) stop++;
    if (stop === cue.end || stop >= b) return null;
    return make('preposed', null, [[tokens[cue.end].start, tokens[stop - 1].end]], false, 0.5);
  }
  if (cue.verb.postposedOnly && !(cue.end < b && (tokens[cue.end].text === ':' || isQuoteOpen(tokens, cue.end, b) || tokens[cue.end].text === ',' && isQuoteOpen(tokens, cue.end + 1, b)))) return null;
  let source = phraseBefore(tokens, left, lastEnd(found, a));
  let fr: Frame = 'preposed';
  const bareParticiple = /ing$/.test(lower(tokens[cue.head])) && cue.start === cue.head && left >= a && isWord(tokens[left]);
  if (bareParticiple) {
    const subject = found.length > 0 ? found[found.length - 1].source : sentenceSubject(tokens, a, left);
    if (subject) {
      source = subject;
      fr = 'participial';
    }
  }
  if (!source && left > a && tokens[left].text === ',') source = appositiveBefore(tokens, left, lastEnd(found, a));
  if (!source && left >= a && (tokens[left].text === ',' || lower(tokens[left]) === 'and' || lower(tokens[left]) === 'but')) {
    source = found.length > 0 ? found[found.length - 1].source : sentenceSubject(tokens, a, left);
    fr = 'participial';
  }
  if (source && !plausibleSource(tokens, source, cue)) return null;
  if (!source && cue.reporter) source = phraseBefore(tokens, cue.start - 1, a);
  if (!source) return null;
  let from = cue.end;
  let addressee: Range = null;
  if (cue.verb.object && cue.end === cue.head + 1) {
    const obj = addresseeAfter(tokens, from, b);
    if (obj) {
      addressee = obj;
      from = obj[1];
    }
  }
  let content = contentAfter(ctx, from, !SAY_LIKE.has(cue.lemma) && cue.verb.kind !== 'BELIEF' && !isClauseStart(tokens, from, b));
  if (content.spans.length === 0) content = quoteOpeningNext(ctx);
  if (content.spans.length === 0 && addressee) content = contentAfter(ctx, addressee[0], true);
  if (content.spans.length === 0) return null;
  if (cue.verb.needsClause && !CLAUSE_OPENERS.has(lower(tokens[from] ?? tokens[b - 1])) && !isQuoteOpen(tokens, from, b)) return null;
  if (cue.verb.weak && !isWord(tokens[from] ?? tokens[b - 1])) return null;
  const confidence = cue.verb.weak ? 0.6 : fr === 'participial' ? 0.75 : 0.85;
  return make(fr, source, content.spans, content.direct, confidence, addressee);
}

/** "Clinton, 35, the daughter of …, said": name and appositives up to and including the last comma. */
function appositiveBefore(tokens: Token[], comma: number, floor: number): Range {
  let end = comma;
  for (let groups = 0; groups < 5; groups++) {
    const chunk = chunkBefore(tokens, end, floor);
    if (chunk < 0) return null;
    const name = phraseBefore(tokens, chunk === end ? end - 1 : end - 1, floor);
    if (name && name[0] === chunk && isCapitalized(tokens[name[0]]) && groups > 0 && atClauseStart(tokens, name[0], floor)) {
      const aside = ASIDE_OPENERS.has(lower(tokens[end + 1]));
      if (aside) return name;
      return comma + 1 - name[0] <= 50 ? [name[0], comma + 1] : null;
    }
    if (chunk - 1 < floor || tokens[chunk - 1].text !== ',') return null;
    end = chunk - 1;
  }
  return null;
}

/** A chunk opening with these is an aside, not part of the speaker: "Clinton, for her part, said". */
const ASIDE_OPENERS = new Set(['who', 'which', 'whose', 'whom', 'for', 'in', 'during', 'on', 'at', 'after', 'before', 'meanwhile', 'however', 'though', 'too', 'also', 'speaking', 'when', 'while']);
const BOUNDARY_WORDS = new Set(['as', 'but', 'and', 'so', 'yet', 'then']);

function atClauseStart(tokens: Token[], i: number, floor: number): boolean {
  const before = tokens[i - 1];
  return i <= floor || !isWord(before) || BOUNDARY_WORDS.has(lower(before));
}

/** Start of the comma-delimited chunk ending before `comma`: it runs back to a comma, a clause end or a quote mark. */
function chunkBefore(tokens: Token[], comma: number, floor: number): number {
  let i = comma - 1;
  for (; i >= floor && i > comma - 30; i--) {
    const t = tokens[i].text;
    if (t === ',' || END.has(t) || t === '“' || t === '”' || t === '"' || t === '—') return i + 1;
  }
  return i < floor ? floor : -1;
}

const RELATIVES = new Set(['who', 'which', 'whose', 'whom']);
/** The subject opening a sentence ("Governor Tom Reyes spent …, saying"): a pronoun or a leading name. */
function sentenceSubject(tokens: Token[], a: number, before: number): Range {
  const first = lower(tokens[a]).replace(/[’'](s|ll|d|ve|re)$/, '');
  if (PRONOUNS.has(first) && first !== 'it' && first !== 'which') return [a, a + 1];
  if (PHRASE_BREAKERS.has(first) || PHRASE_PREPOSITIONS.has(first) || NOT_SUBJECTS.has(first) || tokens[a].text.length > 3 && tokens[a].text === tokens[a].text.toUpperCase()) return null;
  let i = a;
  while (i < before && i < a + 8 && (isCapitalized(tokens[i]) || i > a && (lower(tokens[i]) === 'of' || isPossessiveMark(tokens, i)))) i++;
  if (i === a + 1 && DETERMINERS.has(first)) {
    while (i < before && i < a + 4 && isWord(tokens[i]) && !isCapitalized(tokens[i]) && !PHRASE_BREAKERS.has(lower(tokens[i])) && !cueVerb(lower(tokens[i])) && !/ed$/.test(lower(tokens[i]))) i++;
  }
  return i > a && i < before && !(i === a + 1 && DETERMINERS.has(first)) ? [a, i] : null;
}

const NOT_SUBJECTS = new Set(['then', 'instead', 'for', 'in', 'on', 'at', 'as', 'but', 'and', 'q', 'a', 'joining', 'after', 'before', 'during', 'with', 'without', 'like', 'unlike', 'still', 'yet', 'so', 'even', 'here', 'there', 'now', 'today', 'last', 'next', 'this', 'that', 'these', 'those']);

const isPossessiveMark = (tokens: Token[], i: number): boolean => (tokens[i].text === "'" || tokens[i].text === '’') && tokens[i - 1].end === tokens[i].start;

const SOURCE_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'some', 'many', 'several', 'both', 'all', 'one', 'most', 'few', 'other', 'others', 'another', 'each', 'every', 'no', 'any', 'former', 'top', 'senior', 'state', 'federal', 'local', 'two', 'three', 'four', 'five', 'six', 'ten', 'more', 'fewer', 'nearly', 'about', 'only', 'just', 'almost', 'over', 'roughly']);
const FIRST_PERSON = new Set(['i', 'we', 'you']);
const ASIDES = new Set(['know', 'want', 'see', 'feel', 'seem', 'mean']);
const PLURAL_OPENERS = new Set(['these', 'those', 'many', 'several', 'both', 'all', 'some', 'few', 'two', 'three']);

/** Rejects noun readings of cue words ("the Paris terror attacks") and first-person belief asides. */
function plausibleSource(tokens: Token[], r: [number, number], cue: CueMatch): boolean {
  const first = tokens[r[0]];
  const w = lower(first);
  if (!isCapitalized(first) && !PRONOUNS.has(w) && !SOURCE_OPENERS.has(w) && !/^\d/.test(w)) {
    const head = lower(tokens[r[1] - 1]);
    if (/(?:ed|ing)$/.test(w) || !/[^s’']s$/.test(head)) return false;
  }
  if (r[1] - r[0] === 1 && !isCapitalized(first) && !PRONOUNS.has(w) && !/s$/.test(w)) return false;
  const last = lower(tokens[r[1] - 1]);
  if (/[’']s$/.test(last) && cue.start === cue.head) return false;
  if (cue.verb && ASIDES.has(cue.verb.lemma) && FIRST_PERSON.has(w) && r[1] - r[0] === 1) return false;
  const form = lower(tokens[cue.head]);
  if (PLURAL_OPENERS.has(w) && /[^s]s$/.test(form) && cue.start === cue.head) return false;
  return true;
}

/** "The plan seems to work": no source; the subject and the complement are the content. */
function unsourced(ctx: ContentContext, cue: CueMatch, left: number, floor: number, make: (fr: Frame, source: Range, content: Span[], direct: boolean, confidence: number) => Attribution): Attribution | null {
  const { tokens } = ctx.doc;
  if (cue.end >= ctx.b || lower(tokens[cue.end]) !== 'to') return null;
  const subject = phraseBefore(tokens, left, floor);
  const rest = contentAfter(ctx, cue.end, false);
  if (!subject || rest.spans.length === 0) return null;
  return make('preposed', null, [[tokens[subject[0]].start, tokens[subject[1] - 1].end], ...rest.spans], false, 0.5);
}

/** "…,” said Alan Brooks, a union leader.": the speaker after the cue, with an appositive. */
function invertedSource(tokens: Token[], from: number, b: number): { source: [number, number]; endAt: number } | null {
  const r = phraseAfter(tokens, from, b);
  if (!r || lower(tokens[r[0]]) === 'who' || lower(tokens[r[0]]) === 'that') return null;
  let end = r[1];
  let sourceEnd = r[1];
  for (let groups = 0; groups < 4 && end < b && tokens[end].text === ','; groups++) {
    if (end + 1 < b && /ing$/.test(lower(tokens[end + 1]))) return { source: [r[0], sourceEnd], endAt: end };
    let j = end + 1;
    while (j < b && j < end + 40 && tokens[j].text !== ',' && !END.has(tokens[j].text) && !isQuoteOpen(tokens, j, b)) j++;
    if (j === end + 1 || j >= end + 40) break;
    end = j;
    sourceEnd = j;
  }
  const endAt = clauseEndAfter(tokens, end, b);
  return endAt >= 0 ? { source: [r[0], sourceEnd], endAt } : null;
}

function contentAfterSplit(ctx: ContentContext, endAt: number): Span[] {
  const { tokens } = ctx.doc;
  if (endAt < ctx.b && tokens[endAt].text === ',' && isQuoteOpen(tokens, endAt + 1, ctx.b)) {
    const q = ctx.quotes.at(tokens[endAt + 1].start);
    if (q) return [...q.pieces];
  }
  return [];
}

function isClosingQuote(ctx: ContentContext, i: number): boolean {
  const t = ctx.doc.tokens[i];
  const q = ctx.quotes.at(t.start);
  return q !== null && t.end === q.end;
}

/** The addressee of "told reporters that …": a short phrase up to "that", "to", "about" or a quote. */
function addresseeAfter(tokens: Token[], from: number, b: number): Range {
  for (let j = from; j < b && j < from + 8; j++) {
    const w = lower(tokens[j]);
    if (w === 'that' || w === 'to' || w === 'about' || w === ':' || isQuoteOpen(tokens, j, b) || w === ',' && isQuoteOpen(tokens, j + 1, b)) {
      return j > from ? [from, j] : null;
    }
    if (w === ',') return null;
    if (END.has(w)) return j > from ? [from, j] : null;
  }
  return b - from <= 8 && b > from ? [from, b] : null;
}

/** Where the material of a new attribution may begin: after the last attribution whose content lies before its cue. */
function lastEnd(found: Attribution[], a: number): number {
  for (let i = found.length - 1; i >= 0; i--) {
    const f = found[i];
    if (f.frame === 'postposed' || f.frame === 'inverted' || f.frame === 'according' || f.frame === 'passive') return Math.max(a, f.cue[1]);
  }
  return a;
}

/** Cuts a preposed content where the next attribution of the sentence begins after a comma or "and". */
function clipContents(ctx: ContentContext, found: Attribution[]): void {
  const { tokens } = ctx.doc;
  for (let i = 0; i + 1 < found.length; i++) {
    const cur = found[i];
    if (cur.frame !== 'preposed' && cur.frame !== 'participial') continue;
    const next = found[i + 1];
    const nextStart = next.frame === 'participial' || !next.source ? next.cue[0] : Math.min(next.cue[0], next.source[0]);
    let j = nextStart - 1;
    while (j > cur.cue[1] && (tokens[j].text === ',' || lower(tokens[j]) === 'and' || lower(tokens[j]) === 'but')) j--;
    if (j === nextStart - 1) continue;
    const cut = tokens[j].end;
    cur.content = cur.content.map(([s, e]): Span => [s, Math.min(e, cut)]).filter(([s, e]) => e > s);
  }
}

/** "declined to comment, saying …": one attribution, the refusal's cue joined with the saying. */
function mergeRefusals(found: Attribution[]): void {
  for (let i = found.length - 2; i >= 0; i--) {
    const cur = found[i];
    const next = found[i + 1];
    if (cur.kind !== 'REFUSAL' || next.frame !== 'participial' || next.source !== cur.source || next.cue[0] - cur.cue[1] > 4) continue;
    found.splice(i, 2, { ...next, cue: [cur.cue[0], next.cue[1]], kind: 'REFUSAL', lemma: cur.lemma, confidence: cur.confidence });
  }
}
