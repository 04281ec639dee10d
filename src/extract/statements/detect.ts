// Attribution detection: finds who (source) says or thinks what (content) with which words
// (cue), as character spans. Works sentence by sentence over tokens with the cue lexicon and
// a handful of frames; linear in the number of tokens. Actor identity comes later (speakers.ts).

import type { Document, Token } from '../document.js';
import type { Span } from '../types.js';
import type { StatementKind } from '../types.js';
import { cueVerb } from './lexicon.js';
import { isCapitalized, isWord, lower, phraseAfter, phraseBefore, type Range } from './phrases.js';
import { findQuotes, QuoteIndex } from './quotes.js';
import { extendWithFollowingQuotes } from './follow-on.js';
import { contentAfter, contentBefore, quoteOpeningNext, type ContentContext } from './content.js';
import { matchCue, isTitleCase, type CueMatch } from './cue-match.js';
import { CLAUSE_OPENERS, END, adjunctBeforeQuote, clauseEndAfter, isClauseStart, isQuoteOpen } from './clause.js';
import { addresseeAfter, appositiveBefore, invertedSource, plausibleSource } from './speaker-phrases.js';
import { clipContents, mergeRefusals } from './tidy.js';
import { DETERMINERS, EVIDENCE_NOUNS } from './words.js';
import { colonCue } from './colon.js';
import { addEvidenceOpener } from './evidence-opener.js';
import { addAdverbCues } from './adverb-cue.js';
import { addColonQuote } from './colon-quote.js';
import { dashCredit } from './dash-credit.js';
import { addQuoteVerbs } from './quote-verb.js';
import { addChants } from './chant.js';
import { documentCueStart } from './document-cue.js';
import { mannerCueEnd } from './manner-cue.js';
import { speakerAfterQuote } from './quoted-speaker.js';
import { leadingAppositive, relativeSubject, subjectAfterOpener } from './leading-subject.js';
import { clauseSubject, modifiedPhrase } from './participles.js';
import { accordingSource } from './according.js';
import { relayedContent, relayedQuoteAt } from './relayed-quote.js';
import { agentlessPassive, laterAgent, unsourcedContent } from './unsourced.js';

export type Frame = 'preposed' | 'postposed' | 'inverted' | 'according' | 'participial' | 'passive' | 'colon' | 'unsourced';

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

/** Verbs whose object is the addressee: never inverted ("told CBS News" is not a speaker). */
const ADDRESSING = new Set(['tell', 'urge', 'assure', 'quoted']);

/** Verbs of saying that may precede their speaker: "“…,” said Alan Brooks." */
const SAY_LIKE = new Set(['tell', 'tweeted', 'posted', 'emailed', 'urge', 'boast', 'complain', 'reiterate', 'stress', 'testify', 'emphasize', 'vow', 'pledge', 'assure', 'quoted', 'shouted', 'bragged', 'say', 'add', 'write', 'noted', 'explain', 'continue', 'ask', 'reply', 'respond', 'answered', 'insist', 'argue', 'declare', 'remarked', 'recalled', 'claims', 'conclude', 'observe', 'joke', 'concede', 'acknowledge', 'admit', 'shout', 'retorted', 'countered', 'exclaimed', 'interjected', 'mused', 'wonder', 'tweets', 'warn', 'stated', 'announce', 'confirm', 'report', 'reports', 'suggest', 'predict', 'promises', 'cautioned', 'read', 'confess', 'interrupted']);
/** Words opening a clause about the speaker, not more content ("…, according to two officials, who asked …"). */
const RELATIVES = new Set(['who', 'which', 'whose', 'where', 'whom']);
/** Relative and interrogative pronouns standing for the content before its speaker ("which Park denied", "what she called …"). */
const FRONTED_OBJECTS = new Set(['which', 'what', 'whom']);
/** A preposition right after the verb belongs to the cue: "warned about", "insisted on". */
const CUE_PREPOSITIONS = new Set(['about', 'for', 'on', 'of', 'against', 'with', 'at', 'in']);
/** Prepositions of the occasion or medium that annotators count in the cue when a quotation follows it ("said in an interview, “…”"). */
const VENUE_PREPOSITIONS = new Set(['in', 'at', 'on']);
const TAIL_WORDS = new Set(['to', 'as', 'from', 'during', 'after', 'before', 'while', 'when', 'last', 'this', 'earlier', 'later', 'him', 'her', 'them', 'me', 'us', 'reporters']);
const RELATIVE_PRONOUNS = new Set(['who', 'which']);
const TIME_WORDS = new Set(['today', 'yesterday', 'tonight', 'now', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** All attributions of the document, in text order. */
export function detectAttributions(doc: Document): Attribution[] {
  const quotes = new QuoteIndex(findQuotes(doc));
  const lowered = doc.tokens.map((t) => t.text.toLowerCase());
  const out: Attribution[] = [];
  doc.sentences.forEach((s, si) => {
    const ctx: ContentContext = { doc, quotes, a: s.tokenStart, b: s.tokenEnd };
    const found: Attribution[] = [];
    const titleCase = isTitleCase(doc.tokens, s.tokenStart, s.tokenEnd);
    const colon = colonCue(doc, s.tokenStart, s.tokenEnd);
    if (colon) found.push({ sentence: si, frame: 'colon', source: colon.source, cue: [colon.colon, colon.colon + 1], content: colon.content, kind: 'CLAIM', lemma: ':', direct: colon.direct, addressee: null, reporter: null, confidence: 0.6 });
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      if ((!cueVerb(lowered[k]) && lowered[k] !== 'according') || quotes.at(doc.tokens[k].start)) continue;
      const cue = matchCue(doc.tokens, k, s.tokenStart, s.tokenEnd, titleCase, lowered[k]);
      if (!cue) continue;
      const att = frame(ctx, cue, si, found);
      if (att) {
        att.cue[0] = documentCueStart(doc.tokens, att);
        att.cue[1] = mannerCueEnd(doc.tokens, att.cue[1], s.tokenEnd);
        found.push(att);
        k = Math.max(cue.end, att.frame === 'inverted' && att.source ? att.source[1] : 0) - 1;
      }
    }
    if (found.length > 1 && found[0].frame === 'colon') found.shift();
    addEvidenceOpener(ctx, si, found);
    addAdverbCues(ctx, si, found);
    const credit = dashCredit(ctx);
    if (credit) found.unshift({ sentence: si, frame: 'colon', source: credit.source, cue: credit.cue, content: credit.content, kind: 'CLAIM', lemma: '-', direct: true, addressee: null, reporter: null, confidence: 0.6 });
    addColonQuote(ctx, si, found);
    addQuoteVerbs(ctx, si, found);
    addChants(ctx, si, found);
    clipContents(ctx, found);
    mergeRefusals(found);
    out.push(...found.filter((f) => f.content.length > 0 && f.content.some(([x, y]) => y > x)));
  });
  extendWithFollowingQuotes(doc, quotes, out);
  return out;
}

function frame(ctx: ContentContext, cue: CueMatch, si: number, found: Attribution[]): Attribution | null {
  const { doc: { tokens }, a, b } = ctx;
  let cueEnd = cue.end;
  const make = (fr: Frame, source: Range, content: Span[], direct: boolean, confidence: number, addressee: Range = null): Attribution => ({
    sentence: si, frame: fr, source, cue: [cue.start, cueEnd], content, kind, lemma: cue.lemma, direct, addressee, reporter: cue.reporter, confidence,
  });
  const kind = cue.verb?.kind ?? 'CLAIM';
  if (cue.verb === null) {
    const according = accordingSource(tokens, cue.end, b, cue.start > a + 1);
    if (!according) return null;
    const { source, stop } = according;
    const relayed = cue.start > a + 1 && (stop >= b || END.has(tokens[stop].text)) ? relayedQuoteAt(tokens, found, cue.start, b) : -1;
    if (relayed >= 0) return make('according', source, relayedContent(tokens, found.splice(relayed, 1)[0], cue.start), true, 0.9);
    const content = cue.start > a + 1 ? contentBefore(ctx, cue.start - 1, lastEnd(found, a)) : contentAfter(ctx, stop + 1, false);
    if (cue.start > a + 1 && content.spans.length && !content.direct && stop + 1 < b && tokens[stop].text === ',' && !RELATIVES.has(lower(tokens[stop + 1]))) content.spans.push(...contentAfter(ctx, stop + 1, false).spans);
    return make('according', source, content.spans, content.direct, 0.9);
  }
  if (cue.passive) {
    const source = phraseAfter(tokens, cue.end + 1, b);
    const subject = phraseBefore(tokens, cue.start - 1, lastEnd(found, a));
    if (!source || !subject) return null;
    const span: Span = [tokens[subject[0]].start, tokens[subject[1] - 1].end];
    return make('passive', source, [span], false, 0.6);
  }
  const endAt = clauseEndAfter(tokens, cue.verb.object ? addresseeAfter(tokens, cue.end, b)?.[1] ?? cue.end : cue.end, b);
  let left = cue.start - 1;
  left = beforeTimeWords(tokens, left, a);
  const sayLike = SAY_LIKE.has(cue.lemma);
  if (sayLike || !cue.verb.weak && plainTail(tokens, cue.end, b)) {
    let source = phraseBefore(tokens, left, lastEnd(found, a));
    if (!source && left > a && tokens[left].text === ',') source = appositiveBefore(tokens, left, lastEnd(found, a));
    const before = source ? source[0] - 1 : -1;
    const quoteEnd = before >= a && tokens[before].text === ',' ? before - 1 : before;
    const closed = quoteEnd >= a && isClosingQuote(ctx, quoteEnd) && (sayLike || quoteEnd < before || /[,?!]["”'’»]+$/.test(ctx.doc.text.slice(tokens[quoteEnd].start - 3, tokens[quoteEnd].end)));
    if (source && (closed || quoteEnd === a - 1 && questionBefore(ctx) && (plainTail(tokens, cue.end, b) || cue.verb.object))) {
      const content = contentBefore(ctx, before, lastEnd(found, a));
      const addressee = cue.verb.object ? addresseeAfter(tokens, cue.end, b) : null;
      if (cue.end < b && isMannerAdverb(tokens[cue.end]) && !addressee) cueEnd++;
      if (content.spans.length) return make('postposed', source, content.spans, true, 0.9, addressee);
    }
  }
  if (SAY_LIKE.has(cue.lemma) && !ADDRESSING.has(cue.lemma) && !/ing$/.test(lower(tokens[cue.head])) && cue.head === cue.start && (left >= a && (tokens[left].text === ',' || isClosingQuote(ctx, left)) || left === a - 1 && questionBefore(ctx))) {
    const content = contentBefore(ctx, left, lastEnd(found, a));
    const inverted = invertedSource(tokens, cue.end, b) ?? (content.direct && cue.end === cue.head + 1 ? speakerAfterQuote(tokens, cue.end, b) : null);
    if (inverted) {
      if (content.spans.length) {
        content.spans.push(...contentAfterSplit(ctx, inverted.endAt));
        return make('inverted', inverted.source, content.spans, content.direct, 0.85);
      }
    }
  }
  if (SAY_LIKE.has(cue.lemma) && cue.head === cue.start && (cue.start === a && isCapitalized(tokens[cue.head]) || cue.start > a && cue.start <= a + 2 && tokens[cue.start - 1].text === ',')) {
    const inverted = invertedSource(tokens, cue.end, b);
    const quoted = inverted ? contentAfterSplit(ctx, inverted.endAt) : [];
    if (inverted && quoted.length) return make('inverted', inverted.source, quoted, true, 0.8);
  }
  if (endAt >= 0 && (!cue.verb.weak || cue.verb.needsClause)) {
    let source = phraseBefore(tokens, left, lastEnd(found, a));
    if (!source && left > a && tokens[left].text === ',') source = appositiveBefore(tokens, left, lastEnd(found, a));
    if (source && source[0] > a && (!cue.verb.weak || namesEvidence(tokens, source))) {
      const content = contentBefore(ctx, source[0] - 1, lastEnd(found, a));
      if (content.spans.length && !(content.direct === false && opensAdjunct(ctx.doc, content.spans[0][0]))) {
        content.spans.push(...contentAfterSplit(ctx, endAt));
        return make('postposed', source, content.spans, content.direct, 0.9);
      }
    }
  }
  if (tokens[cue.end]?.text === ',' && cue.end + 1 < b && !cue.verb.weak) {
    const aside = parenthetical(ctx, cue, left, lastEnd(found, a));
    if (aside) return make('postposed', aside.source, aside.content, false, 0.85);
  }
  const passive = agentlessPassive(tokens, cue, b);
  if (cue.verb.unsourced || passive) {
    const agent = passive ? laterAgent(tokens, cue.end, b) : null;
    const content = unsourcedContent(ctx, cue, left, lastEnd(found, a), passive, agent?.by);
    if (content && agent) return make('passive', agent.agent, content, false, 0.6);
    if (content || !passive) return content ? make('unsourced', null, content, false, 0.5) : null;
  }
  if (cue.lemma === 'ask' && (cue.start === a || cue.start === a + 1 && lower(tokens[a]) === 'when') && /^asked$/i.test(tokens[cue.head].text)) {
    let stop = cue.end;
    while (stop < b && tokens[stop].text !== ',' && !END.has(tokens[stop].text)) stop++;
    if (stop === cue.end || stop >= b) return null;
    return make('preposed', null, [[tokens[cue.end].start, tokens[stop - 1].end]], false, 0.5);
  }
  if (cue.lemma === 'ask' && cue.start > a + 1 && /^when(ever)?$/.test(lower(tokens[cue.start - 1])) && /^asked$/.test(tokens[cue.head].text)) {
    let stop = cue.end;
    while (stop < b && tokens[stop].text !== ',' && !END.has(tokens[stop].text) && !isQuoteOpen(tokens, stop, b)) stop++;
    if (stop === cue.end) return null;
    return make('preposed', null, [[tokens[cue.end].start, tokens[stop - 1].end]], false, 0.5);
  }
  if (cue.verb.postposedOnly && cue.end === cue.head + 1 && !(cue.end < b && (tokens[cue.end].text === ':' || lower(tokens[cue.end]) === 'that' || END.has(tokens[cue.end].text) || isQuoteOpen(tokens, cue.end, b) || tokens[cue.end].text === ',' && isQuoteOpen(tokens, cue.end + 1, b)))) return null;
  let source = relativeSubject(tokens, left, lastEnd(found, a)) ?? phraseBefore(tokens, left, lastEnd(found, a));
  let fr: Frame = 'preposed';
  const bareParticiple = /ing$/.test(lower(tokens[cue.head])) && cue.start === cue.head && left >= a && isWord(tokens[left]);
  if (bareParticiple) {
    const subject = inheritsSource(found) ? inheritedSource(tokens, found, a) : clauseSubject(tokens, a, left);
    if (!subject && source && !isCapitalized(tokens[source[1] - 1])) return null;
    const modified = modifiedPhrase(tokens, source, a);
    if (modified && plausibleSource(tokens, modified, cue)) source = modified;
    else if (subject) {
      source = subject;
      fr = 'participial';
    }
  }
  if (!source && /ing$/.test(lower(tokens[cue.head])) && cue.start === cue.head && left > a && tokens[left].text === ',') {
    source = inheritsSource(found) ? inheritedSource(tokens, found, a) : clauseSubject(tokens, a, left);
    if (source) fr = 'participial';
  }
  if (!source && left > a && tokens[left].text === ',') source = appositiveBefore(tokens, left, lastEnd(found, a));
  if (!source && left > a && (tokens[left].text === ',' || tokens[left].text === '—')) source = leadingAppositive(tokens, lastEnd(found, a), left);
  if (!source && left >= a && (tokens[left].text === ',' || lower(tokens[left]) === 'and' || lower(tokens[left]) === 'but' || /ing$/.test(lower(tokens[cue.head])) && found.length > 0 && closesQuoteAfterComma(ctx, left))) {
    source = inheritsSource(found) ? inheritedSource(tokens, found, a) : subjectAfterOpener(tokens, a, left);
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
  if (from === cue.end && from + 1 < b && CUE_PREPOSITIONS.has(lower(tokens[from])) && isWord(tokens[from + 1])) {
    from++;
    cueEnd = from;
    const close = VENUE_PREPOSITIONS.has(lower(tokens[from - 1])) && DETERMINERS.has(lower(tokens[from])) ? adjunctBeforeQuote(tokens, from, b) : -1;
    if (close >= 0) {
      cueEnd = tokens[close].text === ':' ? close + 1 : close;
      from = close + 1;
    }
  }
  const fronted = source[0] - 1 >= a && FRONTED_OBJECTS.has(lower(tokens[source[0] - 1])) && (from >= b || tokens[from].text === ',' || END.has(tokens[from].text)) ? source[0] - 1 : -1;
  let content = fronted >= 0 ? { spans: [[tokens[fronted].start, tokens[fronted].end] as Span], direct: false } : contentAfter(ctx, from, !SAY_LIKE.has(cue.lemma) && cue.verb.kind !== 'BELIEF' && !isClauseStart(tokens, from, b));
  if (content.spans.length === 0) content = quoteOpeningNext(ctx);
  if (content.spans.length === 0 && addressee) content = contentAfter(ctx, addressee[0], true);
  if (content.spans.length === 0) return null;
  if (cue.verb.needsClause && !CLAUSE_OPENERS.has(lower(tokens[from] ?? tokens[b - 1])) && !isQuoteOpen(tokens, from, b) && !namesEvidence(tokens, source)) return null;
  if (cue.verb.weak && !isWord(tokens[from] ?? tokens[b - 1])) return null;
  if (cue.verb.needsQuote && !isQuoteOpen(tokens, tokens[from]?.text === ',' || tokens[from]?.text === ':' ? from + 1 : from, b)) return null;
  const confidence = cue.verb.weak ? 0.6 : fr === 'participial' ? 0.75 : 0.85;
  return make(fr, source, content.spans, content.direct, confidence, addressee);
}


/** "A, the minister said, B": the speaker and cue set off by commas inside the content, which is A and B. */
function parenthetical(ctx: ContentContext, cue: CueMatch, left: number, floor: number): { source: Range; content: Span[] } | null {
  const { tokens } = ctx.doc;
  const source = phraseBefore(tokens, left, floor) ?? (left > floor && tokens[left].text === ',' ? appositiveBefore(tokens, left, floor) : null);
  if (!source || source[0] - 1 <= Math.max(floor, ctx.a) || tokens[source[0] - 1].text !== ',') return null;
  const before = contentBefore(ctx, source[0] - 1, floor);
  const after = contentAfter(ctx, cue.end + 1, false);
  if (before.spans.length === 0 || after.spans.length === 0 || before.direct || after.direct) return null;
  return { source, content: [...before.spans, ...after.spans] };
}

/** "A poll of voters last week shows …", "…, records show": a document or measurement is the source. */
function namesEvidence(tokens: Token[], source: [number, number]): boolean {
  for (let i = source[0]; i < source[1]; i++) if (EVIDENCE_NOUNS.has(lower(tokens[i]))) return true;
  return false;
}

/** Openers of a leading adverbial phrase ("Asked about the vote, …", "During the debate, …"). */
const ADJUNCT_CLAUSE = new Set(['asked', 'during', 'when']);

/** Whether the text at `offset` opens an adverbial phrase ("After the vote, …"), not a statement. */
function opensAdjunct(doc: Document, offset: number): boolean {
  const m = /^[\p{L}]+/u.exec(doc.text.slice(offset, offset + 20));
  return m !== null && ADJUNCT_CLAUSE.has(m[0].toLowerCase());
}

function contentAfterSplit(ctx: ContentContext, endAt: number): Span[] {
  const { tokens } = ctx.doc;
  if (endAt < ctx.b && tokens[endAt].text === ',' && isQuoteOpen(tokens, endAt + 1, ctx.b)) {
    const q = ctx.quotes.at(tokens[endAt + 1].start);
    if (q) return [...q.pieces];
  }
  return [];
}

/** The sentence follows a quote that the splitter ended at its “?” or “!”, in the same paragraph: “Why not?” Rubio asked. */
function questionBefore(ctx: ContentContext): boolean {
  const { doc: { tokens, text }, a } = ctx;
  if (a === 0 || !isClosingQuote(ctx, a - 1)) return false;
  const q = tokens[a - 1];
  return /[?!]["”'’»]+$/.test(text.slice(q.start - 3, q.end)) && !text.slice(q.end, tokens[a].start).includes('\n');
}

/** After a postposed cue nothing but adjuncts may follow: "said of Apple", "asked, smiling", not "said the deal is off". */
function plainTail(tokens: Token[], i: number, b: number): boolean {
  if (i >= b || END.has(tokens[i].text) || tokens[i].text === ',') return true;
  const w = lower(tokens[i]);
  return TAIL_WORDS.has(w) || TIME_WORDS.has(w) || CUE_PREPOSITIONS.has(w) || isMannerAdverb(tokens[i]);
}

const NOT_MANNER = new Set(['early', 'likely', 'daily', 'weekly', 'monthly', 'yearly', 'rally', 'family', 'july', 'italy', 'reply', 'supply', 'apply', 'holy']);

/** "said evenly", "asked rhetorically": a manner adverb right after a verb of saying belongs to the cue. */
function isMannerAdverb(t: Token): boolean {
  return /^[a-z]{3,}ly$/.test(t.text) && !NOT_MANNER.has(t.text);
}

/** "…,” referring to …": token `i` closes a quotation whose last character is a comma. */
function closesQuoteAfterComma(ctx: ContentContext, i: number): boolean {
  return i > ctx.a && ctx.doc.tokens[i - 1].text === ',' && isClosingQuote(ctx, i);
}

function isClosingQuote(ctx: ContentContext, i: number): boolean {
  const t = ctx.doc.tokens[i];
  const q = ctx.quotes.at(t.start);
  return q !== null && t.end === q.end;
}


/**
 * The source a later cue of the sentence takes from the previous attribution (the one whose
 * content holds it, if any): its source, or
 * the name a relative pronoun stands for ("Ruiz, who has backed Lee, said …": Ruiz, not who).
 */
function inheritedSource(tokens: Token[], found: Attribution[], a: number): Range {
  const source = outermost(tokens, found).source;
  if (!source || source[1] - source[0] !== 1 || !RELATIVE_PRONOUNS.has(lower(tokens[source[0]]))) return source;
  const end = source[0] - 1 >= a && tokens[source[0] - 1].text === ',' ? source[0] - 2 : source[0] - 1;
  return end >= a ? phraseBefore(tokens, end, a) ?? source : source;
}

/** The last attribution of the sentence not reported inside another's content ("Lee said he was tired, and accused …": Lee's, not he's). */
function outermost(tokens: Token[], found: Attribution[]): Attribution {
  const last = found[found.length - 1];
  const at = tokens[last.cue[0]].start;
  for (const f of found) if (f !== last && f.content.some(([s, e]) => at >= s && at < e)) return f;
  return last;
}

/** Whether a participle takes the source of the sentence's previous attribution: not after a cue without one (an agentless passive). */
function inheritsSource(found: Attribution[]): boolean {
  const last = found.at(-1);
  return last !== undefined && last.frame !== 'unsourced';
}

const PERIODS = new Set(['week', 'month', 'year', 'night', 'weekend', 'morning', 'afternoon', 'evening']);
const PERIOD_OPENERS = new Set(['last', 'this', 'earlier', 'late', 'early']);

/** The token before time and place words between a speaker and the cue ("Park last week said", "workers here said"). */
function beforeTimeWords(tokens: Token[], left: number, a: number): number {
  let i = left;
  while (i > a) {
    const w = lower(tokens[i]);
    if (TIME_WORDS.has(w) || w === 'here' || w === 'there') i--;
    else if (PERIODS.has(w) && i - 1 > a && PERIOD_OPENERS.has(lower(tokens[i - 1]))) i -= 2;
    else break;
  }
  return i;
}

/** Where the material of a new attribution may begin: after the last attribution whose content lies before its cue. */
function lastEnd(found: Attribution[], a: number): number {
  for (let i = found.length - 1; i >= 0; i--) {
    const f = found[i];
    if (f.frame === 'postposed' || f.frame === 'inverted' || f.frame === 'according' || f.frame === 'passive') return Math.max(a, f.cue[1]);
  }
  return a;
}


