// Cue matching: whether the token at k opens a reporting cue, and which tokens the cue spans
// (auxiliaries before it, particles and "in a statement" after it, "quoted by AFP as" before
// "saying"). Pure, on token indices.

import type { Token } from '../document.js';
import { cueExtensions, cueVerb, type CueVerb } from './lexicon.js';
import { isCapitalized, isWord, lower, type Range } from './phrases.js';
import { AUXILIARIES, LY_NOUNS, QUANTIFIERS } from './words.js';

const BE = new Set(['is', 'are', 'was', 'were', 'been', 'be']);
/** How far back from "as saying" a "quoted" may stand ("quoted Wassim Bouhlel, a Nice native, as saying"). */
const QUOTED_REACH = 12;
/** "went on to endorse": the going on joins the cue. */
const GO = new Set(['went', 'goes', 'go', 'going']);
/** Verbs that take the cue as a "to" complement and join the cue ("continued to complain", "has to answer"). */
/** Verbs of going on that take a gerund: "keeps telling", "kept insisting". */
const GOING_ON = new Set(['keep', 'keeps', 'kept', 'keeping', 'continue', 'continues', 'continued', 'started', 'starts', 'began', 'stopped', 'stop', 'stops']);
const CATENATIVES = new Set(['continue', 'continues', 'continued', 'continuing', 'begin', 'begins', 'began', 'begun', 'start', 'starts', 'started', 'try', 'tries', 'tried', 'need', 'needs', 'needed', 'used', 'going', 'have', 'has', 'had', 'moved', 'rushed', 'quick', 'ought', 'able', 'likely', 'set', 'got', 'voted', 'votes', 'vote']);
/** Forms that are no cue before these words: bylines ("reported from Washington", "additional reporting by"), "pledged delegates", "called off the deal". */
const NOT_BEFORE = new Map<string, ReadonlySet<string>>([
  ['reported', new Set(['from'])],
  ['reporting', new Set(['from', 'by'])],
  ['pledged', new Set(['delegates', 'delegate'])],
  ['called', new Set(['off', 'into'])],
  ['calls', new Set(['off', 'into'])],
  // "the boards had agreed on terms": reaching a deal, not saying so (5 of 6 in PolNeAR train are no cue).
  ...['agree', 'agrees', 'agreed', 'agreeing'].map((f): [string, ReadonlySet<string>] => [f, new Set(['on', 'upon'])]),
]);

/** Verbs that count things rather than report speech before a number: "recalled 2 million cars", "added two routes", "adding 151,000 jobs". */
const COUNTING = new Set(['recalled', 'recalling', 'add', 'adds', 'added', 'adding']);

/** Words after "added" that count what was added: "added extra seats", "added another route". */
const MORE_OF = new Set(['another', 'extra', 'additional']);

/** "is recalling three batches", "added two routes": a recall or an increase, not a memory or a remark. */
function productRecall(w: string, next: Token): boolean {
  return COUNTING.has(w) && (/^\d/.test(next.text) || QUANTIFIERS.has(lower(next)) || MORE_OF.has(lower(next)));
}

const SEEK = new Set(['seek', 'seeks', 'sought', 'seeking']);
/** What one seeks without asking anyone for anything: an office, a vote, a refuge. */
const SOUGHT_THINGS = new Set(['nomination', 'nominations', 're-election', 'reelection', 'election', 'office', 'term', 'presidency', 'seat', 'candidacy', 'post', 'asylum', 'refuge', 'shelter', 'treatment', 'votes', 'work', 'employment']);

/** "who is seeking her party's presidential nomination", "seeking a third term": running for something, not a demand. */
function seeksOffice(w: string, tokens: Token[], k: number, b: number): boolean {
  if (!SEEK.has(w)) return false;
  for (let j = k + 1; j < b && j <= k + 5; j++) {
    const t = lower(tokens[j]);
    if (SOUGHT_THINGS.has(t)) return true;
    if (!isWord(tokens[j]) && tokens[j].text !== "'s" && tokens[j].text !== '’s') return false;
  }
  return false;
}

function matchesAt(tokens: Token[], i: number, end: number, words: string[]): boolean {
  if (i + words.length > end) return false;
  return words.every((w, k) => lower(tokens[i + k]) === w);
}

/** Whether "to" follows the capitalised name opening at token i, within five tokens and before any punctuation. */
function addsTo(tokens: Token[], i: number, b: number): boolean {
  for (let j = i + 1; j < b && j <= i + 5; j++) {
    if (lower(tokens[j]) === 'to') return true;
    if (!isWord(tokens[j]) && tokens[j].text !== '.') return false;
  }
  return false;
}

/** Works one writes as a trade or pastime ("writes a weekly column", "writes the newsletter Open Bucket"). */
const WRITTEN_WORKS = new Set(['newsletter', 'column', 'columns', 'blog', 'book', 'books', 'novel', 'novels', 'song', 'songs', 'code', 'software', 'music', 'poetry', 'poems', 'screenplays', 'scripts', 'history', 'histories', 'biographies', 'fiction', 'thrillers', 'lyrics']);

/** "writes a weekly column": a determiner, at most two modifiers, then a written work. */
function writesWork(tokens: Token[], k: number, b: number): boolean {
  if (k + 2 >= b || !/^(?:a|an|the|his|her|their|its)$/i.test(tokens[k + 1].text)) return false;
  for (let j = k + 2; j < b && j <= k + 4; j++) {
    if (WRITTEN_WORKS.has(lower(tokens[j]))) return true;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(tokens[j].text)) return false;
  }
  return false;
}

export interface CueMatch {
  verb: CueVerb | null;
  lemma: string;
  start: number;
  end: number;
  head: number;
  passive: boolean;
  reporter: Range;
}

/** Participles that name a thing when set off after it by a comma ("the panda, named Lin,"). */
const NAMING_AFTER_COMMA = new Set(['named', 'dubbed', 'nicknamed', 'christened', 'renamed']);

const DAY_OR_MONTH = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** "called on Monday for calm": the particle "on" at `at` before a day or month is a time, not the particle. */
function onBeforeDate(tokens: Token[], at: number, particle: string[]): boolean {
  return particle.length === 1 && particle[0] === 'on' && DAY_OR_MONTH.test(tokens[at + 1]?.text ?? '');
}

export function matchCue(tokens: Token[], k: number, a: number, b: number, titleCase: boolean, w: string): CueMatch | null {
  const t = tokens[k];
  if (w === 'according' && k + 1 < b && lower(tokens[k + 1]) === 'to') {
    return { verb: null, lemma: 'according to', start: k, end: k + 2, head: k, passive: false, reporter: null };
  }
  // "…, per a Bloomberg report", "Per the filing, …": the wire's "according to".
  if (w === 'per' && (k === a || tokens[k - 1].text === ',') && k + 1 < b && /^(?:a|an|the)$|^\p{Lu}/u.test(tokens[k + 1].text) && !/^cent$/i.test(tokens[k + 1].text)) {
    return { verb: null, lemma: 'according to', start: k, end: k + 1, head: k, passive: false, reporter: null };
  }
  const verb = cueVerb(w);
  if (!verb || (isCapitalized(t) && k !== a && !titleCase) || k + 1 < b && (NOT_BEFORE.get(w)?.has(lower(tokens[k + 1])) || productRecall(w, tokens[k + 1]) || seeksOffice(w, tokens, k, b))) return null;
  // "the No 8 signal was likely to …", "Brown's claim was rejected": a bare cue word after a
  // determiner, a number or a possessive and before a finite auxiliary is a noun, the clause's subject.
  if (k > a && k + 1 < b && /^(?:is|was|were|has|had|will|would|remains|remained)$/.test(lower(tokens[k + 1])) && !/(?:ed|ing|s)$/.test(w)
    && /^(?:the|a|an|this|that|its|their|his|her|our|\d+|.+['’]s)$/i.test(tokens[k - 1].text)) return null;
  // "had pushed orders into next year": a push is a demand only for something or someone ("pushed for a vote", "pushed back", "pushed to scrap it", "pushed Democrats to act").
  if (/^push(?:ed|ing|es)?$/.test(w) && !/^(?:for|back|to|hard|harder|the|a|an|\p{Lu}.*)$/u.test(tokens[k + 1]?.text ?? '')) return null;
  // "has never sounded so sure of herself": "sounded" reports only with its object ("sounded the alarm", "sounded a warning").
  if (w === 'sounded' && !/^(?:a|an|the|this|that|their|its|his|her|fresh|new|similar)$/i.test(tokens[k + 1]?.text ?? '')) return null;
  // "claimed more than €2.3 million in expenses", "claimed £400 for travel": money claimed is no claim made.
  if (/^claim(?:s|ed|ing)?$/.test(w) && /^(?:more|over|nearly|almost|about|around|up|[£€$¥]|\d)/.test(tokens[k + 1]?.text ?? '') && /[£€$¥]|\d/.test(tokens.slice(k + 1, k + 4).map((t) => t.text).join(' '))) return null;
  // "added St. Aldric to its leak site", "added Smith to the squad": adding someone to something says nothing.
  if (/^add(?:s|ed|ing)?$/.test(w) && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '') && addsTo(tokens, k + 1, b)) return null;
  // "a dry winter and repeated episodes of Saharan dust": "repeated" before a plural noun, after a word that no subject ends, is an adjective.
  if (w === 'repeated' && k > a && /^(?:and|or|of|by|with|after|despite|amid|following|the|a|its|his|her|their|through|from|to|in)$/i.test(tokens[k - 1].text) && /^\p{Ll}+s$/u.test(tokens[k + 1]?.text ?? '')) return null;
  // "put on 84 to see them home", "saw him leave": seeing someone somewhere is no belief ("sees them as a threat" is).
  if (/^(?:see|sees|saw)$/.test(w) && /^(?:them|him|her|us|me)$/i.test(tokens[k + 1]?.text ?? '') && lower(tokens[k + 2] ?? tokens[k]) !== 'as') return null;
  // "an independent researcher who writes the security newsletter Open Bucket": writing a work as
  // one's trade, in the present, says nothing ("wrote a viral blog against the mogul" still reports).
  if ((w === 'writes' || w === 'write') && writesWork(tokens, k, b)) return null;
  // "who asked not to be named said …": being named is no report.
  if (w === 'named' && k > a && /^(?:be|been|being)$/i.test(tokens[k - 1].text)) return null;
  // "Keepers spotted the panda, named Lin, in a tree": a naming participle set off by a comma names what precedes it.
  if (NAMING_AFTER_COMMA.has(w) && k > a && tokens[k - 1].text === ',') return null;
  let end = k + 1;
  const adverb = end + 1 < b && /^[a-z]{3,}ly$/.test(tokens[end].text) ? 1 : 0;
  const particle = verb.particles.find((p) => matchesAt(tokens, end, b, p) && !onBeforeDate(tokens, end, p)) ?? (adverb ? verb.particles.find((p) => matchesAt(tokens, end + 1, b, p) && !onBeforeDate(tokens, end + 1, p)) : undefined);
  if (particle) {
    end += (matchesAt(tokens, end, b, particle) ? 0 : adverb) + particle.length;
  } else if (verb.needsParticle) return null;
  for (const ext of cueExtensions()) {
    if (matchesAt(tokens, end, b, ext)) {
      end += ext.length;
      break;
    }
  }
  // "said only that …", "said simply: “…”": a focusing adverb before the content belongs to the cue.
  if (end + 1 < b && /^(?:only|simply|merely|just)$/.test(lower(tokens[end] ?? tokens[k])) && /^(?:that|["“:])$/.test(tokens[end + 1].text)) end++;
  let start = k;
  let passive = false;
  while (start - 1 >= a) {
    if (isAux(tokens[start - 1])) {
      if (BE.has(lower(tokens[start - 1]))) passive = true;
      start--;
    } else if (start - 2 >= a && lower(tokens[start - 1]) === 'to' && CATENATIVES.has(lower(tokens[start - 2]))) start -= 2;
    // "its chat assistant keeps telling me …": a verb of going on before a gerund cue is part of it.
    else if (start === k && start - 1 >= a && /ing$/.test(w) && GOING_ON.has(lower(tokens[start - 1]))) start--;
    else if (start - 3 >= a && lower(tokens[start - 1]) === 'to' && lower(tokens[start - 2]) === 'on' && GO.has(lower(tokens[start - 3]))) start -= 3;
    else break;
  }
  let reporter: Range = null;
  if (w === 'saying' && k - 1 >= a && lower(tokens[k - 1]) === 'as') {
    for (let j = k - 2; j >= a && j >= k - QUOTED_REACH; j--) {
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
export function isTitleCase(tokens: Token[], a: number, b: number): boolean {
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
  return AUXILIARIES.has(w) && !(isCapitalized(t) && (w === 'will' || w === 'may')) || (w.length > 4 && w.endsWith('ly') && !isCapitalized(t) && !LY_NOUNS.has(w));
}
