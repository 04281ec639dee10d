// Types one candidate segment from its own evidence: gazetteer and country lookups, head words
// (Inc, Party, Times, River), person-name lists, titles, acronyms and the word before it.

import type { Document } from '../document.js';
import type { ActorType } from '../types.js';
import { BODY_NOUNS_AFTER_NAME } from '../lexicon/body-nouns.js';
import { gazetteer } from '../lexicon/gazetteer.js';
import { lookupCountry, type CountryForm } from '../lexicon/countries.js';
import { wordLists } from '../lexicon/words.js';
import { docEvidence } from './evidence.js';
import { isMisc } from './misc.js';
import { PATRONYMICS } from '../lexicon/name-particles.js';
import { CLOCK_TIME, MERIDIEM, TIME_ZONE } from '../lexicon/abbreviations.js';
import { isFirstName } from './first-names.js';
import { titleAt } from './titles.js';
import { known, orgBeforePlace, type Segment } from './segments.js';
import { isAcronym, isUpper, stripPossessive } from './tokens.js';

export interface Typed {
  seg: Segment;
  type: ActorType;
  /** Canonical name when a lexicon knows the entity ("Russia" for "Moscow"), else null. */
  canonical: string | null;
  form: CountryForm | 'surface';
  /** How sure the type is: 3 lexicon, 2 head word or title, 1 guess. */
  strength: number;
  partOf: string | null;
}

const NOT_GIVEN = new Set(['St', 'St.', 'San', 'Santa', 'Saint', 'New', 'Port', 'Fort', 'Lake', 'Mount', 'Mt', 'Los', 'Las', 'Le', 'La', 'El', 'East', 'West', 'North', 'South', 'Upper', 'Lower', 'Great']);
const TEAM_PLURAL = /^\p{Lu}\p{Ll}+s$/u;
const DASHES = new Set(['-', '—', '–', '--']);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * "MILWAUKEE , Wisconsin 1996-08-29" (a short line ending in a date), "MIAMI — Text…" or
 * "HYDERABAD: Text…" (capitals opening a paragraph before a dash or colon), and the region of
 * "KYRENSK, Dravia (Reuters) - …": the place the story was filed from.
 */
function isDateline(doc: Document, seg: Segment): boolean {
  const s = doc.sentences[seg.sentence];
  const { tokens } = doc;
  if (s.tokenEnd - s.tokenStart <= 6 && DATE.test(tokens[s.tokenEnd - 1].text)) return true;
  if (doc.paragraphs[s.paragraph]?.[0] !== s.start) return false;
  const next = tokens[seg.tokenEnd]?.text ?? '';
  // Before a colon only a known place: "ISSUER:" opens a line of a table.
  if (seg.tokenStart === s.tokenStart) return isUpper(seg.text) && (DASHES.has(next) || next === ':' && isPlaceName(seg.text.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase())));
  // The region after the city in capitals: "KYRENSK, Dravia (Reuters) -".
  return seg.tokenStart === s.tokenStart + 2 && tokens[s.tokenStart + 1].text === ',' && isUpper(tokens[s.tokenStart].text) && tokens[s.tokenStart].text.length > 2 && next === '(';
}


/** A city, region or country name ("Houston", "New York", "Colorado"). */
function isPlaceName(text: string): boolean {
  return wordLists().places.has(text) || lookupCountry(text) !== undefined;
}

/** "Houston Astros", "Colorado Rockies": a place, then the plural of an English word. */
function isTeamName(words: string[]): boolean {
  const last = words[words.length - 1];
  if (!TEAM_PLURAL.test(last) || !isPlaceName(words.slice(0, -1).join(' '))) return false;
  const w = wordLists();
  const one = (last.endsWith('ies') ? `${last.slice(0, -3)}y` : last.slice(0, -1)).toLowerCase();
  return (w.common.has(one) || w.known.has(one)) && !w.personNames.has(last);
}

const PLACE_PREPS = new Set(['in', 'at', 'near', 'from', 'outside', 'into', 'across', 'to', 'toward', 'towards', 'around', 'via']);
const LOCATIVE = new Set(['in', 'near', 'outside', 'from', 'to', 'at']);
/** Nouns for a holding in a company: "shares in X", "a stake in X", "stock of X". */
const HOLDINGS = new Set(['shares', 'share', 'stake', 'stakes', 'stock', 'stocks', 'shareholders', 'investors', 'holding', 'holdings', 'shareholding']);
/** Nouns for a body, lower case, that a name may follow as its apposition ("the group Last Summer"). */
const BODY_NOUNS = new Set(['group', 'charity', 'organisation', 'organization', 'company', 'firm', 'startup', 'union', 'band', 'campaign', 'movement', 'network', 'coalition', 'alliance', 'nonprofit', 'foundation']);
const PERSON_HEADS = new Set(['administration', 'presidency', 'campaign', 'aides', 'family', 'doctrine', 'era']);
const SPEECH_NEXT = new Set(['said', 'says', 'told', 'added', 'argued', 'wrote', 'insisted', 'tweeted']);
const PERSON_NEXT = new Set(['said', 'says', 'told', 'added', 'who', 'whose', 'himself', 'herself']);

/** Party names that are also adjectives ("a Labour MP"): a possessive or a speaking subject is the party. */
const PARTY_WORDS = new Set(['Labour', 'Conservative', 'Conservatives', 'Tory', 'Tories', 'Democrat', 'Democrats', 'Republican', 'Republicans', 'Liberal', 'Liberals', 'Socialist', 'Socialists', 'Communist', 'Communists']);

/** "Lib Dems", "Liberal Democrats", "Young Republicans": a capitalised name ending in a party plural is a GROUP. */
const PARTY_PLURALS = new Set(['Dems', 'Democrats', 'Republicans', 'Conservatives', 'Tories', 'Liberals', 'Socialists', 'Communists']);

/**
 * "Labour's education spokesman", "the Conservatives said": a party word alone names the party
 * when it owns something or speaks; a plural ("the Tories") is a GROUP, a singular the party organisation.
 */
function partyByContext(seg: Segment, next: string): ActorType | null {
  if (seg.words.length !== 1 || !PARTY_WORDS.has(seg.text) || seg.capsSentence) return null;
  if (!seg.possessive && !(seg.afterThe && SPEECH_NEXT.has(next))) return null;
  return /s$/.test(seg.text) ? 'GROUP' : 'ORGANIZATION';
}

/**
 * "Brightlake Games raised its forecast", "at Brightlake Games": an event head after an invented
 * word, with no "the" before it, names a company ("the Commonwealth Games", "Asian Games" stay events).
 */
function companyWithEventHead(doc: Document, seg: Segment): boolean {
  const g = gazetteer();
  const w = wordLists();
  const words = seg.words;
  if (words.length !== 2 || seg.afterThe || seg.capsSentence || !g.eventHeads.has(words[1])) return false;
  const first = words[0];
  const low = first.toLowerCase();
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(first) || w.common.has(low) || w.known.has(low) || w.basic.has(low)) return false;
  if (w.places.has(first) || w.personNames.has(first) || lookupCountry(first) !== undefined || g.miscWords.has(first) || g.titleModifiers.has(first) || /(?:ian|ean|ese|ish|ic)$/.test(first)) return false;
  const prev = seg.tokenStart > 0 ? doc.tokens[seg.tokenStart - 1].text : '';
  return !/^\d/.test(prev);
}

/**
 * "Kestrian" beside "Kestria": an unlisted adjective in -n, -an or -ian whose stem the article
 * writes as a capitalised word is that place's demonym; returns the stem, else null.
 */
function unlistedDemonym(doc: Document, seg: Segment): string | null {
  if (seg.words.length !== 1 || seg.capsSentence || !/^\p{Lu}\p{Ll}{3,}(?:n)$/u.test(seg.text)) return null;
  const w = wordLists();
  if (known(seg.text) || w.places.has(seg.text) || w.personNames.has(seg.text) || w.common.has(seg.text.toLowerCase()) || gazetteer().miscWords.has(seg.text)) return null;
  const lone = loneCapitalised(doc);
  for (const stem of [seg.text.slice(0, -1), seg.text.slice(0, -2), seg.text.slice(0, -3)]) {
    if (stem.length >= 4 && /[aeiouy]$/.test(stem) && lone.has(stem) && !known(stem) && !w.places.has(stem) && !w.common.has(stem.toLowerCase())) return stem;
  }
  return null;
}

const loneCache = new WeakMap<Document, Set<string>>();

/** Capitalised words that stand alone (no capitalised neighbour) somewhere in the document. */
function loneCapitalised(doc: Document): Set<string> {
  let out = loneCache.get(doc);
  if (out) return out;
  out = new Set();
  const cap = (i: number): boolean => /^\p{Lu}/u.test(doc.tokens[i]?.text ?? '');
  for (let i = 0; i < doc.tokens.length; i++) if (cap(i) && !cap(i - 1) && !cap(i + 1)) out.add(stripPossessive(doc.tokens[i].text).base);
  loneCache.set(doc, out);
  return out;
}

/**
 * "its new console, the Lumen Box": an unknown "the X Y" in apposition to a lower-case noun that
 * names no person, body or role (a product, a vessel, a building) is that thing, no actor.
 */
function thingInApposition(doc: Document, seg: Segment): boolean {
  const t = doc.tokens;
  const noun = t[seg.tokenStart - 3]?.text ?? '';
  if (t[seg.tokenStart - 2]?.text !== ',' || !/^\p{Ll}{3,}$/u.test(noun) || !/^[,.;:)]?$/.test(t[seg.tokenEnd]?.text ?? '')) return false;
  const g = gazetteer();
  const one = noun.replace(/s$/, '');
  return !g.sourceNouns.has(one) && !g.titles.has(one) && !g.anonymousHeads.has(noun) && !/(?:er|or|ist|ian|man|woman|ee|ant|ent)s?$/.test(noun)
    && !['group', 'party', 'band', 'team', 'company', 'firm', 'union', 'body', 'agency', 'organisation', 'organization', 'paper', 'newspaper', 'daily', 'weekly'].includes(one);
}

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'mr.', 'mrs.', 'ms.', 'dr', 'dr.']);

/** True when the words around a segment make it a person: "Mr Park", "the Park administration". */
export function personByContext(doc: Document, seg: Segment): boolean {
  const prev = seg.tokenStart > 0 ? doc.tokens[seg.tokenStart - 1].text.toLowerCase() : '';
  const nextTok = seg.tokenEnd < doc.tokens.length ? doc.tokens[seg.tokenEnd].text : '';
  return HONORIFICS.has(prev) || (PERSON_HEADS.has(nextTok) && !seg.possessive) || personAppositive(doc, seg) || patronymicName(seg.words);
}

/** "Osian ap Dafydd", "Angharad ferch Owain": a Welsh patronymic inside a name makes it a person's. */
function patronymicName(words: readonly string[]): boolean {
  return words.length >= 3 && words.slice(1, -1).some((x) => PATRONYMICS.has(x));
}

/**
 * "Tomasz Brenner, a senior researcher at the firm,", "Janet Hurley, 62,": an age, or "a"/"an"
 * and at most two modifiers before a lower-case title, set off after a name of two words or more.
 */
function personAppositive(doc: Document, seg: Segment): boolean {
  const t = doc.tokens;
  const k = seg.tokenEnd;
  // "Takumi Oda of Meridian Capital Research was more sanguine": a two-word name before "of" and a capitalised name.
  if (seg.words.length === 2 && t[k]?.text === 'of' && /^\p{Lu}\p{Ll}/u.test(t[k + 1]?.text ?? '') && seg.words.every((x) => /^\p{Lu}\p{Ll}+$/u.test(x) && !wordLists().common.has(x.toLowerCase()))) return true;
  if (t[k]?.text !== ',') return false;
  // "Another resident, Warsito, 44, said": one word set off before an age is a person too.
  if (/^\d{1,3}$/.test(t[k + 1]?.text ?? '') && t[k + 2]?.text === ',' && (seg.words.length >= 2 || t[seg.tokenStart - 1]?.text === ',')) return true;
  if (seg.words.length < 2) return false;
  if (!/^(?:a|an)$/.test(t[k + 1]?.text ?? '')) return false;
  for (let j = k + 2; j <= k + 4 && j < t.length; j++) {
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(t[j].text)) return false;
    if (titleAt(doc, j) > 0) return true;
  }
  return false;
}

/** "Ribeira Alta president Joaquim Serrano": unknown names before a lower-case title and a capitalised name are whom the title is held for. */
function bodyBeforeTitle(doc: Document, seg: Segment): boolean {
  const k = seg.tokenEnd;
  const n = /^\p{Ll}/u.test(doc.tokens[k]?.text ?? '') ? titleAt(doc, k) : 0;
  return n > 0 && /^\p{Lu}\p{Ll}/u.test(doc.tokens[k + n]?.text ?? '');
}

/**
 * The type of a segment, or null when it names no actor (an event, a law, a lone title). In a
 * sports report a town or region outside a place phrase ("in Leeds") names its team, and so
 * does a guessed person whose last word is a town and first word no given name ("Hansa Rostock").
 */
export function classify(doc: Document, seg: Segment): Typed | null {
  const t = classifyOwn(doc, seg);
  return t ? asTeam(doc, t) : t;
}

/**
 * In a sports report, a town outside a place phrase, or a guessed person named "<not a given
 * name> <town>", names a team: the type becomes ORGANIZATION. Other mentions are returned as they are.
 */
export function asTeam(doc: Document, t: Typed): Typed {
  const seg = t.seg;
  if (t.strength >= 3 || !docEvidence(doc).sports) return t;
  const prev = seg.tokenStart > 0 ? doc.tokens[seg.tokenStart - 1].text.toLowerCase() : '';
  if (PLACE_PREPS.has(prev)) return t;
  const w = wordLists();
  const words = seg.words;
  const lastWord = words[words.length - 1];
  if (t.type === 'PERSON' && t.strength <= 1 && words.length > 1 && w.places.has(lastWord) && !w.personNames.has(lastWord) && !w.personNames.has(words[0]) && !words[0].endsWith('.')) {
    return { ...t, type: 'ORGANIZATION', strength: 2 };
  }
  if (t.type === 'PLACE' || (words.length > 1 && t.type === 'ORGANIZATION' && (w.places.has(words[0]) || w.places.has(words[words.length - 1]) || lookupCountry(words[words.length - 1])?.form === 'capital'))) {
    return { ...t, type: 'ORGANIZATION', strength: 2 };
  }
  return t;
}

const statesCache = new WeakMap<Document, Set<string>>();

/** The US states an article names ("Iowa", "New Hampshire"), scanned once per document. */
function statesNamed(doc: Document): Set<string> {
  let found = statesCache.get(doc);
  if (found) return found;
  found = new Set<string>();
  const states = wordLists().usStates;
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    if (!/^\p{Lu}/u.test(tokens[i].text)) continue;
    if (states.has(tokens[i].text)) found.add(tokens[i].text);
    const two = i + 1 < tokens.length ? `${tokens[i].text} ${tokens[i + 1].text}` : '';
    if (states.has(two)) found.add(two);
  }
  statesCache.set(doc, found);
  return found;
}

/**
 * "Georgia" beside "Iowa" and "South Carolina": a country's name that is also a US state's is the
 * state when the article names two other states.
 */
function usStateInContext(doc: Document, name: string): boolean {
  if (!wordLists().usStates.has(name)) return false;
  let others = 0;
  for (const s of statesNamed(doc)) if (s !== name) others++;
  return others >= 2;
}

/** Verbs that open the name of a campaign group ("Save Eastfield Meadows", "Stop the Tunnel"). */
const CAMPAIGN_VERBS = new Set(['Save', 'Stop', 'Protect', 'Defend', 'Reclaim']);

const lowerAcronyms = new WeakMap<Document, Set<string>>();

/** Acronyms the document defines in brackets after lower-case words ("artificial intelligence (AI)"), once per document. */
function commonNounAcronyms(doc: Document): Set<string> {
  let found = lowerAcronyms.get(doc);
  if (!found) {
    found = new Set();
    for (const m of doc.text.matchAll(/\b(\p{Ll}[\p{Ll}-]*) (\p{Ll}[\p{Ll}-]*) \((\p{Lu}{2,6})s?\)/gu)) {
      if (m[3].length <= 3 && m[1][0].toUpperCase() === m[3][0] && m[2][0].toUpperCase() === m[3][m[3].length - 1]) found.add(m[3]);
    }
    lowerAcronyms.set(doc, found);
  }
  return found;
}

/** Whether the segment follows "name as" or "name only as" ("who gave his name as Tomas"). */
function givenName(doc: Document, seg: Segment): boolean {
  const t = doc.tokens;
  const k = seg.tokenStart - 1;
  if (k < 1 || t[k].text.toLowerCase() !== 'as') return false;
  const before = t[k - 1].text.toLowerCase() === 'only' ? k - 2 : k - 1;
  return before >= 0 && /^names?$/i.test(t[before].text);
}

/** Whether the segment opens its sentence, where a capitalised verb is an imperative, not a name. */
function sentenceInitial(doc: Document, seg: Segment): boolean {
  const s = doc.sentences[seg.sentence];
  return s !== undefined && s.tokenStart === seg.tokenStart;
}

/** Nouns for a kind of company in an appositive ("Corvane, the workplace software maker,"). */
const COMPANY_NOUNS = new Set(['maker', 'company', 'firm', 'group', 'retailer', 'bank', 'lender', 'insurer', 'airline', 'carrier', 'startup', 'start-up', 'developer', 'manufacturer', 'provider', 'operator', 'giant', 'chain', 'publisher', 'broadcaster', 'conglomerate', 'supplier', 'producer', 'platform']);

/** Whether ", the|a … <company noun>," follows token `end` (at most five words before the noun). */
function companyAppositive(doc: Document, end: number): boolean {
  const t = doc.tokens;
  if (t[end]?.text !== ',' || !/^(?:the|a|an)$/i.test(t[end + 1]?.text ?? '')) return false;
  for (let k = end + 2; k < t.length && k <= end + 7; k++) {
    if (t[k].text === ',' || t[k].text === '.') return COMPANY_NOUNS.has(t[k - 1].text.toLowerCase()) && k - 1 > end + 1;
    if (!/^[\p{Ll}-]+$/u.test(t[k].text)) return false;
    // "a senior researcher at the firm": a preposition ends the appositive's head ("researcher").
    if (/^(?:at|of|for|with|in|from|to|on|by)$/.test(t[k].text)) return false;
  }
  return false;
}

/** Lower-case nouns for a kind of company that name it when put before it ("carmaker Hessler Motoren"); not "operator" or "carrier", which also name people ("crane operator Mike Dunn"). */
const PREPOSED_COMPANY_NOUNS = /^(?:company|firm|retailer|bank|lender|insurer|airline|startup|start-up|manufacturer|conglomerate|(?:car|auto|chip|drug|steel|plane|toy|phone)maker)$/;

const appositiveCompanies = new WeakMap<Document, Set<string>>();

/** The names the document sets a company appositive after, once per document: every mention of them is the company's. */
function companiesByAppositive(doc: Document): Set<string> {
  let names = appositiveCompanies.get(doc);
  if (names) return names;
  names = new Set();
  const t = doc.tokens;
  for (let i = 0; i + 1 < t.length; i++) {
    if (t[i].text !== ',' || !companyAppositive(doc, i) || !/^\p{Lu}/u.test(t[i - 1]?.text ?? '')) continue;
    let a = i - 1;
    while (a > 0 && /^\p{Lu}[\p{L}&.-]*$/u.test(t[a - 1].text) && !/^(?:The|A|An)$/.test(t[a - 1].text)) a--;
    names.add(doc.text.slice(t[a].start, t[i - 1].end));
  }
  // "German carmaker Hessler Motoren", "rival bank Calder Rowe": a noun for a kind of company right before a name.
  for (let i = 0; i + 1 < t.length; i++) {
    if (!PREPOSED_COMPANY_NOUNS.test(t[i].text) || !/^\p{Lu}/u.test(t[i + 1].text)) continue;
    let b = i + 1;
    while (b + 1 < t.length && /^\p{Lu}[\p{L}&.-]*$/u.test(t[b + 1].text)) b++;
    names.add(doc.text.slice(t[i + 1].start, t[b].end));
  }
  appositiveCompanies.set(doc, names);
  return names;
}

/** A story about the European Union: its bodies or members of its parliament are named. */
const EU_STORY = /\b(?:European (?:Commission|Union|Parliament|Council)|EU|MEPs?)\b/;

/** Capitals whose names are shared by other well-known places (Victoria, B.C.; Kingston, Ontario; Hamilton). */
const AMBIGUOUS_CAPITALS = new Set(['Victoria', 'Kingston', 'Georgetown', 'Hamilton', 'Wellington', 'Castries', 'Roseau', 'Santiago', 'San José', 'San Jose', 'Kingstown', 'Nassau', 'Saint John']);

/** Lower-case nouns for a local place after a name ("Victoria ward", "Kingston station"). */
const LOCAL_PLACE_NOUNS = new Set(['ward', 'station', 'district', 'constituency', 'borough', 'street', 'road', 'park', 'square', 'estate', 'hospital', 'line', 'bridge', 'airport', 'harbour', 'harbor']);

/** A segment's typing. */
function typed(seg: Segment, type: ActorType, strength: number, canonical: string | null = null, form: Typed['form'] = 'surface', partOf: string | null = null): Typed {
  return { seg, type, canonical, form, strength, partOf };
}

function classifyOwn(doc: Document, seg: Segment): Typed | null {
  const g = gazetteer();
  const w = wordLists();
  const words = seg.words;
  const last = words[words.length - 1];
  const firstW = words[0];
  const nextTok = seg.tokenEnd < doc.tokens.length ? doc.tokens[seg.tokenEnd].text : '';
  const ent = g.entities.get(seg.text.toLowerCase()) ?? (/^\p{Ll}/u.test(nextTok) ? g.entities.get(`${seg.text} ${nextTok}`.toLowerCase()) : undefined);
  if (ent) {
    if (ent.name === 'the West' && !seg.afterThe && !/^Western/.test(seg.text)) return null;
    return typed(seg, ent.type, 3, ent.name, 'name', ent.partOf ?? null);
  }
  // "Brussels defends packaging rules delay": in a story about the EU, Brussels not after a preposition is the EU, not Belgium.
  if (seg.text === 'Brussels' && !/^(?:in|to|from|at|near|outside|via|through|of)$/i.test(seg.tokenStart > 0 ? doc.tokens[seg.tokenStart - 1].text : '') && EU_STORY.test(doc.text)) return typed(seg, 'ORGANIZATION', 3, 'European Union', 'name');
  // "Castlebridge Town have sacked their manager": in sports copy an unlisted "<name> Town/City" is the club.
  if (words.length === 2 && /^(?:Town|City|County)$/.test(last) && docEvidence(doc).sports && !w.places.has(seg.text) && !lookupCountry(firstW)) return typed(seg, 'ORGANIZATION', 3);
  const country = lookupCountry(seg.text);
  if (country && country.form === 'name' && usStateInContext(doc, seg.text)) return typed(seg, 'PLACE', 3, seg.text);
  // "Victoria ward", "Kingston station": a capital's name before a lower-case noun for a local place names that place, not the country.
  if (country && country.form === 'capital' && LOCAL_PLACE_NOUNS.has(nextTok)) return typed(seg, 'PLACE', 2);
  // "told reporters in Victoria" of a B.C. story: a capital that is also a common place name stands
  // for its country only when the article names that country.
  if (country && country.form === 'capital' && AMBIGUOUS_CAPITALS.has(seg.text) && !doc.text.includes(country.name)) return typed(seg, 'PLACE', 2);
  if (country) return typed(seg, 'COUNTRY', 3, country.name, country.form);
  const abbreviated = g.placeAbbreviations.get(seg.text);
  if (abbreviated) return typed(seg, 'PLACE', 2, abbreviated);
  // "Minister of Energy", "Secretary of State": a minister's title with its portfolio names an office, no actor.
  if (words.length > 2 && (words[1] === 'of' || words[1] === 'for') && /^(?:Minister|Secretary|Commissioner)$/.test(firstW)) return null;
  if (words.length > 2 && (words[1] === 'of' || words[1] === 'for') && g.orgHeads.has(firstW)) return typed(seg, 'ORGANIZATION', 2);
  // "Federal Office for the Environment": a modifier, a head word, then "of/for the".
  if (words.length > 3 && (words[2] === 'of' || words[2] === 'for') && g.orgHeads.has(words[1]) && /^\p{Lu}/u.test(words[0])) return typed(seg, 'ORGANIZATION', 2);
  // "ScotRail", "CalMac", "PayPal": a coined name with a capital inside is a company's or a brand's.
  if (/^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u.test(firstW) && !/^(?:Mc|Mac|De|Di|Da|La|Le|Van|Von|Du)\p{Lu}/u.test(firstW) && (words.length === 1 || g.orgHeads.has(last))) return typed(seg, 'ORGANIZATION', 2);
  // "who gave her name only as Kasia": the name someone gave is a person's.
  if (givenName(doc, seg)) return typed(seg, 'PERSON', 3);
  // "Campaigners from Save Eastfield Meadows", "Stop the Tunnel": a campaign named by its aim.
  if (words.length >= 2 && CAMPAIGN_VERBS.has(firstW) && !sentenceInitial(doc, seg)) return typed(seg, 'ORGANIZATION', 3);
  if (orgBeforePlace(firstW, last, words.length) && !seg.capsSentence) return typed(seg, 'ORGANIZATION', 2);
  if (words.length >= 2 && PARTY_PLURALS.has(last) && words.every((x) => /^\p{Lu}/u.test(x)) && !seg.capsSentence) return typed(seg, 'GROUP', 2);
  const party = partyByContext(seg, seg.tokenEnd < doc.tokens.length ? doc.tokens[seg.tokenEnd].text.toLowerCase() : '');
  if (party) return typed(seg, party, 2);
  // "a Prospective Tory said", "one Democrat": a lone party word is a member, never a named person.
  if (words.length === 1 && PARTY_WORDS.has(seg.text)) return null;
  if (companyWithEventHead(doc, seg)) return typed(seg, 'ORGANIZATION', 2);
  // "Corvane, the workplace software maker, will …": an appositive naming a kind of company types the name.
  if (companiesByAppositive(doc).has(seg.text)) return typed(seg, 'ORGANIZATION', 3);
  // "the Unite union", "the Reform party": a name between "the" and a lower-case noun for a body is that body's, even an ordinary word.
  const before = seg.tokenStart > 0 ? doc.tokens[seg.tokenStart - 1].text : '';
  if (/^the$/i.test(before) && BODY_NOUNS_AFTER_NAME.has(nextTok) && words.length <= 3) return typed(seg, nextTok === 'newspaper' ? 'MEDIA' : nextTok === 'party' ? 'GROUP' : 'ORGANIZATION', 2);
  const demonymOf = unlistedDemonym(doc, seg);
  if (demonymOf) return typed(seg, 'COUNTRY', 2, demonymOf, 'demonym');
  if (isMisc(doc, seg)) return null;
  // "Sen. Walt Brennecke, R-Osage Bend,": a party letter and a home state or district label a
  // legislator; they name no actor.
  if (/^[RDI]-\p{Lu}/u.test(firstW)) return null;
  // "3:47 p.m. ET", "18.00 WIB": a time zone after a clock time.
  if (words.length === 1 && TIME_ZONE.test(firstW) && (CLOCK_TIME.test(before) || MERIDIEM.test(before.toLowerCase()))) return null;
  if (isDateline(doc, seg)) return typed(seg, 'PLACE', 3);
  const prev = seg.tokenStart > 0 ? doc.tokens[seg.tokenStart - 1].text : '';
  const next = seg.tokenEnd < doc.tokens.length ? doc.tokens[seg.tokenEnd].text.toLowerCase() : '';
  const headed = g.mediaHeads.has(last) || g.groupHeads.has(last) || g.orgHeads.has(last);
  // A titled name is a person's unless it ends on a head word; "Mayor Don Guardian" opens with a given name.
  if (seg.title && (!headed || (words.length > 1 && isFirstName(firstW)))) return typed(seg, 'PERSON', 3);
  if (words.length > 1 || seg.afterThe) {
    if (g.mediaHeads.has(last)) return typed(seg, 'MEDIA', 2);
    if (g.groupHeads.has(last)) return typed(seg, 'GROUP', 2);
    if (g.orgHeads.has(last)) return typed(seg, 'ORGANIZATION', 2);
    if (g.placeHeads.has(last)) return typed(seg, 'PLACE', 2);
  }
  if (words.length > 2 && (words[1] === 'of' || words[1] === 'for')) {
    if (g.orgHeads.has(firstW)) return typed(seg, 'ORGANIZATION', 2);
    if (g.placeHeads.has(firstW) || firstW === 'Gulf' || firstW === 'Isle') return typed(seg, 'PLACE', 2);
  }
  if (seg.title) return typed(seg, 'PERSON', 3);
  if (PERSON_HEADS.has(next) && !/^\p{Lu}/u.test(nextTok)) return typed(seg, 'PERSON', 2);
  if (isAcronym(seg.text) && !seg.capsSentence && !commonNounAcronyms(doc).has(seg.text)) return typed(seg, 'ORGANIZATION', 1);
  // "artificial intelligence (AI)": an acronym the article defines for lower-case words names a thing, no actor.
  if (commonNounAcronyms(doc).has(seg.text)) return null;
  const prevLow = prev.toLowerCase();
  // "Shares in Vantor rose", "a stake in Corvin": what is held is a company, not a place.
  if ((prevLow === 'in' || prevLow === 'of') && seg.tokenStart > 1 && HOLDINGS.has(doc.tokens[seg.tokenStart - 2].text.toLowerCase())) return typed(seg, 'ORGANIZATION', 3);
  // "the group Last Summer", "the charity Open Doors": a body named right after the noun for it.
  if (BODY_NOUNS.has(prev) && seg.tokenStart > 1 && /^(?:the|a|an|campaign|pressure|protest|activist|advocacy|rights|environmental|climate)$/i.test(doc.tokens[seg.tokenStart - 2].text)) return typed(seg, 'ORGANIZATION', 3);
  // "Auto group Halvorsen", "Mining company Tavra": an industry word and a body noun before the name.
  if (BODY_NOUNS.has(prev) && prev !== 'band' && seg.tokenStart > 1 && /^\p{L}{3,}$/u.test(doc.tokens[seg.tokenStart - 2].text) && !w.personNames.has(doc.tokens[seg.tokenStart - 2].text) && (seg.tokenStart - 2 === doc.sentences[seg.sentence].tokenStart || /^(?:the|a|an)$/i.test(doc.tokens[seg.tokenStart - 3]?.text ?? ''))) return typed(seg, 'ORGANIZATION', 3);
  if (patronymicName(words)) return typed(seg, 'PERSON', 2);
  // "Another resident, Warsito, 44, said": a lone word set off before an age.
  if (words.length === 1 && personAppositive(doc, seg)) return typed(seg, 'PERSON', 2);
  if (prevLow === 'mr' || prevLow === 'mrs' || prevLow === 'ms' || prevLow === 'mr.' || prevLow === 'mrs.' || prevLow === 'ms.' || prevLow === 'dr') return typed(seg, 'PERSON', 2);
  const nameLike = words.filter((x) => x !== '-' && !/^\p{Ll}/u.test(x));
  // "al-Kaabi" alone: no capitalised word, so the segment's last word stands in.
  const lastName = nameLike[nameLike.length - 1] ?? last;
  if (w.companies.has(last) && !w.personNames.has(firstW)) return typed(seg, 'ORGANIZATION', 2);
  const given = w.personNames.has(nameLike[0]) && !w.common.has(firstW.toLowerCase());
  if (words.length > 1 && words.includes('&')) return typed(seg, 'ORGANIZATION', 2);
  if (words.length > 1 && lookupCountry(lastName) !== undefined && !given && !NOT_GIVEN.has(firstW)) return typed(seg, 'ORGANIZATION', 1);
  const placeLike = w.places.has(seg.text) || NOT_GIVEN.has(firstW) || (lookupCountry(lastName) !== undefined && !given);
  const ordinaryLast = w.common.has(lastName.toLowerCase()) && !w.personNames.has(lastName);
  if (TEAM_PLURAL.test(lastName) && w.common.has(lastName.slice(0, -1).toLowerCase()) && (words.length > 1 || docEvidence(doc).sports)) return typed(seg, 'ORGANIZATION', 1);
  if (words.length > 1 && isTeamName(words)) return typed(seg, 'ORGANIZATION', 2);
  if (placeLike && words.length > 1) return typed(seg, docEvidence(doc).sports ? 'ORGANIZATION' : 'PLACE', 1);
  const acronymPart = nameLike.some((x) => x.length > 1 && isAcronym(x) && !x.includes('.'));
  if (nameLike.length >= 2 && w.personNames.has(nameLike[0]) && !ordinaryLast && !acronymPart) return typed(seg, 'PERSON', 2);
  if (seg.afterThe && words.length >= 2 && !given && !acronymPart && thingInApposition(doc, seg)) return null;
  if (nameLike.length >= 2 && ordinaryLast) return typed(seg, 'ORGANIZATION', 1);
  if (words.length === 1 && w.places.has(seg.text) && PLACE_PREPS.has(prevLow)) return typed(seg, 'PLACE', 2);
  if (words.length === 1 && SPEECH_NEXT.has(next)) return typed(seg, 'PERSON', 1);
  if (nameLike.length >= 2 && PERSON_NEXT.has(next)) return typed(seg, 'PERSON', 1);
  if (w.places.has(seg.text)) return typed(seg, 'PLACE', w.personNames.has(seg.text) ? 0 : 1);
  if (words.length >= 2 && nameLike.length === words.length && !acronymPart) return bodyBeforeTitle(doc, seg) ? typed(seg, 'ORGANIZATION', 3) : typed(seg, 'PERSON', 1);
  if (w.personNames.has(seg.text)) return typed(seg, 'PERSON', 1);
  if (words.length === 1 && LOCATIVE.has(prevLow)) return typed(seg, 'PLACE', 1);
  return typed(seg, 'ORGANIZATION', 0);
}
