// Attribution detection: finds who (source) says or thinks what (content) with which words
// (cue), as character spans. Works sentence by sentence over tokens with the cue lexicon and
// a handful of frames; linear in the number of tokens. Actor identity comes later (speakers.ts).

import { headlineOf, type Document, type Token } from '../document.js';
import type { Span } from '../types.js';
import { cueVerb } from './lexicon.js';
import { isWord, lower, phraseAfter, phraseBefore, type Range } from './phrases.js';
import { negatedBefore } from './word-class.js';
import { findQuotes, QuoteIndex } from './quotes.js';
import { extendWithFollowingQuotes } from './follow-on.js';
import { contentAfter, contentBefore, quoteOpeningNext, type ContentContext } from './content.js';
import { matchCue, isTitleCase, type CueMatch } from './cue-match.js';
import { CLAUSE_OPENERS, END, adjunctBeforeQuote, adjunctBeforeThat, clauseEndAfter, isClauseStart, isQuoteOpen, venueParticipleAt } from './clause.js';
import { addresseeAfter } from './speaker-after.js';
import { clipContents, mergeRefusals } from './tidy.js';
import { CUE_PREPOSITIONS, DETERMINERS } from './words.js';
import { colonCue } from './colon.js';
import { transcriptTurns, type Turn } from '../transcript.js';
import { afterDateline, afterSectionLabel } from './content-end.js';
import { addEvidenceOpener } from './evidence-opener.js';
import { addAdverbCues } from './adverb-cue.js';
import { addColonQuote } from './colon-quote.js';
import { dashCredit } from './dash-credit.js';
import { addQuoteVerbs } from './quote-verb.js';
import { addChants } from './chant.js';
import { documentCueStart } from './document-cue.js';
import { mannerCueEnd } from './manner-cue.js';
import { accordingSource } from './according.js';
import { byAgentOpener } from './by-agent-opener.js';
import { relayedContent, relayedQuoteAt } from './relayed-quote.js';
import { agentlessPassive, laterAgent, unsourcedContent } from './unsourced.js';
import type { Attribution, Frame } from './attribution.js';
import { beforeTimeWords, lastEnd } from './inherited-source.js';
import { afterTimeAdverbials } from './time-adverb.js';
import { namesEvidence } from './frame-checks.js';
import { addresseeBeforeComma, postposedFrame, SAY_LIKE } from './postposed-frame.js';
import { preposedSource } from './preposed-source.js';
import { onlyTimeAdverbials, timeAdverbialAt } from './time-adverb.js';

/** A number after "about" ("about 6,200", "about three million", "about a third"): an approximation, not a topic. */
const APPROXIMATED = /^(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten)\b|a (?:third|quarter|half|dozen|hundred|thousand|million|billion)\b|half\b)/i;

export type { Attribution, Frame } from './attribution.js';


const ASKED_FOR_COMMENT = /^(?:requests?|questions?|calls?|messages?|e-?mails?|inquiry|inquiries|query|queries|comments|criticism|allegations?|accusations?|claims)$/;

/**
 * "did not (immediately) respond to a request for comment", "did not return calls": a cue that
 * otherwise only follows its content ("…," she replied), or only answers a request
 * (`answerOnly`), opens a report of no answer when negated and aimed at a request, after "to" or
 * as its direct object.
 */
/**
 * "declined to say when sailings would resume", "refused to comment while talks go on": a
 * refusal's infinitive is what was not said, and it runs on like a clause; the object-only stops
 * ("when", "while") would cut it to "to say".
 */
function refusedSpeech(cue: CueMatch, tokens: Token[], from: number): boolean {
  return cue.verb?.kind === 'REFUSAL' && from < tokens.length && lower(tokens[from]) === 'to';
}

function noAnswer(tokens: Token[], cue: CueMatch, b: number): boolean {
  const { head, end } = cue;
  if (!negatedBefore(tokens, head)) return false;
  const to = tokens[end]?.text.toLowerCase() === 'to';
  if (!to && !cue.verb?.answerOnly) return false;
  for (let j = to ? end + 1 : end; j < b && j <= end + 4; j++) if (ASKED_FOR_COMMENT.test(tokens[j].text.toLowerCase())) return true;
  return false;
}

/** Index of the first token from `from` (up to `b`) that starts at or after character offset `end`. */
function tokenAt(tokens: Token[], end: number, from: number, b: number): number {
  let i = from;
  while (i < b && tokens[i].start < end) i++;
  return i;
}

/** Words opening a clause about the speaker, not more content ("…, according to two officials, who asked …"). */
const RELATIVES = new Set(['who', 'which', 'whose', 'where', 'whom']);
/** Relative and interrogative pronouns standing for the content before its speaker ("which Park denied", "what she called …"). */
const FRONTED_OBJECTS = new Set(['which', 'what', 'whom']);
/** Prepositions of the occasion or medium that annotators count in the cue when a quotation follows it ("said in an interview, “…”"); without a determiner ("said in May, “…”") the adjunct is skipped, not counted. */
const VENUE_PREPOSITIONS = new Set(['in', 'at', 'on', 'outside']);

/** All attributions of the document, in text order. */
export function detectAttributions(doc: Document): Attribution[] {
  const quotes = new QuoteIndex(findQuotes(doc));
  const lowered = doc.tokens.map((t) => t.text.toLowerCase());
  const turns = transcriptTurns(doc);
  const out: Attribution[] = [];
  const headline = headlineOf(doc);
  doc.sentences.forEach((s, si) => {
    const inHeadline = headline !== null && s.start >= headline[0] && s.end <= headline[1];
    const turn = turns.get(si);
    const ctx: ContentContext = { doc, quotes, a: turn ? turn.colon + 1 : afterSectionLabel(doc.tokens, afterDateline(doc.tokens, s.tokenStart, s.tokenEnd), s.tokenEnd), b: s.tokenEnd };
    const found: Attribution[] = [];
    const titleCase = isTitleCase(doc.tokens, s.tokenStart, s.tokenEnd);
    const colon = turn ? null : colonCue(doc, s.tokenStart, s.tokenEnd);
    if (colon) found.push({ sentence: si, frame: 'colon', source: colon.source, cue: [colon.colon, colon.colon + 1], content: colon.content, kind: 'CLAIM', lemma: ':', direct: colon.direct, addressee: null, reporter: null, confidence: 0.6 });
    for (let k = ctx.a; k < s.tokenEnd; k++) {
      if ((!cueVerb(lowered[k]) && lowered[k] !== 'according' && lowered[k] !== 'per') || quotes.at(doc.tokens[k].start)) continue;
      if (inHeadline && headlinePassiveTold(lowered, k, s.tokenStart, s.tokenEnd)) {
        // Kept as a report with no source, so neither a speaker nor the learned stage makes one of it.
        found.push({ sentence: si, frame: 'unsourced', source: null, cue: [k, k + 1], content: [[doc.tokens[k + 1].start, doc.tokens[s.tokenEnd - 1].end]], kind: 'CLAIM', lemma: 'tell', direct: false, addressee: null, reporter: null, confidence: 0.5 });
        continue;
      }
      // "a statement posted to Instagram": how a message went out is no report of its own.
      if (venueParticipleAt(doc.tokens, k)) continue;
      const cue = matchCue(doc.tokens, k, ctx.a, s.tokenEnd, titleCase, lowered[k]);
      if (!cue) continue;
      const att = frame(ctx, cue, si, found);
      if (att) {
        att.cue[0] = documentCueStart(doc.tokens, att);
        att.cue[1] = mannerCueEnd(doc.tokens, att.cue[1], s.tokenEnd);
        found.push(att);
        k = Math.max(cue.end, att.frame === 'inverted' && att.source ? att.source[1] : 0) - 1;
        // "did not return calls seeking comment": the request is no report of its own.
        if (cue.verb && (cue.verb.postposedOnly || cue.verb.answerOnly) && noAnswer(doc.tokens, cue, s.tokenEnd)) k = Math.max(k, tokenAt(doc.tokens, att.content[att.content.length - 1][1], k, s.tokenEnd) - 1);
      }
    }
    if (found.length > 1 && found[0].frame === 'colon') found.shift();
    // A transcript's turn holds the reports made inside it ("FALLIN: I think he is …").
    if (turn?.label === 'named') found.unshift(turnAttribution(si, turn));
    addEvidenceOpener(ctx, si, found);
    addAdverbCues(ctx, si, found);
    const credit = dashCredit(ctx);
    if (credit) found.unshift({ sentence: si, frame: 'colon', source: credit.source, cue: credit.cue, content: credit.content, kind: 'CLAIM', lemma: '-', direct: true, addressee: null, reporter: null, confidence: 0.6 });
    addColonQuote(ctx, si, found);
    addQuoteVerbs(ctx, si, found);
    addChants(ctx, si, found);
    clipContents(ctx, found);
    mergeRefusals(ctx.doc.tokens, found);
    out.push(...found.filter((f) => f.content.length > 0 && f.content.some(([x, y]) => y > x)));
  });
  extendWithFollowingQuotes(doc, quotes, out);
  return out;
}

/**
 * The content after a leading "According to X,": the whole clause, whose subject may carry an
 * appositive before its verb ("According to Xinhua, the envoy, Wang Deming, told his hosts that
 * …"), where a relative clause's content would end at ", told".
 */
function accordingContentAfter(ctx: ContentContext, from: number): { spans: Span[]; direct: boolean } {
  const { tokens } = ctx.doc;
  const content = contentAfter(ctx, from, false);
  if (content.direct || content.spans.length !== 1) return content;
  const end = tokenAt(tokens, content.spans[0][1], from, ctx.b);
  if (end + 1 >= ctx.b || tokens[end].text !== ',' || !cueVerb(lower(tokens[end + 1]))) return content;
  let last = ctx.b - 1;
  while (last > end && END.has(tokens[last].text)) last--;
  return { spans: [[content.spans[0][0], tokens[last].end]], direct: false };
}

/** Verbs that open the clause after a headline's passive "told" ("Villagers told homes will be lost"). */
const CLAUSE_VERBS = new Set(['will', 'would', 'must', 'could', 'can', 'may', 'might', 'should', 'are', 'is', 'was', 'were', 'have', 'has', 'had', 'face', 'faces', 'need', 'needs']);

/**
 * "Villagers told homes will be lost", "Residents told to leave": a headline drops the "were" of a
 * passive "told", so those told are no speakers. An active headline names the addressee before
 * the clause ("Minister told MPs plan would fail"), so "told" then "to", or one word and a verb
 * opening a clause, is the passive.
 */
function headlinePassiveTold(lowered: string[], k: number, a: number, b: number): boolean {
  if (k === a || k + 1 >= b) return false;
  // "Millbrook man charged in break-in", "Former aide accused of leaking memo": charges laid on the subject.
  if ((lowered[k] === 'charged' || lowered[k] === 'accused') && /^(?:in|with|over|of|after)$/.test(lowered[k + 1])) return true;
  if (lowered[k] !== 'told') return false;
  return lowered[k + 1] === 'to' || k + 2 < b && CLAUSE_VERBS.has(lowered[k + 2]) && !/^(?:him|her|them|us|me|you|mps|reporters)$/.test(lowered[k + 1]);
}

const turnAttribution = (si: number, turn: Turn): Attribution => ({
  sentence: si, frame: 'turn', source: turn.source, cue: [turn.colon, turn.colon + 1], content: turn.content, kind: 'CLAIM', lemma: ':', direct: true, addressee: null, reporter: null, confidence: 0.6,
});

/**
 * The question and answer turns of a printed interview ("Q: …", "A: …"), in text order. Kept
 * apart from `detectAttributions`: the attribution corpus does not mark them (it marks the
 * reports inside the answers), so the learned stage is trained and run without them, and
 * statements add them after it.
 */
export function interviewAttributions(doc: Document): Attribution[] {
  return [...transcriptTurns(doc)].filter(([, turn]) => turn.label !== 'named').map(([si, turn]) => turnAttribution(si, turn));
}

/** Messages a speaker speaks in: "in a joint statement", "in a brief interview". */
const VENUE_NOUNS = new Set(['statement', 'interview', 'letter', 'email', 'post', 'tweet', 'speech', 'video', 'message', 'note', 'release', 'briefing', 'broadcast', 'podcast']);

/** The index of a venue noun right after a determiner and at most two modifiers at `i` ("a joint statement"), else -1. */
function venueNounAfter(tokens: Token[], i: number, b: number): number {
  if (i >= b || !/^(?:a|an|the|his|her|its|their)$/i.test(tokens[i].text)) return -1;
  for (let k = i + 1; k < b && k <= i + 3; k++) {
    if (VENUE_NOUNS.has(lower(tokens[k]))) return k;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k].text)) return -1;
  }
  return -1;
}

/** Whether a clause opens at `i`: a determiner, pronoun or name and, within a few words, a finite verb ("the row was …"). */
function clauseOpensAt(tokens: Token[], i: number, b: number): boolean {
  if (i >= b || !isWord(tokens[i]) || /^(?:on|at|in|with|from|to|by|for|after|before|that|released|issued|posted|published)$/i.test(tokens[i].text)) return false;
  // "said in a note they still expected …": a subject pronoun opens the clause.
  if (/^(?:he|she|they|we|i|it)$/i.test(tokens[i].text) && i + 1 < b && /^\p{Ll}/u.test(tokens[i + 1].text)) return true;
  for (let k = i + 1; k < b && k <= i + 6; k++) if (/^(?:is|are|was|were|had|has|have|would|will|could|can|should|must|did|does|do)$/i.test(tokens[k].text)) return true;
  return false;
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
    const content = cue.start > a + 1 ? contentBefore(ctx, cue.start - 1, lastEnd(found, a)) : accordingContentAfter(ctx, stop + 1);
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
  const endAt = clauseEndAfter(tokens, cue.verb.object ? (addresseeAfter(tokens, cue.end, b) ?? addresseeBeforeComma(tokens, cue.end, b))?.[1] ?? cue.end : cue.end, b);
  if (cue.verb.answerOnly && !noAnswer(tokens, cue, b)) return null;
  const asker = byAgentOpener(tokens, cue, a, b);
  if (asker) return make('preposed', asker.source, [asker.content], false, 0.75);
  let left = cue.start - 1;
  left = beforeTimeWords(tokens, left, a);
  const post = postposedFrame(ctx, cue, left, endAt, found, make);
  if (post) return post;
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
  const answerless = (cue.verb.postposedOnly || cue.verb.answerOnly) && noAnswer(tokens, cue, b);
  if (cue.verb.postposedOnly && cue.end === cue.head + 1 && !answerless && !(cue.end < b && (tokens[cue.end].text === ':' || lower(tokens[cue.end]) === 'that' || END.has(tokens[cue.end].text) || isQuoteOpen(tokens, cue.end, b) || tokens[cue.end].text === ',' && isQuoteOpen(tokens, cue.end + 1, b)))) return null;
  const pre = preposedSource(ctx, cue, left, found);
  if (!pre) return null;
  const { source, frame: fr } = pre;
  // "Mike Dyer, who voted against, said …": the relative clause ends at the comma; what follows is the main clause.
  if (source && source[1] - source[0] === 1 && /^(?:who|which)$/.test(lower(tokens[source[0]])) && tokens[cue.end]?.text === ',') return null;
  let from = cue.end;
  if (answerless && lower(tokens[from]) === 'to') cueEnd = ++from;
  let addressee: Range = null;
  if (cue.verb.object && cue.end === cue.head + 1) {
    const obj = addresseeAfter(tokens, from, b);
    if (obj) {
      addressee = obj;
      from = obj[1];
    }
  }
  // "said in a statement posted to Instagram on Wednesday that …": the participle describes the message; the content follows it.
  if (venueParticipleAt(tokens, from)) {
    const that = adjunctBeforeThat(tokens, from, b);
    const close = that < 0 ? adjunctBeforeQuote(tokens, from, b) : -1;
    if (that < 0 && close < 0) return null;
    from = that >= 0 ? that : close + 1;
  }
  // "said at least 40 villages …": "at least" opens the content, not an occasion;
  // "said about 6,200 customers …", "said about three million …": "about" before a number is an approximation that opens the content, not the topic.
  const quantity = lower(tokens[from] ?? tokens[b - 1]) === 'at' && /^(?:least|most)$/.test(lower(tokens[from + 1] ?? tokens[b - 1]))
    || lower(tokens[from] ?? tokens[b - 1]) === 'about' && APPROXIMATED.test(tokens.slice(from + 1, from + 4).map((t) => t.text).join(' '));
  if (from === cue.end && from + 1 < b && CUE_PREPOSITIONS.has(lower(tokens[from])) && isWord(tokens[from + 1]) && !timeAdverbialAt(tokens, from, b) && !quantity) {
    from++;
    cueEnd = from;
    const close = VENUE_PREPOSITIONS.has(lower(tokens[from - 1])) ? adjunctBeforeQuote(tokens, from, b) : -1;
    const that = close < 0 && VENUE_PREPOSITIONS.has(lower(tokens[from - 1])) ? adjunctBeforeThat(tokens, from, b) : -1;
    if (that >= 0) from = that;
    if (close >= 0) {
      cueEnd = !DETERMINERS.has(lower(tokens[from])) ? cue.end : tokens[close].text === ':' ? close + 1 : close;
      from = close + 1;
    }
    // "said in a joint statement the row was …": the occasion of speaking belongs to the cue, and the clause after it is the content.
    const venue = that < 0 && close < 0 && lower(tokens[from - 1]) === 'in' ? venueNounAfter(tokens, from, b) : -1;
    const clause = venue > 0 ? afterTimeAdverbials(tokens, venue + 1, b) : -1;
    if (venue > 0 && clauseOpensAt(tokens, clause, b)) {
      cueEnd = venue + 1;
      from = clause;
    }
  }
  const fronted = source[0] - 1 >= a && FRONTED_OBJECTS.has(lower(tokens[source[0] - 1])) && (from >= b || tokens[from].text === ',' || END.has(tokens[from].text)) ? source[0] - 1 : -1;
  let content = fronted >= 0 ? { spans: [[tokens[fronted].start, tokens[fronted].end] as Span], direct: false } : contentAfter(ctx, from, !SAY_LIKE.has(cue.lemma) && cue.verb.kind !== 'BELIEF' && !refusedSpeech(cue, tokens, from) && !isClauseStart(tokens, from, b));
  if (content.spans.length === 0) content = quoteOpeningNext(ctx);
  if (content.spans.length === 0 && addressee) content = contentAfter(ctx, addressee[0], true);
  if (content.spans.length === 0) return null;
  // "Its rival, Stratos, reports on Thursday.": a time alone is no content.
  if (!content.direct && onlyTimeAdverbials(tokens, from, b)) return null;
  if (cue.verb.needsClause && !CLAUSE_OPENERS.has(lower(tokens[from] ?? tokens[b - 1])) && !isQuoteOpen(tokens, from, b) && !namesEvidence(tokens, source)) return null;
  if (cue.verb.weak && !isWord(tokens[from] ?? tokens[b - 1])) return null;
  if (cue.verb.needsQuote && !isQuoteOpen(tokens, tokens[from]?.text === ',' || tokens[from]?.text === ':' ? from + 1 : from, b)) return null;
  const confidence = cue.verb.weak ? 0.6 : fr === 'participial' ? 0.75 : 0.85;
  return make(fr, source, content.spans, content.direct, confidence, addressee);
}
