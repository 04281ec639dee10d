// Stage 2 of extraction: a Document becomes its actor layer — typed actors with every mention's
// span, roles, and the relations among them (AFFILIATED_WITH, PART_OF, INTERACTS_WITH).

import type { Document } from '../document.js';
import type { Actor, Mention, Relation } from '../types.js';
import { findInteractions } from '../relations/interactions.js';
import { findPartOf } from '../relations/part-of.js';
import { anonymousActor, findAnonymous } from './anonymous.js';
import { withoutBoilerplate } from './boilerplate.js';
import { findCandidates } from './candidates.js';
import { classify, type Typed } from './classify.js';
import { cluster } from './cluster.js';
import { findRoles } from './roles.js';
import { modifiesRole } from './titles.js';
import { docEvidence } from './evidence.js';
import { joinTagged } from './learned.js';
import { addInterviewMentions, withTurnSpeakers } from './turn-speakers.js';
import { transcriptTurns } from '../transcript.js';
import { tagEntities } from '../ner/index.js';
import { wordLists } from '../lexicon/words.js';
import { lookupCountry } from '../lexicon/countries.js';
import { gazetteer } from '../lexicon/gazetteer.js';

export { resolveName } from './resolve.js';
export { anonymousActor, anonymousName, isSourceDescription, namedBody } from './anonymous.js';

/** Longest span that may name an actor: a run of capitals or a "word" longer than this is no name. */
export const MAX_NAME_CHARS = 200;

export interface ActorLayer {
  actors: Actor[];
  /** Every mention's span, sorted by start; pronouns are not mentions. */
  mentions: Mention[];
  /** AFFILIATED_WITH (with role), PART_OF and INTERACTS_WITH, each with an evidence span. */
  relations: Relation[];
}

/** Offices only a state fills: "Morvania's ambassador to the UN", "Kestrian Foreign Minister". */
const NATIONAL_OFFICE = /\b(?:ambassador|envoy|minister|foreign secretary|head of state)\b/i;

/** Offices no company or body fills, only a state: its ambassador or envoy (not a "brand ambassador"), its foreign minister. */
const STATE_ONLY_OFFICE = /^(?:(?:the )?(?:country's |nation's )?(?:ambassador|envoy)\b|foreign minister\b|head of state\b)/i;

/** "Morvania's ambassador to the UN" read as an organisation: a one-word name no lexicon lists, with an office only a state fills. */
function stateOnly(name: string, office: string): boolean {
  return !name.includes(' ') && STATE_ONLY_OFFICE.test(office) && !wordLists().companies.has(name) && !gazetteer().entities.has(name.toLowerCase());
}

/**
 * An unlisted place whose office holders are ambassadors or ministers is a country ("Morvania's
 * ambassador"), and so is a one-word organisation with an office only a state fills (`stateOnly`);
 * listed towns and regions ("Ontario's health minister") keep their type.
 */
function countriesByOffice(layer: ActorLayer): void {
  const byId = new Map(layer.actors.map((a) => [a.id, a]));
  for (const r of layer.relations) {
    const place = byId.get(r.targetId);
    if (r.type !== 'AFFILIATED_WITH' || !place) continue;
    const office = r.role ?? '';
    if (!(place.type === 'PLACE' && NATIONAL_OFFICE.test(office)) && !(place.type === 'ORGANIZATION' && stateOnly(place.name, office))) continue;
    if (wordLists().places.has(place.name) || lookupCountry(place.name) !== undefined || gazetteer().entities.has(place.name.toLowerCase())) continue;
    place.type = 'COUNTRY';
  }
}

/**
 * A name the tagger read into an ordinary word that opens its sentence, where the capital tells
 * nothing: a common English word in either spelling, never capitalised mid-sentence in the
 * article, and no listed company ("Harbour" of "Harbour master Jo Park said").
 */
function ordinaryOpener(doc: Document, t: Typed): boolean {
  const s = doc.sentences[t.seg.sentence];
  const word = t.seg.text;
  const low = word.toLowerCase();
  const w = wordLists();
  return t.seg.tokenStart === s.tokenStart && (w.common.has(low) || w.spellings.has(low)) && !docEvidence(doc).caps.has(word) && !w.companies.has(word);
}

/**
 * "Harbour master Jo Park": a lone word typed PERSON (or, opening its sentence, an ordinary word
 * typed ORGANIZATION or PLACE: `ordinaryOpener`) that qualifies a lower-case role noun before
 * a name is part of that role (a person's name does not modify a role); it is no actor.
 */
function roleModifier(doc: Document, t: Typed): boolean {
  if (t.canonical !== null || t.strength >= 3 || t.seg.words.length !== 1 || t.seg.possessive || t.seg.title !== null || !modifiesRole(doc, t.seg.tokenEnd - 1)) return false;
  if (t.type !== 'PERSON' && !((t.type === 'ORGANIZATION' || t.type === 'PLACE') && ordinaryOpener(doc, t))) return false;
  // "Clinton adviser Morris", "Netanyahu aide Dore Gold": a person named elsewhere in the article may qualify a role.
  const word = t.seg.text;
  if (docEvidence(doc).surnames.has(word) || wordLists().places.has(word)) return false;
  return doc.tokens.every((x, i) => x.text !== word || modifiesRole(doc, i));
}

/** Words that a numeral grades: "Level III", "Phase 2", "Category IV", "Stage II". */
const GRADED = new Set(['level', 'phase', 'stage', 'category', 'grade', 'tier', 'class', 'type', 'alert', 'step', 'round', 'chapter', 'article', 'section', 'zone']);

/** "Level III (Siaga)", "Phase II": a graded word and a Roman numeral names a grade or a stage, no actor. */
function gradeWithNumeral(t: Typed): boolean {
  const w = t.seg.words;
  return t.canonical === null && w.length === 2 && GRADED.has(w[0].toLowerCase()) && /^[IVX]+$/.test(w[1]);
}

/** Stock exchanges written before a ticker symbol. */
const STOCK_EXCHANGES = /^(?:NASDAQ|Nasdaq|NYSE|LSE|TSX|TSXV|ASX|AMEX|OTC|OTCQX|OTCQB|HKEX|SGX|JSE|NSE|BSE|Euronext|Xetra|SIX)$/;

/**
 * "(NASDAQ: TSLN)", "(NYSE: KO)": a ticker symbol and its exchange in a bracket tell where the
 * company's shares trade; neither is an actor the article mentions.
 */
function inTickerBracket(doc: Document, t: Typed): boolean {
  const k = doc.tokens;
  const a = t.seg.tokenStart;
  if (t.seg.words.length !== 1) return false;
  if (k[a - 1]?.text === '(' && k[a + 1]?.text === ':' && STOCK_EXCHANGES.test(k[a].text)) return true;
  return k[a - 1]?.text === ':' && k[a - 3]?.text === '(' && STOCK_EXCHANGES.test(k[a - 2]?.text ?? '') && /^[)\]]$/.test(k[t.seg.tokenEnd]?.text ?? '');
}

/**
 * "Trump Supporter Screams", "Mythology Of Trump": in a headline written in title case or capitals,
 * capitals tell nothing, and a run of them is often a phrase. A name found only in such headlines,
 * that no lexicon or head word types ("Republican Party", "NY Daily News" stay) and that holds an
 * ordinary English word ("Supporter", "Of"), is dropped unless the body writes it too. Read on PolNeAR training articles: most headline-only names were
 * such phrases; real ones are mostly lexicon names (World Health Organization, Taliban) or plain
 * names ("Ann Coulter"), which hold no ordinary word.
 */
function withoutHeadlineChunks(doc: Document, typed: Typed[]): Typed[] {
  const ev = docEvidence(doc);
  if (!ev.headline.some(Boolean)) return typed;
  const w = wordLists();
  const inBody = new Set<string>();
  for (const t of typed) if (!ev.headline[t.seg.sentence]) inBody.add(t.seg.text.toLowerCase());
  const ordinary = (word: string): boolean => {
    const low = word.toLowerCase();
    return (w.basic.has(low) || w.common.has(low)) && !w.personNames.has(word) && !w.places.has(word);
  };
  const g = gazetteer();
  const headed = (t: Typed): boolean => {
    const last = t.seg.words[t.seg.words.length - 1];
    return g.orgHeads.has(last) || g.mediaHeads.has(last) || g.groupHeads.has(last);
  };
  return typed.filter((t) => !(ev.headline[t.seg.sentence] && t.canonical === null && t.strength < 3 && t.seg.title === null
    && t.seg.words.length > 1 && !headed(t) && t.seg.words.some(ordinary) && !inBody.has(t.seg.text.toLowerCase())));
}

/** Finds, types and links the actors of one article. Pure; linear in the document's length. */
export function recognizeActors(input: Document): ActorLayer {
  const doc = withoutBoilerplate(input);
  let typed: Typed[] = [];
  for (const seg of findCandidates(doc)) {
    if (seg.end - seg.start > MAX_NAME_CHARS) continue;
    const t = classify(doc, seg);
    if (t) typed.push(t);
  }
  typed = joinTagged(doc, typed, tagEntities(doc)).filter((t) => t.seg.end - t.seg.start <= MAX_NAME_CHARS && !roleModifier(doc, t) && !gradeWithNumeral(t) && !inTickerBracket(doc, t));
  const turns = transcriptTurns(doc);
  typed = withTurnSpeakers(doc, withoutHeadlineChunks(doc, typed), turns);
  const { actors, mentions, actorOf } = cluster(doc, typed);
  const layer: ActorLayer = { actors, mentions: addInterviewMentions(doc, actors, mentions, turns), relations: [] };
  layer.relations.push(...findRoles(doc, layer, typed, actorOf));
  countriesByOffice(layer);
  for (const span of findAnonymous(doc)) if (span[1] - span[0] <= MAX_NAME_CHARS) anonymousActor(layer, doc.text.slice(span[0], span[1]), span);
  layer.relations.push(...findPartOf(doc, layer, typed, actorOf));
  layer.relations.push(...findInteractions(doc, layer));
  return layer;
}
