// Candidate names: runs of capitalised tokens in each sentence, cut into segments at titles
// ("Foreign Minister"), at a known name followed by a person's name, and cleaned of sentence-
// initial common words, a leading "The" and possessive "’s". Headlines in capitals are lowered.

import type { Document } from '../document.js';
import { gazetteer } from '../lexicon/gazetteer.js';
import { lookupCountry } from '../lexicon/countries.js';
import { wordLists } from '../lexicon/words.js';
import { docEvidence, type DocEvidence } from './evidence.js';
import { firstWordIndex, isAcronym, isAllCapsSentence, isCapitalised, isUpper, stripPossessive, titleCase } from './tokens.js';

export interface Segment {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  sentence: number;
  /** Surface words with possessive stripped, title-cased in headlines. */
  words: string[];
  text: string;
  afterThe: boolean;
  possessive: boolean;
  capsSentence: boolean;
  /** Capitalised title heading the same run ("Foreign Minister" in "Foreign Minister Sergei Lavrov"). */
  title: TitleSpan | null;
}

export interface TitleSpan {
  title: string;
  start: number;
  end: number;
  /** The segment before the title in the same run ("Russian" in "Russian Foreign Minister"). */
  affiliation: Segment | null;
}

const PARTICLES = new Set(['de', 'da', 'di', 'du', 'del', 'della', 'van', 'von', 'der', 'den', 'ter', 'bin', 'ibn', 'dos', 'das', 'al', 'el', 'le', 'la']);
const NAME_INITIAL = new Set(['New', 'North', 'South', 'East', 'West', 'United', 'National', 'Royal', 'Central', 'Federal', 'General', 'Great', 'Saint', 'St.', 'San', 'Santa', 'Los', 'Las', 'Le', 'La', 'El', 'Upper', 'Lower', 'Grand', 'Old', 'First', 'International', 'American', 'European']);
const OF_HEADS_EXTRA = ['Republic', 'Kingdom', 'Gulf', 'Isle', 'Isles', 'Cape', 'Duke', 'Duchess', 'State', 'States', 'House', 'Museum', 'Chamber', 'Secretary', 'Minister', 'Bank', 'Sea', 'Prince', 'Princess', 'Queen', 'King', 'Archbishop', 'Bishop', 'Earl', 'Mayor', 'Governor', 'Church', 'Order', 'Bay', 'Straits', 'Strait', 'Port'];
const OPENERS = new Set([':', '"', '“', '(', '-', '--', '—', '–', "'", '‘']);
const APOSTROPHES = new Set(["'", '’']);

let ofHeads: Set<string> | null = null;
function ofHeadSet(): Set<string> {
  const g = gazetteer();
  ofHeads ??= new Set([...g.orgHeads, ...g.placeHeads, ...g.mediaHeads, ...g.groupHeads, ...OF_HEADS_EXTRA]);
  return ofHeads;
}

const knownPlace = (s: string): boolean => wordLists().places.has(s) || known(s);

/**
 * True when a word of an all-capitals headline is worth a look: not an ordinary word, or an
 * ordinary word that is part of a known name with its neighbour ("NEW YORK", "KANSAS CITY").
 */
function capsCandidate(t: string, prev: string | undefined, next: string | undefined, ev: DocEvidence): boolean {
  const w = wordLists();
  const low = t.toLowerCase();
  const tc = titleCase(t);
  if (next && isUpper(next) && knownPlace(`${tc} ${titleCase(next)}`)) return true;
  if (prev !== undefined && isUpper(prev) && knownPlace(`${titleCase(prev)} ${tc}`)) return true;
  if (ev.caps.has(tc) && !w.basic.has(low)) return true;
  if (w.common.has(low) || w.known.has(low)) return known(tc);
  if (t.length <= 3) return known(tc);
  return /\p{L}{2,}/u.test(t) || isAcronym(t);
}

/** Finds candidate name segments in every sentence of the document. */
export function findCandidates(doc: Document): Segment[] {
  const ev = docEvidence(doc);
  const out: Segment[] = [];
  const { tokens } = doc;
  doc.sentences.forEach((s, si) => {
    const caps = isAllCapsSentence(doc, s.tokenStart, s.tokenEnd);
    const first = firstWordIndex(tokens, s.tokenStart, s.tokenEnd);
    const capLike = (i: number): boolean => {
      const t = tokens[i].text;
      if (!isCapitalised(t)) return false;
      if (caps && isUpper(t)) {
        if (i === first && tokens[i + 1]?.text === '-' && wordLists().common.has(t.toLowerCase())) return false;
        return capsCandidate(t, i > s.tokenStart ? tokens[i - 1].text : undefined, i + 1 < s.tokenEnd ? tokens[i + 1].text : undefined, ev);
      }
      const base = stripPossessive(t).base;
      if (base.length === 1 && tokens[i + 1]?.text !== '.') return false;
      return !gazetteer().notNames.has(base);
    };
    let i = s.tokenStart;
    while (i < s.tokenEnd) {
      if (!capLike(i)) { i++; continue; }
      const runStart = i;
      let j = i + 1;
      while (j < s.tokenEnd) {
        if (stripPossessive(tokens[j - 1].text).possessive) break;
        if (capLike(j)) { j++; continue; }
        const t = tokens[j].text;
        if (PARTICLES.has(t) && PARTICLES.has(tokens[j + 1]?.text ?? '') && j + 2 < s.tokenEnd && capLike(j + 2) && !caps) { j += 3; continue; }
        const nextCap = j + 1 < s.tokenEnd && capLike(j + 1);
        if (!nextCap) break;
        if (PARTICLES.has(t) && !caps) { j += 2; continue; }
        if ((t === 'of' || t === 'for') && ofHeadSet().has(tokens[j - 1].text)) { j += 2; continue; }
        if (t === '&') { j += 2; continue; }
        if (APOSTROPHES.has(t) && tokens[j].start === tokens[j - 1].end && /s$/.test(tokens[j - 1].text)) { j += 2; continue; }
        break;
      }
      const initial = runStart === first || OPENERS.has(tokens[runStart - 1]?.text ?? '');
      segmentRun(doc, runStart, j, si, caps, initial, ev, out);
      i = j;
    }
  });
  return out;
}

function makeSegment(doc: Document, a: number, b: number, si: number, caps: boolean): Segment {
  const { tokens } = doc;
  const last = stripPossessive(tokens[b - 1].text);
  const end = last.possessive ? tokens[b - 1].start + last.base.length : tokens[b - 1].end;
  const words: string[] = [];
  for (let k = a; k < b; k++) {
    const raw = k === b - 1 ? last.base : tokens[k].text;
    words.push(caps && isUpper(raw) ? titleCase(raw) : raw);
  }
  const text = caps ? words.join(' ').replace(/ ' /g, "' ") : doc.text.slice(tokens[a].start, end).replace(/\s+/g, ' ');
  const prev = a > 0 ? tokens[a - 1].text.toLowerCase() : '';
  return {
    start: tokens[a].start, end, tokenStart: a, tokenEnd: b, sentence: si, words, text,
    afterThe: prev === 'the', possessive: last.possessive, capsSentence: caps, title: null,
  };
}

/** Longest title phrase starting at token k of the run, as a token count (0 if none). */
function titleAt(doc: Document, k: number, end: number): number {
  const titles = gazetteer().titles;
  let best = 0;
  let phrase = '';
  for (let n = 1; n <= 4 && k + n <= end; n++) {
    phrase = n === 1 ? doc.tokens[k].text.toLowerCase() : `${phrase} ${doc.tokens[k + n - 1].text.toLowerCase()}`;
    if (titles.has(phrase)) best = n;
  }
  return best;
}

function known(text: string): boolean {
  return gazetteer().entities.has(text.toLowerCase()) || lookupCountry(text) !== undefined;
}

/** True for an unlisted word made of two common words ("drugmaker", "shipowner"). */
function compound(low: string): boolean {
  const w = wordLists();
  if (low.length < 7 || w.personNames.has(titleCase(low)) || w.places.has(titleCase(low))) return false;
  for (let k = 3; k <= low.length - 3; k++) {
    if (w.common.has(low.slice(0, k)) && w.common.has(low.slice(k))) return true;
  }
  return false;
}

function segmentRun(doc: Document, a: number, b: number, si: number, caps: boolean, initial: boolean, ev: DocEvidence, out: Segment[]): void {
  const { tokens } = doc;
  const g = gazetteer();
  const w = wordLists();
  if (b - a > 1 && tokens[a].text === 'The') { a++; initial = false; }
  if (initial && a < b) {
    const t = stripPossessive(tokens[a].text).base;
    const tc = caps ? titleCase(t) : t;
    const low = t.toLowerCase();
    const next = tokens[a + 1]?.text ?? '';
    const elsewhere = ev.caps.has(tc) && !w.basic.has(low);
    const teamRow = /^\d/.test(next) && !w.basic.has(low);
    const ordinary = !elsewhere && !teamRow && !known(tc) && titleAt(doc, a, b) === 0
      && (w.common.has(low) || w.known.has(low) || (b - a === 1 && /^\p{Ll}/u.test(next) && compound(low)));
    const second = tokens[a + 1]?.text ?? '';
    const givenName = w.personNames.has(tc) && !w.basic.has(low) && !w.common.has(second.toLowerCase()) && !w.known.has(second.toLowerCase());
    const keepHead = b - a > 1 && (givenName || NAME_INITIAL.has(tc) || !w.basic.has(low) || g.orgHeads.has(titleCase(tokens[b - 1].text)) || g.placeHeads.has(tokens[b - 1].text));
    if (ordinary && !keepHead) a++;
  }
  if (a >= b) return;
  for (let k = a; k < b; k++) {
    const n = titleAt(doc, k, b);
    if (n === 0) continue;
    const lastHead = titleCase(tokens[b - 1].text);
    if (g.orgHeads.has(lastHead) || g.mediaHeads.has(lastHead)) break;
    let ts = k;
    while (ts > a && g.titleModifiers.has(tokens[ts - 1].text)) ts--;
    const affiliation = ts > a ? makeSegment(doc, a, ts, si, caps) : null;
    if (affiliation) out.push(affiliation);
    const title: TitleSpan = {
      title: doc.text.slice(tokens[ts].start, tokens[k + n - 1].end), start: tokens[ts].start, end: tokens[k + n - 1].end, affiliation,
    };
    const before = out.length;
    if (k + n < b) splitKnown(doc, k + n, b, si, caps, out);
    if (out.length > before) out[before].title = title;
    return;
  }
  splitKnown(doc, a, b, si, caps, out);
}

/** Splits "UN Linda Thomas-Greenfield" into the known name and the person's name. */
function splitKnown(doc: Document, a: number, b: number, si: number, caps: boolean, out: Segment[]): void {
  const w = wordLists();
  const whole = makeSegment(doc, a, b, si, caps);
  if (b - a > 1 && !known(whole.text)) {
    for (let p = b - 1; p > a; p--) {
      const head = makeSegment(doc, a, p, si, caps);
      const rest = makeSegment(doc, p, b, si, caps);
      const g = gazetteer();
      const restLast = rest.words[rest.words.length - 1];
      const personal = !w.common.has(rest.words[0].toLowerCase()) && !g.eventHeads.has(restLast) && !g.orgHeads.has(restLast) && !g.mediaHeads.has(restLast) && !g.placeHeads.has(restLast);
      if (known(head.text) && w.personNames.has(rest.words[0]) && personal) {
        out.push(head, rest);
        return;
      }
    }
  }
  out.push(whole);
}
