// The speaker of a cue that opens its content ("Officials at the ministry believe …"): the
// phrase before it, a participle's subject or inherited source, or an appositive before a comma.

import type { Attribution, Frame } from './attribution.js';
import type { ContentContext } from './content.js';
import type { CueMatch } from './cue-match.js';
import type { Token } from '../document.js';
import { isCapitalized, isWord, lower, phraseBefore, type Range } from './phrases.js';
import { appositiveBefore, plausibleSource, sentenceSubject } from './speaker-phrases.js';
import { leadingAppositive, relativeSubject, subjectAfterOpener } from './leading-subject.js';
import { clauseSubject, modifiedPhrase } from './participles.js';
import { inheritedSource, inheritsSource, lastEnd } from './inherited-source.js';
import { closesQuoteAfterComma } from './postposed.js';
import { isQuoteOpen } from './clause.js';
import { isNamedThing } from './frame-checks.js';

/** "signs that said, “…”": a relative pronoun after a noun, whose cue of saying opens a quotation. */
function writtenOn(ctx: ContentContext, cue: CueMatch, left: number): boolean {
  const { doc: { tokens }, a, b } = ctx;
  const w = left > a ? lower(tokens[left]) : '';
  const quoteAt = cue.end < b && tokens[cue.end].text === ',' ? cue.end + 1 : cue.end;
  return (w === 'that' || w === 'which') && cue.lemma === 'say' && isWord(tokens[left - 1]) && isQuoteOpen(tokens, quoteAt, b);
}

/** Words opening a clause whose subject a coordinated cue shares ("when Park knocked Lee and called him …"). */
const SUBORDINATORS = new Set(['when', 'after', 'because', 'while', 'since', 'as', 'before', 'until']);
const MAX_CLAUSE = 20;

/** The subject right after the nearest subordinator before `left`, within a short clause, or null. */
function subordinateSubject(tokens: Token[], a: number, left: number): Range {
  for (let j = left - 1; j > a && j >= left - MAX_CLAUSE; j--) {
    if (!isWord(tokens[j])) return null;
    if (SUBORDINATORS.has(lower(tokens[j]))) return sentenceSubject(tokens, j + 1, left);
  }
  return null;
}

/** Prepositions that attach a place to the people before them ("Fishermen in this coastal town"). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'across', 'around', 'near', 'outside']);
const PLACE_DETERMINERS = new Set(['this', 'the', 'that', 'these', 'those']);

/**
 * "Fishermen in this coastal town say …": when the phrase before the cue names a place, not a
 * speaker, the people it is attached to by a preposition are the source, with the place.
 */
function withPlace(tokens: Token[], source: [number, number], floor: number, cue: CueMatch): Range {
  let p = source[0] - 1;
  if (p > floor && PLACE_DETERMINERS.has(lower(tokens[p]))) p--;
  if (p <= floor || !PLACE_PREPOSITIONS.has(lower(tokens[p]))) return source;
  const people = phraseBefore(tokens, p - 1, floor);
  return people && plausibleSource(tokens, people, cue) ? [people[0], source[1]] : source;
}

/** Words between an object and a gerund cue it does: "accused X of saying", "praised X for saying". */
const GERUND_LINKS = new Set(['of', 'for']);
/** Verbs whose object is who does the gerund after "of" or "for". */
const OBJECT_TAKERS = new Set(['accused', 'accuses', 'accuse', 'accusing', 'criticized', 'criticised', 'criticizes', 'criticises', 'criticizing', 'criticising', 'praised', 'praises', 'praising', 'thanked', 'thanks', 'thanking', 'blamed', 'blames', 'blaming', 'faulted', 'faults', 'slammed', 'slams', 'condemned', 'condemns', 'attacked', 'attacks', 'rebuked', 'chided', 'scolded', 'commended', 'applauded', 'credited', 'charged', 'charges', 'suspected']);
/** Verbs of using something to say something: "using his speech to urge". */
const INSTRUMENT_VERBS = new Set(['using', 'used', 'uses', 'use']);

/** Words that may end a clause saying why a source is unnamed ("to speak publicly", "to comment on the record"). */
const ANONYMITY_TAIL = new Set(['publicly', 'on', 'the', 'record', 'to', 'media', 'press', 'about', 'it', 'matter', 'talks', 'case', 'discussions', 'issue']);

/**
 * The first token of "(who was) not authorized to speak publicly" ending at token `left`, or -1:
 * "not authorized / permitted / allowed / cleared to speak / comment / talk / discuss", words of
 * ANONYMITY_TAIL after it, "who was" / "who is" / "who were" before it.
 */
function anonymityClauseStart(tokens: Token[], left: number, floor: number): number {
  let k = left;
  while (k > floor && left - k < 5 && ANONYMITY_TAIL.has(lower(tokens[k])) && !/^(?:speak|comment|talk|discuss)$/.test(lower(tokens[k]))) k--;
  if (k - 3 < floor || !/^(?:speak|comment|talk|discuss)$/.test(lower(tokens[k])) || lower(tokens[k - 1]) !== 'to') return -1;
  if (!/^(?:authori[sz]ed|permitted|allowed|cleared)$/.test(lower(tokens[k - 2])) || lower(tokens[k - 3]) !== 'not') return -1;
  let start = k - 3;
  if (start - 2 > floor && lower(tokens[start - 2]) === 'who' && /^(?:was|is|were|are)$/.test(lower(tokens[start - 1]))) start -= 2;
  return start;
}

/** The source of a preposed cue and the frame it makes ('preposed' or 'participial'), or null when there is none. */
export function preposedSource(ctx: ContentContext, cue: CueMatch, left: number, found: Attribution[]): { source: [number, number]; frame: Frame } | null {
  const { doc: { tokens }, a } = ctx;
  const gerund = /ing$/.test(lower(tokens[cue.head])) && cue.start === cue.head;
  // "accused the government of blaming states", "praised Lee for saying": the one accused or
  // praised does what the gerund reports.
  if (gerund && left - 1 > a && GERUND_LINKS.has(lower(tokens[left]))) {
    const object = phraseBefore(tokens, left - 1, lastEnd(found, a));
    if (object && object[0] - 1 >= a && OBJECT_TAKERS.has(lower(tokens[object[0] - 1])) && plausibleSource(tokens, object, cue)) return { source: object, frame: 'preposed' };
  }
  let source = relativeSubject(tokens, left, lastEnd(found, a)) ?? phraseBefore(tokens, left, lastEnd(found, a));
  // "A district employee not authorized to speak publicly said": the source runs through the clause saying why it is unnamed.
  const unnamedFrom = anonymityClauseStart(tokens, left, a);
  if (unnamedFrom > a) {
    const holder = phraseBefore(tokens, unnamedFrom - 1, lastEnd(found, a));
    if (holder && holder[1] === unnamedFrom) source = [holder[0], left + 1];
  }
  let fr: Frame = 'preposed';
  // "using his Christmas message to urge leaders …": the message is the means; whoever used it speaks.
  if (source && source[0] - 1 > a && INSTRUMENT_VERBS.has(lower(tokens[source[0] - 1])) && lower(tokens[left]) === 'to') {
    const subject = inheritsSource(tokens, found) ? inheritedSource(tokens, found, a) : clauseSubject(tokens, a, source[0] - 1);
    if (subject) return { source: subject, frame: 'participial' };
  }
  const bareParticiple = /ing$/.test(lower(tokens[cue.head])) && cue.start === cue.head && left >= a && isWord(tokens[left]);
  if (bareParticiple) {
    const subject = inheritsSource(tokens, found) ? inheritedSource(tokens, found, a) : clauseSubject(tokens, a, left);
    if (!subject && source && !isCapitalized(tokens[source[1] - 1])) return null;
    const modified = modifiedPhrase(tokens, source, a);
    if (modified && plausibleSource(tokens, modified, cue)) source = modified;
    else if (subject) {
      source = subject;
      fr = 'participial';
    }
  }
  if (!source && /ing$/.test(lower(tokens[cue.head])) && cue.start === cue.head && left > a && tokens[left].text === ',') {
    source = inheritsSource(tokens, found) ? inheritedSource(tokens, found, a) : clauseSubject(tokens, a, left);
    if (source) fr = 'participial';
  }
  if (!source && left > a && tokens[left].text === ',') source = appositiveBefore(tokens, left, lastEnd(found, a));
  if (!source && left > a && (tokens[left].text === ',' || tokens[left].text === '—')) source = leadingAppositive(tokens, lastEnd(found, a), left);
  if (!source && left >= a && (tokens[left].text === ',' || lower(tokens[left]) === 'and' || lower(tokens[left]) === 'but' || /ing$/.test(lower(tokens[cue.head])) && found.length > 0 && closesQuoteAfterComma(ctx, left))) {
    source = inheritsSource(tokens, found) ? inheritedSource(tokens, found, a) : subjectAfterOpener(tokens, a, left) ?? subordinateSubject(tokens, a, left);
    fr = 'participial';
  }
  if (source && !plausibleSource(tokens, source, cue)) source = withPlace(tokens, source, lastEnd(found, a), cue);
  if (source && (!plausibleSource(tokens, source, cue) || isNamedThing(tokens, source, cue))) return null;
  if (!source && cue.reporter) source = phraseBefore(tokens, cue.start - 1, a);
  if (!source && writtenOn(ctx, cue, left)) source = [left, left + 1];
  return source ? { source, frame: fr } : null;
}
