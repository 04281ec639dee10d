// Unnamed sources ("a foreign ministry official", "two people familiar with the investigation")
// become ANONYMOUS actors named by their descriptor, affiliated with any actor the phrase names.

import { WhosaidError } from '../../errors.js';
import type { Document } from '../document.js';
import type { Actor, Mention, Span } from '../types.js';
import { gazetteer } from '../lexicon/gazetteer.js';
import type { ActorLayer } from './index.js';
import { resolveName } from './resolve.js';
import { isCapitalised } from './tokens.js';

const ORG_TYPES = new Set(['ORGANIZATION', 'MEDIA', 'GROUP']);
const DETERMINERS = /^(?:a|an|the|all|some|several|many|other|one|two|three|four|five|its|his|her|their)$/i;
const SPEECH = new Set(['said', 'says', 'say', 'told', 'tells', 'declined', 'refused', 'confirmed', 'confirm', 'confirms', 'believe', 'believes', 'added', 'quoted', 'warned', 'stated', 'insisted', 'denied', 'claimed', 'argued', 'noted', 'explained', 'acknowledged', 'cautioned', 'suggested', 'reported']);
const AUX = new Set(['have', 'has', 'had', 'were', 'was', 'are', 'is', 'also', 'had', 'would', 'did', 'who']);
const LEADING_VERBS = new Set(['have', 'has', 'had', 'gotten', 'got', 'would', 'could', 'should', 'will', 'said', 'says', 'told', 'asked', 'let']);
const TAILS = /^(?:familiar|close|at|in|from|of|with)$/;

/** A word an unnamed-source phrase cannot extend left over: a function word (not a determiner) or a verb. */
function stopsPhrase(word: string): boolean {
  return (isFunctionWord(word) && !DETERMINERS.test(word)) || LEADING_VERBS.has(word.toLowerCase());
}

/** "how", "What": a function word; "US" (all capitals) is a name, not the pronoun. */
function isFunctionWord(word: string): boolean {
  const fn = gazetteer().functionWords;
  return fn.has(word) || (/^\p{Lu}\p{Ll}*$/u.test(word) && fn.has(word.toLowerCase()));
}

/** Quantities opening a descriptor: how many sources an article cites is no part of who they are. */
const QUANTITY = /^(?:all|some|many|several|multiple|numerous|various|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands|\d[\d,.]*)$/i;

/** Words setting one unnamed source apart from another the article cited: "a separate official", "another resident", "a second witness". */
const ANOTHER = /^(?:separate|another|other|second|third|fourth|fifth|different|further)$/i;

/** Why a source is unnamed, after its descriptor: "speaking on condition of anonymity", ", requesting anonymity", ", granted anonymity to …", "not authorized to speak publicly". */
const ANONYMITY_CLAUSE = /,? (?:(?:speaking|talking|commenting) (?:on|under) (?:the )?(?:condition|terms) of anonymity|on (?:the )?condition of anonymity|(?:requesting|asking for|granted|given|demanding|seeking) anonymity|(?:asking|declining|refusing) (?:not )?to be (?:named|identified)|(?:speaking|talking) anonymously|not (?:authori[sz]ed|permitted|allowed|cleared) to (?:speak|comment|talk|discuss))(?: .*)?$/i;

/** A time phrase inside a descriptor: "today", "last week", "on Monday". */
const TIME_PHRASE = / (?:today|yesterday|tonight|(?:this|last) (?:week|month|year|night)|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?![\p{L}'’])/gu;

/**
 * Normalised descriptor of an unnamed source: leading determiner or quantity, a relative clause
 * ("who requested anonymity") and an aside set off by a comma ("The researchers, from the
 * University of Bristol,") dropped, spaces collapsed: "three people familiar with the matter"
 * and "people familiar with the matter" are one actor.
 */
export function anonymousName(phrase: string): string {
  const words = phrase.trim().replace(/\s+/g, ' ').replace(/,? (?:who|whom|whose|which) .*$|, where .*$/i, '').replace(/, (?:from|at|of|with|in|published|released|issued|seen|obtained|compiled|updated) .*$/i, '')
    // "A security researcher speaking on condition of anonymity", "a district employee not authorized to speak publicly": why the source is unnamed is no part of who it is.
    .replace(ANONYMITY_CLAUSE, '')
    // "A company manager, reached by phone,", "a spokesman, when contacted on Monday,": how the reporter got the source is no part of who it is.
    .replace(/,? (?:when )?(?:reached|contacted) (?:by|on|via|over) (?:tele)?phone\b.*$|, (?:when )?(?:reached|contacted|approached|interviewed)\b.*$/i, '')
    // "a study published today in …": when the source spoke is no part of who it is.
    .replace(TIME_PHRASE, '')
    // "an officer at the Volcano Observation Post in Jatiwangun": after a phrase that says whose
    // source it is, where that body sits is no part of the name.
    .replace(/^(.+ (?:of|at|from|with|for) .+?) in (?:the )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*$/u, '$1')
    // "a spokeswoman for Ffyrdd Diogel Cymru, a road safety charity", "… Union for Progress (UP), the
    // ruling party": what the body is, and its short form, are no part of the source's name.
    .replace(/([\p{L}'’-]+)(?: \(\p{Lu}{2,}\))?, (?:a|an|the) [\p{Ll}\s'’-]+$/u, '$1')
    // "Supporters, many of them renters in their 20s": who most of them are is no part of the name.
    .replace(/, (?:many|most|some|all|several|half|none|both) of (?:them|whom)\b.*$/i, '')
    // "Homeowners in Hebden Bridge, one of the worst-hit towns": what the place is, no part of the name.
    .replace(/(\p{Lu}[\p{L}'’-]*), one of the [\p{Ll}\s'’-]+$/u, '$1')
    .replace(/[,.:;]+$/, '').split(' ');
  // "47 percent", "Two in five voters": a share is the speaker's name, not a count of sources.
  while (words.length > 1 && (QUANTITY.test(words[0]) && !/^(?:percent|per|in|out|%)$/i.test(words[1]) || isFunctionWord(words[0]) || LEADING_VERBS.has(words[0].toLowerCase()) || ANOTHER.test(words[0]))) words.shift();
  return words.join(' ');
}

/** "critics" → "critic", "allies" → "ally", "women" → "woman"; "boss", "analysis" unchanged. */
function singular(word: string): string {
  if (word.endsWith('men')) return `${word.slice(0, -3)}man`;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  return /[^si]s$/.test(word) ? word.slice(0, -1) : word;
}

/**
 * True when a phrase can describe an unnamed source: one of its words is a noun for people, a
 * role, a body or a document ("a senior official", "critics", "Florida senator", "a new poll"),
 * or a plural of a nationality or party ("Republicans", "Latinos").
 * "The 2016", "34" or "Additional" describe no one; callers should not make actors of them.
 */
export function isSourceDescription(phrase: string): boolean {
  const g = gazetteer();
  for (const raw of phrase.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u)) {
    const word = raw.replace(/['’]s?$/, '');
    if (!word) continue;
    const one = singular(word);
    if (g.anonymousHeads.has(word) || g.sourceNouns.has(one) || g.titles.has(one) || /(?:wo)?man$/.test(one)) return true;
    if (one !== word && g.miscWords.has(one.charAt(0).toUpperCase() + one.slice(1))) return true;
  }
  return false;
}

/**
 * Creates (or finds, by descriptor) the ANONYMOUS actor for a source phrase and records the
 * mention at `span`. Mutates `layer`: adds the actor, the mention and an AFFILIATED_WITH
 * relation to any actor the phrase names ("US government officials" → United States). Throws
 * BAD_INPUT for a phrase with no letters or digits; check `isSourceDescription` first to skip
 * phrases that describe no one ("The 2016").
 */
export function anonymousActor(layer: ActorLayer, phrase: string, span: Span): Actor {
  if (!/[\p{L}\p{N}]/u.test(phrase)) throw new WhosaidError('BAD_INPUT', `actors/anonymousActor: phrase ${JSON.stringify(phrase)} has no words; pass the source's descriptor`);
  const descriptor = anonymousName(phrase);
  let name = /\p{L}/u.test(descriptor) ? descriptor : phrase.trim().replace(/\s+/g, ' ');
  // "Tarhouni's office" after "Mabrouk Tarhouni": a source owned by a person named in full takes the full name.
  // "Mr Velic's office": an honorific before the owner's family name goes too.
  const owned = /^(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov)\.? )?(\p{Lu}[\p{L}-]*)['’]s (.+)$/u.exec(name);
  const owner = owned ? resolveName(layer, owned[1]) : null;
  if (owned && owner?.type === 'PERSON' && owner.name.endsWith(` ${owned[1]}`)) name = `${owner.name}'s ${owned[2]}`;
  // "Kelly's spokesperson", "Jordan's representatives" in copy that names people by their first
  // name: the one person of the article whose full name opens with it.
  else if (owned && !/^(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov)/.test(name) && owner?.type !== 'PERSON') {
    const byFirst = layer.actors.filter((a) => a.type === 'PERSON' && a.name.startsWith(`${owned[1]} `));
    if (byFirst.length === 1) name = `${byFirst[0].name}'s ${owned[2]}`;
  }
  if (!(Number.isInteger(span[0]) && Number.isInteger(span[1]) && span[0] >= 0 && span[0] < span[1])) {
    throw new WhosaidError('BAD_INPUT', `actors/anonymousActor: span [${span.join(', ')}] of ${JSON.stringify(phrase)} is not a non-empty [start, end) range`);
  }
  const key = name.toLowerCase();
  let actor = layer.actors.find((a) => (a.type === 'ANONYMOUS' || a.type === 'GROUP') && (a.name.toLowerCase() === key || a.aliases.some((x) => x.toLowerCase() === key)))
    ?? layer.actors.find((a) => a.type === 'ANONYMOUS' && sameSource(a.name, name));
  if (!actor) {
    actor = { id: `a${layer.actors.length + 1}`, name, type: isGroupName(name) ? 'GROUP' : 'ANONYMOUS', aliases: [], roles: [] };
    const words = name.split(' ');
    let affiliation: Actor | null = null;
    for (let i = 0; i < words.length && !affiliation; i++) {
      if (!/^\p{Lu}/u.test(words[i]) || (i === 0 && gazetteer().anonymousHeads.has(words[i].toLowerCase()))) continue;
      affiliation = resolveName(layer, words[i].replace(/['’]s$/, ''));
    }
    layer.actors.push(actor);
    const head = words.find((x) => gazetteer().anonymousHeads.has(x.toLowerCase())) ?? words[words.length - 1];
    if (affiliation && affiliation.type !== 'ANONYMOUS') actor.roles.push({ title: head.toLowerCase(), of: affiliation.id });
    if (affiliation && ORG_TYPES.has(affiliation.type)) {
      layer.relations.push({ sourceId: actor.id, type: 'AFFILIATED_WITH', targetId: affiliation.id, role: null, evidence: span });
    }
  }
  const trimmed = phrase.trim();
  if (trimmed !== actor.name && !actor.aliases.includes(trimmed)) actor.aliases.push(trimmed);
  insertMention(layer, { actorId: actor.id, start: span[0], end: span[1] });
  return actor;
}

/**
 * A body the actor layer did not find, named by the appositive that describes it ("Unite, the union
 * representing most of the workforce"): an ORGANIZATION actor with a mention at `span`, or the
 * actor already known by that name.
 */
export function namedBody(layer: ActorLayer, name: string, span: Span): Actor {
  const known = resolveName(layer, name);
  const actor = known ?? { id: `a${layer.actors.length + 1}`, name, type: 'ORGANIZATION' as const, aliases: [], roles: [] };
  if (!known) layer.actors.push(actor);
  insertMention(layer, { actorId: actor.id, start: span[0], end: span[1] });
  return actor;
}

/** The words of an unnamed source's descriptor, lower-cased, possessives stripped. */
const descriptorWords = (name: string): string[] => name.replace(/['’]s\b/g, '').split(/[^\p{L}\p{N}-]+/u).filter((w) => w && !isFunctionWord(w)).map((w) => w.toLowerCase());

/**
 * "Festival organisers" and "Organisers of the Harbourlight Festival": two descriptors of one
 * unnamed source when both have the same head, a plural noun for people, and every word of the
 * shorter is in the longer. "senior officials" and "US officials" stay apart (neither holds the other).
 */
export function sameSource(a: string, b: string): boolean {
  const heads = gazetteer().anonymousHeads;
  const headOf = (n: string): string | undefined => descriptorWords(n).find((w) => heads.has(w) || w.endsWith('ers') || w.endsWith('ists'));
  const ha = headOf(a);
  if (!ha || ha !== headOf(b) || !/s$/.test(ha)) return false;
  const [short, long] = [descriptorWords(a), descriptorWords(b)].sort((x, y) => x.length - y.length);
  return short.length < long.length && short.every((w) => long.includes(w));
}

/** "Liberal Democrats", "Young Farmers": a capitalised plural name is a party or group, not an unnamed source. */
export function isGroupName(name: string): boolean {
  const words = name.split(' ');
  return words.length >= 2 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !isFunctionWord(w)) && /[^s]s$/.test(words[words.length - 1]);
}

/** Inserts a mention keeping the list sorted by start; a mention of the same span is kept once. */
function insertMention(layer: ActorLayer, m: Mention): void {
  let lo = 0;
  let hi = layer.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const x = layer.mentions[mid];
    if (x.start < m.start || (x.start === m.start && x.end < m.end)) lo = mid + 1;
    else hi = mid;
  }
  const at = layer.mentions[lo];
  if (at && at.start === m.start && at.end === m.end) return;
  layer.mentions.splice(lo, 0, m);
}

/**
 * Finds unnamed-source phrases that are followed by a speech verb; returns phrase spans. A phrase
 * runs back from its head over up to three words, a possessive among them: "the prime minister's
 * official spokesman" keeps whose spokesman it is.
 */
/** "Residents have been told", "staff were told": those told are no source. */
function passiveTold(words: string[]): boolean {
  const verb = words[words.length - 1];
  return words.includes('been') || words.includes('being') || (verb === 'told' || verb === 'quoted') && words.some((w) => /^(?:was|were|is|are)$/.test(w));
}

export function findAnonymous(doc: Document): Span[] {
  const heads = gazetteer().anonymousHeads;
  const out: Span[] = [];
  const { tokens } = doc;
  for (const s of doc.sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const text = tokens[i].text;
      if (!heads.has(text) && !(isCapitalised(text) && heads.has(text.toLowerCase()))) continue;
      let a = i;
      // "A Department of Public Expenditure spokeswoman": an "of" between capitals is inside the body's name.
      const ofInName = (k: number): boolean => /^(?:of|for)$/.test(tokens[k].text) && k - 1 >= s.tokenStart && isCapitalised(tokens[k - 1].text) && isCapitalised(tokens[k + 1].text);
      while (a > s.tokenStart && i - a < (a < i && tokens.slice(a, i).some((t) => /^(?:of|for)$/.test(t.text)) ? 6 : 4) && /^[\p{L}-]+(?:['’]s)?$/u.test(tokens[a - 1].text) && !SPEECH.has(tokens[a - 1].text) && (!stopsPhrase(tokens[a - 1].text) || ofInName(a - 1))) {
        a--;
        if (DETERMINERS.test(tokens[a].text)) break;
      }
      let b = i + 1;
      if (b < s.tokenEnd && TAILS.test(tokens[b].text)) {
        let k = b + 1;
        while (k < s.tokenEnd && k - b < 5 && !SPEECH.has(tokens[k].text) && !AUX.has(tokens[k].text) && /^[\p{L}-]+$/u.test(tokens[k].text)) k++;
        const end = k;
        while (k < s.tokenEnd && (AUX.has(tokens[k].text) || tokens[k].text === 'been')) k++;
        if (SPEECH.has(tokens[k]?.text ?? '')) b = end;
      }
      let v = b;
      while (v < s.tokenEnd && (AUX.has(tokens[v].text) || tokens[v].text === 'been' || tokens[v].text === 'being')) v++;
      if (!SPEECH.has(tokens[v]?.text ?? '') || passiveTold(tokens.slice(b, v + 1).map((t) => t.text))) continue;
      if (a > s.tokenStart && /^(?:according)$/i.test(tokens[a - 1].text)) continue;
      out.push([tokens[a].start, tokens[b - 1].end]);
    }
  }
  return out;
}
