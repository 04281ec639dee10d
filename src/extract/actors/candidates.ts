// Candidate names: runs of capitalised tokens in each sentence (joined over "of" after a head word,
// name particles, "&", plural possessives and gazetteer names spelled out), handed to segmentRun.
// In all-capitals headlines only words that are not ordinary English, or capitalised elsewhere, count.

import type { Document } from '../document.js';
import { gazetteer } from '../lexicon/gazetteer.js';
import { lookupCountry } from '../lexicon/countries.js';
import { wordLists } from '../lexicon/words.js';
import { INSTITUTION_HEADS } from '../lexicon/body-nouns.js';
import { docEvidence, type DocEvidence } from './evidence.js';
import { known, segmentRun, type Segment } from './segments.js';
import { firstWordIndex, isAcronym, isCapitalised, isUpper, stripPossessive, titleCase } from './tokens.js';
import { NAME_PARTICLES } from '../lexicon/name-particles.js';
import { isHonorific } from './honorifics.js';

export type { Segment, TitleSpan } from './segments.js';

/** An Arabic article hyphenated to a capitalised name ("al-Fajr", "el-Sisi"). */
export const ARABIC_ARTICLE = /^(?:al|el|ad|ar|as|ash|at|az)-\p{Lu}\p{Ll}/u;
/** Heads of a body named for its subject with "on" ("Commission on Environmental Quality"). */
export const ON_HEADS = new Set(['Commission', 'Committee', 'Council', 'Conference', 'Institute', 'Center', 'Centre', 'Panel', 'Board', 'Subcommittee', 'Caucus']);
const DAY_OR_MONTH = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
const PARTICLES: ReadonlySet<string> = new Set([...NAME_PARTICLES, 'ibn']);
const OF_HEADS_EXTRA = ['Republic', 'Kingdom', 'Gulf', 'Isle', 'Isles', 'Cape', 'Duke', 'Duchess', 'State', 'States', 'House', 'Museum', 'Chamber', 'Secretary', 'Minister', 'Bank', 'Sea', 'Prince', 'Princess', 'Queen', 'King', 'Archbishop', 'Bishop', 'Earl', 'Mayor', 'Governor', 'Church', 'Order', 'Bay', 'Straits', 'Strait', 'Port'];
/** Legal forms end a company's name ("Kia Motor Corp of South Korea" is the company and a place) and give it no initial. */
export const LEGAL_FORMS: ReadonlySet<string> = new Set(['Inc', 'Inc.', 'Corp', 'Corp.', 'Co', 'Co.', 'Ltd', 'Ltd.', 'Plc', 'plc', 'PLC', 'AG', 'SA', 'NV', 'LLC', 'GmbH', 'Bhd', 'Pty']);
const OPENERS = new Set([':', '"', '“', '(', '-', '--', '—', '–', "'", '‘']);
const CONTRACTION = /['’](?:ve|ll|re|d|m|t)$/i;
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
  if (next && isCapitalised(next) && knownPlace(`${tc} ${titleCase(next)}`)) return true;
  if (prev !== undefined && isCapitalised(prev) && knownPlace(`${titleCase(prev)} ${tc}`)) return true;
  if (w.personNames.has(tc) && !w.basic.has(low) && next && isCapitalised(next) && !w.common.has(next.toLowerCase())) return true;
  if (ev.caps.has(tc) && !w.basic.has(low)) return true;
  if (w.common.has(low) || w.known.has(low)) return known(tc);
  if (t.length <= 3) return known(tc);
  return /\p{L}{2,}/u.test(t) || isAcronym(t);
}

/**
 * "Test and County Cricket Board", "Post and Telecommunications Administration": after "and"
 * at token j, a run of capitalised ordinary words ending in an organisation head continues a
 * name whose word before "and" is an ordinary word too, not a lone name ("Ford and General
 * Motors Corp", "Apple and Microsoft Corp"). Returns the end of that run, or j.
 */
function joinedByAnd(doc: Document, j: number, runStart: number, end: number, capLike: (i: number) => boolean): number {
  const w = wordLists();
  const ordinary = (t: string): boolean => w.common.has(t.toLowerCase()) || w.known.has(t.toLowerCase());
  const before = doc.tokens[j - 1].text;
  if (!ordinary(before) || known(before) || (runStart === j - 1 && w.personNames.has(before))) return j;
  // "Norwell Freight and Castor Logistics": a name of two words or more before "and" is a name of its own (but "Department of Health and Social Care").
  // Not counting an article or a nation before the name ("the U.S. Food and Drug Administration", "British Securities and Investments Board").
  let first = runStart;
  // "HM Prison and Probation Service": the Crown's "HM" counts as such a word.
  while (first < j - 1 && (/^(?:the|HM)$/i.test(doc.tokens[first].text) || lookupCountry(doc.tokens[first].text) !== undefined)) first++;
  // But fields in plain words before one body's head are one name, after a place maybe ("Sorsalay
  // Provincial Disaster Risk Reduction and Management Office", "Irish Nurses and Midwives Organisation").
  const fields = doc.tokens.slice(first + 1, j).every((t) => ordinary(t.text));
  const ofName = doc.tokens.slice(first, j).some((t) => t.text === 'of');
  if (j - 1 > first && !fields && !ofName) return j;
  let k = j + 1;
  while (k < end && capLike(k) && ordinary(stripPossessive(doc.tokens[k].text).base)) {
    k++;
    // "Retail and Distributive Workers' Union": a plural's apostrophe, written apart, stays inside.
    if (k + 1 < end && APOSTROPHES.has(doc.tokens[k].text) && doc.tokens[k].start === doc.tokens[k - 1].end && /s$/.test(doc.tokens[k - 1].text) && capLike(k + 1)) k++;
  }
  const head = doc.tokens[k - 1].text;
  // Fields of two words or more before "and" need an institution's head ("… and Management Office"), not a firm's ("… and Castor Logistics").
  if (j - 1 > first && !ofName && !INSTITUTION_HEADS.has(head.toLowerCase())) return j;
  return k > j + 1 && gazetteer().orgHeads.has(head) && !capLike(k) ? k : j;
}

/**
 * "Dana Park of Ohio", "Tom Bank of Fenwick": a given name and one more word before "of" are a
 * person, whose surname happens to be a head word ("Park", "Bank"), not the head of "X of Y".
 */
function givenAndSurname(doc: Document, a: number, b: number): boolean {
  const w = wordLists();
  if (b - a < 2) return false;
  const first = doc.tokens[b - 2].text;
  return w.personNames.has(first) && !w.common.has(first.toLowerCase()) && !known(first);
}

let spelled: Map<string, string[][]> | null = null;

/** Gazetteer names with lower-case words ("Organisation for Security and Cooperation in Europe"), by first word. */
function namesWithLowerWords(): Map<string, string[][]> {
  if (spelled) return spelled;
  spelled = new Map();
  for (const e of new Set(gazetteer().entities.values())) {
    for (const n of [e.name, ...e.aliases]) {
      const words = n.split(' ');
      if (words.length < 3 || !words.some((x) => /^\p{Ll}/u.test(x)) || !/^\p{Lu}/u.test(words[0])) continue;
      const list = spelled.get(words[0]) ?? [];
      list.push(words);
      spelled.set(words[0], list);
    }
  }
  return spelled;
}

/** Tokens of the longest gazetteer name with lower-case words spelled out from token i (or after "The"), or 0. */
function spelledName(doc: Document, i: number, end: number): number {
  if (doc.tokens[i].text === 'The' && i + 1 < end) {
    const after = spelledName(doc, i + 1, end);
    return after > 0 ? after + 1 : 0;
  }
  let best = 0;
  for (const words of namesWithLowerWords().get(doc.tokens[i].text) ?? []) {
    if (words.length <= best || i + words.length > end) continue;
    if (words.every((x, k) => doc.tokens[i + k].text === x)) best = words.length;
  }
  return best;
}

/**
 * "Marlow County Sheriff's Office", "Children's Hospital": a possessive common noun before an
 * organisation head word is inside one name; a person's possessive ("Trump's Office") is not.
 */
function bodyAfterPossessive(possessive: string, next: string): boolean {
  const { base } = stripPossessive(possessive);
  const low = base.toLowerCase();
  const w = wordLists();
  // "Kowalczyk's Bakery", "Joe's Diner": a shop is named by its owner's possessive.
  if (SHOP_HEADS.has(next)) return /^\p{Lu}/u.test(base);
  return gazetteer().orgHeads.has(next) && (w.common.has(low) || w.known.has(low)) && (!w.personNames.has(base) || gazetteer().titles.has(low));
}

/** Heads of a shop's name after its owner's possessive. */
const SHOP_HEADS = new Set(['Bakery', 'Cafe', 'Café', 'Diner', 'Pharmacy', 'Restaurant', 'Pub', 'Hardware', 'Deli', 'Bistro', 'Tavern', 'Salon', 'Butchers', 'Garage', 'Bar', 'Grill', 'Kitchen', 'Store']);

/**
 * After an organisation's "of", the rest of a list of fields ("and Social Care", ", Trade and
 * Industry", "and Diaspora Affairs"): commas and one "and" between capitalised words that name no
 * person or country, the last an English word. Returns the
 * token after the list, or `j` when there is none (", Britain and France said" names two more).
 */
function fieldList(doc: Document, j: number, end: number, capLike: (i: number) => boolean): number {
  const { tokens } = doc;
  const w = wordLists();
  // A field is a capitalised word that is no person's or place's name ("Diaspora", "Trade"; not "Britain").
  const field = (i: number): boolean => i < end && capLike(i) && !w.personNames.has(tokens[i].text) && lookupCountry(tokens[i].text) === undefined && /^\p{Lu}\p{Ll}+$/u.test(tokens[i].text);
  let k = j;
  while (k < end && tokens[k].text === ',') {
    if (!field(k + 1)) return j;
    k += 2;
    while (field(k)) k++;
  }
  if (k >= end || tokens[k].text !== 'and' || !field(k + 1)) return j;
  k += 2;
  while (field(k)) k++;
  // The list ends on an English word ("Affairs", "Industry", "Social Care"), not a name ("and Barclays").
  // "Labor"/"Labour" are left out of the word lists (party names), but close a ministry's fields ("Employment and Labor").
  const last = tokens[k - 1].text.toLowerCase();
  if (last === 'labor' || last === 'labour') return k;
  // A rarer English word ("Transport and Tourism") ends it too when every field is an English word ("Microsoft and Google" are names).
  const english = (i: number): boolean => w.common.has(tokens[i].text.toLowerCase()) || w.known.has(tokens[i].text.toLowerCase());
  let allEnglish = true;
  for (let i = j; i < k; i++) if (field(i) && !english(i)) allEnglish = false;
  return w.common.has(last) || w.known.has(last) && allEnglish ? k : j;
}

/** Finds candidate name segments in every sentence of the document. */
export function findCandidates(doc: Document): Segment[] {
  const ev = docEvidence(doc);
  const out: Segment[] = [];
  const { tokens } = doc;
  doc.sentences.forEach((s, si) => {
    const caps = ev.allCaps[si];
    const headline = ev.headline[si];
    const first = firstWordIndex(tokens, s.tokenStart, s.tokenEnd);
    const capLike = (i: number): boolean => {
      const t = tokens[i].text;
      if (!isCapitalised(t)) return false;
      if (headline && (isUpper(t) || !caps)) {
        if (i === first && tokens[i + 1]?.text === '-' && wordLists().common.has(t.toLowerCase())) return false;
        return capsCandidate(t, i > s.tokenStart ? tokens[i - 1].text : undefined, i + 1 < s.tokenEnd ? tokens[i + 1].text : undefined, ev);
      }
      if (CONTRACTION.test(t)) return false;
      const base = stripPossessive(t).base;
      // A lone capital is no name without its full stop, but the Irish "Ó" opens a family name ("Pádraig Ó Duinn").
      if (base.length === 1 && tokens[i + 1]?.text !== '.' && !(base === 'Ó' && /^\p{Lu}\p{Ll}/u.test(tokens[i + 1]?.text ?? ''))) return false;
      return !gazetteer().notNames.has(base);
    };
    let i = s.tokenStart;
    while (i < s.tokenEnd) {
      if (!capLike(i)) { i++; continue; }
      let runStart = i;
      // "Mr ap Dafydd", "Dr van der Berg": after an honorific, the family name's particles open the name.
      let p = i;
      while (p - 1 > s.tokenStart && PARTICLES.has(tokens[p - 1].text)) p--;
      if (p < i && p - 1 >= s.tokenStart && isHonorific(tokens[p - 1].text.replace(/\.$/, '')) && !caps) runStart = p;
      let j = i + Math.max(1, spelledName(doc, i, s.tokenEnd));
      let ofJoined = false;
      while (j < s.tokenEnd) {
        // "St. Brennock's Regional Hospital": a saint's possessive is inside the name.
        const saint = j - 2 >= runStart && /^(?:St\.?|Saint|Ste\.?)$/.test(tokens[j - 2].text);
        if (stripPossessive(tokens[j - 1].text).possessive && !saint && !bodyAfterPossessive(tokens[j - 1].text, tokens[j].text)) break;
        if (capLike(j)) { j++; continue; }
        const t = tokens[j].text;
        if (PARTICLES.has(t) && PARTICLES.has(tokens[j + 1]?.text ?? '') && j + 2 < s.tokenEnd && capLike(j + 2) && !caps) { j += 3; continue; }
        // "Federal Office for the Environment", "Ministry of the Interior": an organisation's head word, "of/for the", a name.
        if ((t === 'of' || t === 'for') && tokens[j + 1]?.text === 'the' && j + 2 < s.tokenEnd && capLike(j + 2) && !caps && gazetteer().orgHeads.has(tokens[j - 1].text) && !LEGAL_FORMS.has(tokens[j - 1].text)) { j += 3; ofJoined = true; continue; }
        // "Department of Health and Social Care", "Ministry of Economy, Trade and Industry": the fields of a ministry's name.
        if (ofJoined && !caps && (t === 'and' || t === ',')) {
          const k = fieldList(doc, j, s.tokenEnd, capLike);
          if (k > j) { j = k; continue; }
        }
        // "Kataib al-Fajr", "Saeed al-Harthy": an Arabic article joined to a capitalised name continues it.
        if (ARABIC_ARTICLE.test(t) && !caps) { j++; continue; }
        // "Phu Khang Foam Co., Ltd.": the legal form "Co., Ltd." is one, comma and all.
        if (t === ',' && /^Co\.?$/.test(tokens[j - 1].text) && /^Ltd\.?$/.test(tokens[j + 1]?.text ?? '')) { j += 2; continue; }
        const nextCap = j + 1 < s.tokenEnd && capLike(j + 1);
        if (!nextCap) break;
        // "Texas Commission on Environmental Quality", "Council on Foreign Relations": a body's subject after "on", not a day.
        if (t === 'on' && ON_HEADS.has(tokens[j - 1].text) && !caps && !DAY_OR_MONTH.test(tokens[j + 1].text)) { j += 2; continue; }
        if (PARTICLES.has(t) && !caps) { j += 2; continue; }
        if ((t === 'of' || t === 'for') && ofHeadSet().has(tokens[j - 1].text) && !LEGAL_FORMS.has(tokens[j - 1].text) && !givenAndSurname(doc, runStart, j)) { ofJoined ||= gazetteer().orgHeads.has(tokens[j - 1].text); j += 2; continue; }
        if (t === '&') { j += 2; continue; }
        // "Verband der Verlader und Logistiker", "Bundesamt für Migration": German joiners only occur inside German names.
        if ((t === 'und' || t === 'für') && !caps) { j += 2; continue; }
        if (t === 'and' && !caps) {
          const k = joinedByAnd(doc, j, runStart, s.tokenEnd, capLike);
          if (k > j) { j = k; continue; }
        }
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

