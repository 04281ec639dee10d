// Stage 3 of extraction: attributions (spans) become Statements about actors — speaker,
// cue, kind, target, the actors the content is about, the relaying outlet, evidence spans.
// Anonymous speakers are added to the actor layer, which this stage therefore extends.

import { headlineOf, type Document, type Token } from '../document.js';
import type { Actor, Span, Statement, StatementKind } from '../types.js';
import type { ActorLayer } from '../actors/index.js';
import { withoutBoilerplate } from '../actors/boilerplate.js';
import { statementId } from '../ids.js';
import { detectAttributions as allAttributions, interviewAttributions, type Attribution } from './detect.js';
import { aboutIds, ownReporter, relayOf, targetOf } from './roles.js';
import { speakersOf, type Speaker } from './speakers.js';
import { Salience } from './salience.js';
import { resolveFirstPerson } from './first-person.js';
import { isCapitalized, lower } from './phrases.js';
import { isNegation, negatedBefore } from './word-class.js';
import { negatedReport, nestedFlags } from './tidy.js';
import { aimOnly, askedAbout, gerundAfterOpeningWord, negatedEvidence, negatedMention, anonymityRequest, callsOnThing, cueIsNoun, unassertedReport, unrealizedFlags } from './unasserted.js';
import { learnedAttributions, withLearnedConfidence } from './learned/confidence-model.js';
import { firstStartingAt } from '../lower-bound.js';
import { gazetteer } from '../lexicon/gazetteer.js';

export type { Attribution } from './detect.js';

/**
 * The attributions of a document as PolNeAR annotates them: a report nested in another's
 * content is left out. Statements keep nested reports ("Officials believe X, two people said").
 */
export function detectAttributions(doc: Document): Attribution[] {
  const all = withoutInnerCues(learnedAttributions(doc, allAttributions(doc)));
  const nested = nestedFlags(doc.tokens, all);
  return all.filter((_, i) => !nested[i]);
}

const joinSpans = (text: string, spans: Span[]): string => spans.map(([s, e]) => text.slice(s, e).trim()).join(' … ');

/** Verbs of answering: negated, they report that no answer was given. */
const ANSWERING = /^(?:comment|respond|repl|answer|say|said|elaborat|disclos|discuss|explain|specif|return)/;

/**
 * "has not yet commented on the statement", "did not respond to requests", "would not say": no
 * statement was made, the speaker refused or gave none. Annotators count them as attributions, so
 * they stay, as REFUSAL, never as a CLAIM of what follows.
 */
function isNegatedAnswer(doc: Document, att: Attribution, cueWords: string[]): boolean {
  const negated = negatedBefore(doc.tokens, att.cue[0]) || cueWords.some(isNegation);
  return negated && cueWords.some((w) => ANSWERING.test(w));
}

/** Refines the lexicon's kind with the words around the cue ("called for" is a demand). */
function kindOf(doc: Document, att: Attribution): StatementKind {
  const cueWords = doc.tokens.slice(att.cue[0], att.cue[1]).map(lower);
  if (isNegatedAnswer(doc, att, cueWords)) return 'REFUSAL';
  const first = doc.text.slice(att.content[0][0], att.content[0][0] + 4).toLowerCase();
  // "pushed back against the plan": a rejection, where "pushed for" is a demand.
  if (cueWords.some((w) => w.startsWith('push')) && cueWords.includes('back')) return 'REJECTION';
  if (att.lemma === 'calls') return cueWords.includes('for') || cueWords.includes('on') ? 'DEMAND' : 'CLAIM';
  if (att.lemma === 'ask') return cueWords.includes('for') || /^(to |for )/.test(first) ? 'DEMAND' : 'CLAIM';
  return att.kind;
}

const CITING = new Set(['citing', 'quoting']);

/**
 * "Tarn Daily reported, citing an unnamed official, that …": the participle names where the
 * report came from; it is no statement of its own (annotators may mark it, so only statements
 * leave it out). True when an earlier report of the sentence has the same source.
 */
function namesSourceOfReport(tokens: Token[], att: Attribution, all: Attribution[]): boolean {
  if (att.cue[1] - att.cue[0] !== 1 || !CITING.has(lower(tokens[att.cue[0]])) || !att.source) return false;
  return all.some((o) => o !== att && o.sentence === att.sentence && o.cue[1] <= att.cue[0] && o.source !== null && o.source[0] === att.source![0] && o.source[1] === att.source![1]);
}

/** Drops attributions inside a denial's content: "X denies that it rejected the offer" is no rejection. */
function withoutDenied(doc: Document, atts: Attribution[]): Attribution[] {
  const denials = new Map<number, Attribution[]>();
  for (const a of atts) if (a.kind === 'DENIAL') denials.set(a.sentence, [...(denials.get(a.sentence) ?? []), a]);
  return atts.filter((inner) => {
    const at = doc.tokens[inner.cue[0]].start;
    return !(denials.get(inner.sentence) ?? []).some((outer) => outer !== inner && outer.content.some(([s, e]) => at >= s && at < e));
  });
}

/** A source phrase, not a pronoun, that named no actor and described no one ("Talks on river" of a misread headline). */
function describesNoOne(doc: Document, att: Attribution, speakers: Speaker[]): boolean {
  if (!att.source || speakers.length > 0) return false;
  return att.source[1] - att.source[0] > 1 || !/^(?:he|she|i|they|we|it|who|which)$/.test(lower(doc.tokens[att.source[0]]));
}

function cueSpans(doc: Document, att: Attribution): Span[] {
  const { tokens } = doc;
  return [[tokens[att.cue[0]].start, tokens[att.cue[1] - 1].end]];
}

/**
 * "The singer posted a video telling fans that …": a report whose cue lies inside another
 * report's longer cue ("posted" in "posted a video telling") is part of that report, not a
 * second statement with the rest of the sentence as its content.
 */
function withoutInnerCues(atts: Attribution[]): Attribution[] {
  // Compared within each sentence only: a book-length article holds tens of thousands of reports.
  const bySentence = new Map<number, Attribution[]>();
  for (const a of atts) {
    const same = bySentence.get(a.sentence);
    if (same) same.push(a);
    else bySentence.set(a.sentence, [a]);
  }
  return atts.filter((a) => !bySentence.get(a.sentence)!.some((b) => b !== a
    && b.cue[0] <= a.cue[0] && a.cue[1] <= b.cue[1] && b.cue[1] - b.cue[0] > a.cue[1] - a.cue[0]));
}

/** `atts` with a printed interview's question and answer turns, each with the model's confidence, in text order. */
function withInterviewTurns(doc: Document, atts: Attribution[]): Attribution[] {
  const turns = interviewAttributions(doc);
  if (turns.length === 0) return atts;
  const out: Attribution[] = [];
  let i = 0;
  // A turn goes before the reports of the sentence it opens, which its content holds.
  for (const turn of withLearnedConfidence(doc, turns)) {
    while (i < atts.length && atts[i].sentence < turn.sentence) out.push(atts[i++]);
    out.push(turn);
  }
  return out.concat(atts.slice(i));
}

/**
 * Statements of a document given its actor layer; attributions that name no source ("the plan
 * seems to work") are not statements of anyone and are left out. Deterministic: ids derive from the article
 * id, cue offset, speaker and content. Mutates `layer` only to add anonymous speakers.
 */
export function extractStatements(doc: Document, layer: ActorLayer, articleId: string): Statement[] {
  const clean = withoutBoilerplate(doc);
  const found = withoutInnerCues(withInterviewTurns(clean, learnedAttributions(clean, allAttributions(clean))));
  const asked = askedAbout(doc, found);
  const sourced = found.filter((a) => a.source !== null && !negatedReport(doc.tokens, a) && !unassertedReport(doc.tokens, a) && !anonymityRequest(doc.tokens, a) && !callsOnThing(doc.tokens, a) && !aimOnly(doc.tokens, a) && !negatedEvidence(doc.tokens, a) && !negatedMention(doc.tokens, a) && !gerundAfterOpeningWord(doc, a) && !cueIsNoun(doc.tokens, a) && !namesSourceOfReport(doc.tokens, a, found) && !asked.has(a));
  const unrealized = unrealizedFlags(doc.tokens, sourced);
  const atts = withoutDenied(doc, sourced.filter((_, i) => !unrealized[i]));
  const byId = new Map<string, Actor>(layer.actors.map((a) => [a.id, a]));
  const resolved = new Map<string, Actor | null>();
  const speakers: Speaker[][] = [];
  const quoters: (string | null)[] = [];
  const salience = new Salience(doc, layer, byId);
  atts.forEach((att, i) => {
    const prev = i > 0 && atts[i - 1].sentence === att.sentence ? speakers[i - 1][0] : undefined;
    const quoted = quotedPerson(doc.tokens, att);
    quoters.push(quoted ? speakersOf(doc, layer, byId, att.source, resolved, null, salience, att.sentence)[0]?.actorId ?? null : null);
    speakers.push(speakersOf(doc, layer, byId, quoted ?? att.source, resolved, prev ? byId.get(prev.actorId) ?? null : null, salience, att.sentence));
    salience.note(att.sentence, speakers[i][0]?.actorId, att.lemma === 'ask' || att.lemma === 'questioned');
    salience.noteJoint(att.sentence, speakers[i].map((sp) => sp.actorId));
    const cueAndAfter = doc.text.slice(doc.tokens[att.cue[0]].start, doc.tokens[Math.min(att.cue[1] + 3, doc.tokens.length) - 1].end);
    const made = /\bin an? (?:joint )?(statement|report|letter|post|filing|memo)\b/i.exec(cueAndAfter);
    if (made) salience.noteStatement(att.sentence, speakers[i][0]?.actorId, made[1].toLowerCase());
    if (att.frame === 'turn') salience.turn(speakers[i][0]?.actorId, att.sentence, firstStartingAt(doc.sentences, att.content[att.content.length - 1][1]) - 1);
  });
  namedInNextParagraph(doc, layer, byId, atts, speakers);
  const unspoken = resolveFirstPerson(doc, atts, speakers);
  const isMedia = (i: number): boolean => speakers[i].length === 1 && byId.get(speakers[i][0].actorId)?.type === 'MEDIA';
  // "X told officers …, according to a criminal complaint": whoever "according to" names relays
  // the report it holds, as an outlet's "reported" does.
  const relays = relayOf(doc, atts, (i) => isMedia(i) || atts[i].lemma === 'according to' && speakers[i].length === 1);
  const usedAsRelay = new Set(relays.filter((r) => r >= 0));
  const echoes = ownEchoes(doc.tokens, atts, speakers);
  // "Ruiz said she opposes the deal": the statement takes the kind of the report it holds.
  const echoKinds = new Map<number, StatementKind>();
  for (const [inner, outer] of echoes) {
    const k = kindOf(doc, atts[inner]);
    if (k !== 'CLAIM' && k !== 'BELIEF' && kindOf(doc, atts[outer]) === 'CLAIM' && !echoKinds.has(outer)) echoKinds.set(outer, k);
  }
  const out: Statement[] = [];
  atts.forEach((att, i) => {
    if (usedAsRelay.has(i) || unspoken.has(i) || echoes.has(i) || describesNoOne(doc, att, speakers[i])) return;
    const kind = echoKinds.get(i) ?? kindOf(doc, att);
    const content = joinSpans(doc.source ?? doc.text, att.content);
    const relay = relays[i] >= 0 ? speakers[relays[i]][0]?.actorId ?? null : null;
    const list = speakers[i].length > 0 ? speakers[i] : [null];
    for (const sp of list) {
      const speakerId = sp?.actorId ?? null;
      out.push({
        id: statementId(articleId, doc.tokens[att.cue[0]].start, speakerId ?? '', content),
        speakerId,
        content,
        cue: joinSpans(doc.source ?? doc.text, cueSpans(doc, att)),
        kind,
        direct: att.direct,
        targetId: targetOf(doc, layer, byId, att, kind, speakerId),
        aboutIds: aboutIds(layer, att.content),
        reportedById: ownReporter(doc, layer, byId, att) ?? quoters[i] ?? relay,
        confidence: Math.round(att.confidence * 100) / 100,
        evidence: { speaker: sp?.span ?? null, cue: cueSpans(doc, att), content: att.content.map(([s, e]): Span => [s, e]) },
      });
    }
  });
  return uniqueStatements(withoutHeadlineRepeats(doc, out, byId));
}

/**
 * "The chief executive of Skyreach Systems testified Tuesday that …" then, opening the next
 * paragraph, "“…,” Marcus Hale told lawmakers": a lede's definite title description, left an
 * unnamed source, is the person the next report names for the first time, when the article gives
 * that person no title of their own. Mutates `speakers`.
 */
function namedInNextParagraph(doc: Document, layer: ActorLayer, byId: Map<string, Actor>, atts: Attribution[], speakers: Speaker[][]): void {
  const { tokens, sentences } = doc;
  const titles = gazetteer().titles;
  const paraOf = (k: number): number => sentences[atts[k].sentence].paragraph;
  // Only the lede (the first three paragraphs) is read, and for each report there the first report of a later paragraph.
  let next = 0;
  for (let i = 0; i + 1 < atts.length && paraOf(i) <= 2; i++) {
    const att = atts[i];
    const para = paraOf(i);
    if (!att.source || speakers[i].length !== 1 || lower(tokens[att.source[0]]) !== 'the') continue;
    const described = byId.get(speakers[i][0].actorId);
    if (described?.type !== 'ANONYMOUS' || !tokens.slice(att.source[0] + 1, att.source[1]).some((t) => titles.has(lower(t)))) continue;
    // A title of a body the phrase names ("of Skyreach Systems") or of a field ("the chief inspector
    // of prisons"): "the returning officer" is someone of their own.
    const [from, to] = [tokens[att.source[0]].start, tokens[att.source[1] - 1].end];
    // A capitalised portfolio names one office too ("the Transport Secretary").
    let body = tokens.slice(att.source[0] + 1, att.source[1]).some((t) => t.text === 'of' || isCapitalized(t));
    for (let m = firstStartingAt(layer.mentions, from); m < layer.mentions.length && layer.mentions[m].start < to && !body; m++) {
      body = layer.mentions[m].end <= to && ['ORGANIZATION', 'GROUP', 'MEDIA', 'COUNTRY'].includes(byId.get(layer.mentions[m].actorId)?.type ?? '');
    }
    if (!body) continue;
    next = Math.max(next, i + 1);
    while (next < atts.length && paraOf(next) <= para) next++;
    const j = next;
    if (j >= atts.length || paraOf(j) !== para + 1 || speakers[j].length !== 1) continue;
    const named = byId.get(speakers[j][0].actorId);
    if (named?.type !== 'PERSON' || named.roles.length > 0) continue;
    const s = sentences[atts[j].sentence];
    const first = layer.mentions.find((m) => m.actorId === named.id);
    if (!first || first.start < s.start || first.start >= s.end) continue;
    // Named bare ("Marcus Hale told"), not with a title or description of their own ("Committee chair Glenn Ostrander said").
    const src = atts[j].source;
    if (!src || tokens[src[0]].start !== first.start || tokens[src[1] - 1].end !== first.end) continue;
    // The description is that person wherever else it speaks ("…,” the Transport Secretary said").
    const describedId = described.id;
    speakers.forEach((list, k) => { if (list.length === 1 && list[0].actorId === describedId) speakers[k] = [{ ...list[0], actorId: named.id }]; });
  }
}

/** Third-person pronouns only: an "I" inside another's content is resolved by first-person.ts and kept. */
const ECHO_PRONOUNS = new Set(['he', 'she', 'they', 'it']);

/**
 * "Mike Dyer said he feared flooding would get worse", "told the Echo she wished she had waited":
 * a report inside the content of the same speaker's report, its source a pronoun for that
 * speaker, is part of that statement, not a second one. Returns each echo's index with its outer report's.
 */
function ownEchoes(tokens: Token[], atts: Attribution[], speakers: Speaker[][]): Map<number, number> {
  const out = new Map<number, number>();
  atts.forEach((inner, i) => {
    const src = inner.source;
    if (!src) return;
    const plural = src[1] - src[0] === 1 && /^(?:they|we)$/.test(lower(tokens[src[0]]));
    if (speakers[i].length !== 1 && !plural) return;
    const pronoun = src[1] - src[0] === 1 && ECHO_PRONOUNS.has(lower(tokens[src[0]]));
    const at = tokens[inner.cue[0]].start;
    // Only the reports of the same sentence, found from the sentence's first (atts are in text order).
    let from = i;
    while (from > 0 && atts[from - 1].sentence === inner.sentence) from--;
    let outer = -1;
    // The innermost report holding it ("Girma said the federation had told him it wanted her": "told", not "said").
    for (let j = from; j < atts.length && atts[j].sentence === inner.sentence; j++) {
      if (j !== i && atts[j].content.some(([s, e]) => s <= at && at < e) && (outer < 0 || atts[j].cue[0] > atts[outer].cue[0])) outer = j;
    }
    // Or a source phrase running back over the outer report's own cue ("A neighbor … said she heard
    // glass shatter and then saw …"): a second predicate of the same speaker.
    const overOuterCue = outer >= 0 && src[0] <= atts[outer].cue[0] && src[1] > atts[outer].cue[0];
    if ((pronoun || overOuterCue) && outer >= 0 && speakers[outer].length === 1 && speakers[i].length === 1 && speakers[outer][0].actorId === speakers[i][0].actorId) out.set(i, outer);
    // "Janet and Gary Sommers … said they planned to come back": "they" inside joint speakers' report is them.
    else if (plural && outer >= 0 && speakers[outer].length > 1) out.set(i, outer);
  });
  return out;
}

/**
 * "The agency quoted Defence Minister Arvo Rask as saying …": the person quoted is the speaker,
 * and the subject that quotes them relays the words (PolNeAR marks the subject as the source of
 * "quoted"; a who-said-what graph wants the minister). Returns the quoted phrase, or null.
 */
function quotedPerson(tokens: Token[], att: Attribution): [number, number] | null {
  if (att.source === null) return null;
  let q = att.cue[0];
  while (q < att.cue[1] && lower(tokens[q]) !== 'quoted') q++;
  if (q + 1 >= att.cue[1] || lower(tokens[q + 1]) === 'by') return null;
  let as = q + 1;
  while (as < att.cue[1] && lower(tokens[as]) !== 'as') as++;
  let end = as;
  if (end > q + 1 && tokens[end - 1].text === ',') end--;
  return as < att.cue[1] && end > q + 1 ? [q + 1, end] : null;
}

/**
 * Drops a headline's statement when the body gives its speaker a statement too: "Former mayor
 * denies taking bribes" above "The former mayor …, Carla Nunes, denied taking bribes" is one
 * statement, not two, and counting it twice would inflate who-said-what tallies. A headline is a
 * first paragraph with no full stop, followed by more text; a headline statement whose speaker
 * says nothing in the body stays ("Senator Ruiz: Budget Deal Is Dead").
 */
function withoutHeadlineRepeats(doc: Document, statements: Statement[], byId: Map<string, Actor>): Statement[] {
  const first = headlineOf(doc);
  if (!first || doc.paragraphs.length < 2) return statements;
  const inHeadline = (s: Statement): boolean => s.evidence.cue.length > 0 && s.evidence.cue[0][0] < first[1];
  const body = statements.filter((s) => !inHeadline(s));
  const speaksInBody = new Set(body.map((s) => s.speakerId));
  // "…, study finds" above "according to a study of 9,000 schoolchildren": an unnamed source the
  // body describes more fully is the same one.
  const unnamedInBody = body.map((s) => byId.get(s.speakerId ?? '')).filter((a) => a?.type === 'ANONYMOUS').map((a) => a!.name.toLowerCase());
  const describedInBody = (id: string): boolean => {
    const a = byId.get(id);
    return a?.type === 'ANONYMOUS' && unnamedInBody.some((n) => n.startsWith(`${a.name.toLowerCase()} `));
  };
  return statements.filter((s) => !inHeadline(s) || s.speakerId === null || !speaksInBody.has(s.speakerId) && !describedInBody(s.speakerId));
}

/**
 * One statement per id, the most confident kept, in text order. Two attributions with the same
 * cue start, speaker and content are one statement: the learned stage can propose a cue twice
 * (as a lexicon word the rules did not frame and as a tagged run), and the store refuses an
 * article whose statement ids repeat.
 */
export function uniqueStatements(statements: readonly Statement[]): Statement[] {
  const best = new Map<string, Statement>();
  for (const s of statements) {
    const seen = best.get(s.id);
    if (!seen || s.confidence > seen.confidence) best.set(s.id, s);
  }
  return statements.filter((s) => best.get(s.id) === s);
}
