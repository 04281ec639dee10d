// Reports that report nothing said: a cue in a clause of comparison or condition ("more than
// Hart predicted"), "calling on" a thing of one's own, and an infinitive or modal cue inside
// another report's content ("urged its members to reject the offer" is no rejection, "said she
// would ask for a review" no demand yet).

import type { Document, Token } from '../document.js';
import type { Attribution } from './detect.js';
import { cueVerb } from './lexicon.js';
import { isNegation, negatedBefore } from './word-class.js';

/** Words opening a clause of comparison or condition: a cue after them reports nothing said. */
const UNASSERTED = new Set(['than', 'if', 'unless', 'until', 'before']);

/**
 * Whether a report sits in a clause of comparison or condition ("£3bn more than Hart
 * predicted", "before he praises the lanes", "if she says no"), or is asked about ("Do you
 * think he can win?"): nobody is reported as saying anything, so it is no statement.
 */
export function unassertedReport(tokens: Token[], att: Attribution): boolean {
  if (!att.source || att.source[1] > att.cue[0]) return false;
  const before = att.source[0] > 0 ? tokens[att.source[0] - 1].text.toLowerCase() : '';
  // "More than 40,000 users reported problems": a count, not a comparison.
  const counted = before === 'than' && /^(?:\d|dozens|hundreds|thousands|millions|two|three|four|five|six|seven|eight|nine|ten|half)/i.test(tokens[att.source[0]].text);
  return UNASSERTED.has(before) && !counted || (QUESTION_AUXILIARIES.has(before) && endsInQuestionMark(tokens, att.cue[1]));
}

/** Auxiliaries before the subject of a question: "Do you think he can win?" reports no one's belief. */
const QUESTION_AUXILIARIES = new Set(['do', 'does', 'did']);
const MAX_QUESTION_TOKENS = 60;

/** Whether the sentence running on from token `from` ends with a question mark. */
function endsInQuestionMark(tokens: Token[], from: number): boolean {
  for (let i = from; i < tokens.length && i < from + MAX_QUESTION_TOKENS; i++) {
    if (tokens[i].text === '?') return true;
    if (tokens[i].text === '.' || tokens[i].text === '!') return false;
  }
  return false;
}

const ANONYMITY = /^(?:not )?to be (?:named|identified|quoted)\b|^anonymity\b|^that (?:his|her|their|its) names? (?:not|never) be (?:used|published|given|printed|disclosed)\b|^(?:his|her|their) names? (?:not|never) be (?:used|published)\b/;

/**
 * Whether a report is only a source's wish to stay unnamed, or the reason for it ("who did not
 * want to be named", "because they were not authorised to discuss it",
 * "asked not to be identified", "requested anonymity"): it says nothing about the story.
 */
export function anonymityRequest(tokens: Token[], att: Attribution): boolean {
  const after = tokens.slice(att.cue[1], att.cue[1] + 7).map((t) => t.text.toLowerCase()).join(' ');
  if (ANONYMITY.test(after)) return true;
  // "because they were not authorised to discuss it": why a source stays unnamed, not a refusal.
  const around = tokens.slice(Math.max(0, att.cue[0] - 3), att.cue[1]).map((t) => t.text.toLowerCase()).join(' ');
  return NOT_AUTHORISED.test(around);
}

const NOT_AUTHORISED = /\b(?:not|n't) (?:authori[sz]ed|permitted|allowed|cleared) to (?:discuss|speak|comment|talk|be)\b/;

/** Determiners: a cue word right after one is a noun ("its forecast", "the claim"). */
const NOUN_DETERMINERS = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your', 'the', 'a', 'an']);
/** Past forms a subject's modifier may precede ("its chief said"): such a cue stays a verb. */
const IRREGULAR_PAST = new Set(['said', 'told', 'wrote', 'thought', 'felt', 'knew', 'spoke', 'heard', 'meant', 'held', 'saw', 'made', 'gave', 'took', 'found', 'foresaw', 'swore']);
const POSSESSIVE_DETERMINERS = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your']);

/** Cue forms that are also plural nouns, read as nouns right after a verb in the past ("revived fears that"). */
const PLURAL_NOUN_CUES = new Set(['fears', 'hopes', 'doubts', 'concerns', 'claims', 'warnings', 'worries', 'suspicions', 'questions', 'threats', 'demands', 'calls', 'promises', 'denials', 'accusations', 'complaints', 'criticisms', 'plans', 'proposals', 'pledges', 'vows', 'appeals', 'requests', 'statements', 'reports']);

/**
 * "a jobs report revived fears that …", "managers ignored repeated complaints": a plural-noun cue
 * form right after a lower-case past form is that verb's object, and a past-form cue between such
 * a verb and a plural noun is an adjective. Reduced relatives stay reports ("those surveyed say",
 * "a poll released Monday showed"): their cue is no plural noun and no adjective.
 */
function objectOfVerb(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1]?.text ?? '';
  if (!/^\p{Ll}{3,}ed$/u.test(prev)) return false;
  const word = tokens[i].text;
  if (PLURAL_NOUN_CUES.has(word)) return true;
  const next = tokens[i + 1]?.text ?? '';
  return /^\p{Ll}+ed$/u.test(word) && /^\p{Ll}{3,}s$/u.test(next) && !/ss$/.test(next);
}

/**
 * Whether the cue word is a noun: "raised its annual forecast", "the report", "a warning". It
 * follows a determiner, or an uninflected cue follows a possessive determiner and one singular
 * modifier ("its annual forecast"; "its chief said", "her sons claim" and "sources close to her campaign
 * say" stay reports).
 */
export function cueIsNoun(tokens: Token[], att: Attribution): boolean {
  if (att.cue[1] - att.cue[0] !== 1) return false;
  const i = att.cue[0];
  const word = tokens[i].text.toLowerCase();
  const prev = tokens[i - 1]?.text ?? '';
  if (NOUN_DETERMINERS.has(prev.toLowerCase()) && /^\p{Ll}/u.test(word)) return true;
  // "three planned factories": a participle after a number, before a noun, is an adjective.
  const next = tokens[i + 1]?.text ?? '';
  if (/ed$/.test(word) && /^(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|several|many)$/i.test(prev) && /^\p{Ll}{3,}$/u.test(next) && !ADJECTIVE_BREAKS.has(next)) return true;
  if (objectOfVerb(tokens, i)) return true;
  const prev2 = (tokens[i - 2]?.text ?? '').toLowerCase();
  if (!/^[a-z]+$/.test(prev) || /s$/.test(prev) || !/^[a-z]+$/.test(word)) return false;
  if (/(?:ed|s|ing)$/.test(word) || IRREGULAR_PAST.has(word)) return false;
  // "sources close to her campaign say": the determiner inside a source phrase that runs up to the cue.
  return POSSESSIVE_DETERMINERS.has(prev2) && !(att.source && att.source[0] < i - 2 && att.source[1] >= i - 1);
}

/** Words after a participle that show it is a verb, not an adjective before a noun. */
const ADJECTIVE_BREAKS = new Set(['that', 'the', 'this', 'those', 'these', 'his', 'her', 'their', 'its', 'for', 'with', 'about', 'into', 'from', 'against', 'over', 'since', 'until', 'when', 'while', 'after', 'before']);

/** Nouns for people or bodies that can be called on to act, beyond the agent endings below. */
const CALLABLE = new Set(['staff', 'people', 'public', 'community', 'police', 'board', 'council', 'party', 'union', 'leadership', 'allies', 'team', 'troops', 'forces', 'citizens', 'officials', 'voters', 'colleagues', 'youth', 'family', 'families', 'friends', 'clergy', 'military', 'army', 'navy', 'government', 'governments', 'nations', 'states', 'countries', 'firms', 'companies', 'businesses', 'banks']);
const AGENT_ENDING = /(?:ers?|ors?|ists?|ians?|ees?|ants?|ents?|ives?|ics?)$/;

/**
 * Whether "X is calling on its encyclopaedia to answer" uses a thing of its own rather than
 * asking anyone: "call on" with an object owned by the subject ("its", "their") whose head noun
 * names no person or body. "calling on its members to strike" stays a demand.
 */
export function callsOnThing(tokens: Token[], att: Attribution): boolean {
  if (att.lemma === 'calls' && phoneCall(tokens, att)) return true;
  if (att.lemma !== 'calls' || tokens[att.cue[1] - 1]?.text.toLowerCase() !== 'on') return false;
  const i = att.cue[1];
  if (!/^(its|their|his|her|our)$/i.test(tokens[i]?.text ?? '')) return false;
  for (let k = i + 1; k < tokens.length && k <= i + 5; k++) {
    if (tokens[k].text.toLowerCase() !== 'to') continue;
    const head = tokens[k - 1].text.toLowerCase();
    return k > i + 1 && !CALLABLE.has(head) && !AGENT_ENDING.test(head);
  }
  return false;
}

/**
 * "he had called Lopez to congratulate her": "call" with a name, then "to" and a verb, is a phone
 * call or a summons, not a report ("called on Lopez to resign" and "called for" stay demands;
 * "called the plan a disgrace" stays a report).
 */
function phoneCall(tokens: Token[], att: Attribution): boolean {
  const last = tokens[att.cue[1] - 1]?.text.toLowerCase();
  if (last === 'on' || last === 'for') return false;
  let k = att.cue[1];
  if (!/^\p{Lu}/u.test(tokens[k]?.text ?? '')) return false;
  while (k < tokens.length && k < att.cue[1] + 4 && /^\p{Lu}/u.test(tokens[k].text)) k++;
  return tokens[k]?.text.toLowerCase() === 'to' && /^\p{Ll}+$/u.test(tokens[k + 1]?.text ?? '');
}

/** Modals of a report not yet made ("she would ask the department to review it"); a negated one ("would not comment") still refuses. */
const FUTURE_MODALS = new Set(['would', 'will', "'ll", '’ll', "'d", '’d', 'could', 'might', 'may', 'shall', 'should']);

/** Whether the cue at `k` is an infinitive ("to reject") or opens with a modal of the future or of possibility ("would ask"). */
function unrealizedCue(tokens: Token[], k: number): boolean {
  if (k > 0 && tokens[k - 1].text.toLowerCase() === 'to') return true;
  const next = tokens[k + 1]?.text.toLowerCase();
  return FUTURE_MODALS.has(tokens[k].text.toLowerCase()) && next !== 'not' && next !== "n't" && next !== 'n’t' && next !== 'never';
}

/**
 * Flags reports whose cue is an infinitive or a modal's inside another report's content
 * ("calling on its members to reject the offer", "wants to deny it", "wrote that she would ask
 * the department to review the deal"): asked, wanted or planned, not done.
 */
export function unrealizedFlags(tokens: Token[], atts: Attribution[]): boolean[] {
  const bySentence = new Map<number, Attribution[]>();
  for (const a of atts) bySentence.set(a.sentence, [...(bySentence.get(a.sentence) ?? []), a]);
  return atts.map((inner) => {
    const k = inner.cue[0];
    if (!unrealizedCue(tokens, k)) return false;
    const at = tokens[k].start;
    return (bySentence.get(inner.sentence) ?? []).some((outer) => outer !== inner && outer.content.some(([s, e]) => at >= s && at < e));
  });
}

const SEEK = new Set(['seek', 'seeks', 'sought', 'seeking']);

/**
 * "as it seeks to cut debt", "it will not seek to take the case further": seeking to do something
 * is an aim, not words anyone said. PolNeAR marks about half of these as cues, so only
 * statements leave them out; "sought damages", "seeks an apology" and "sought to reassure
 * investors that …" (a cue after "to") stay.
 */
export function aimOnly(tokens: Token[], att: Attribution): boolean {
  const last = att.cue[1] - 1;
  if (!SEEK.has(tokens[last].text.toLowerCase())) return false;
  const to = tokens[last + 1];
  const verb = tokens[last + 2];
  // "sought to reassure investors that …" still reports what was said.
  return to !== undefined && verb !== undefined && to.text.toLowerCase() === 'to' && /^\p{Ll}+$/u.test(verb.text) && !NOUN_DETERMINERS.has(verb.text) && !cueVerb(verb.text);
}

/**
 * "it could not show that phones caused the lost sleep", "the data cannot prove that …": what a
 * study cannot show is a critic's point, not a finding of the study. Only statements leave these
 * out; "did not find that" and "does not believe" still report.
 */
export function negatedEvidence(tokens: Token[], att: Attribution): boolean {
  const words = tokens.slice(att.cue[0], att.cue[1]).map((t) => t.text.toLowerCase());
  const unable = words.includes('cannot') || words.some((w) => /^(?:can|could)(?:n[’']t)?$/.test(w)) && words.some((w) => w === 'not' || /n[’']t$/.test(w));
  return unable && PROOF.test(words[words.length - 1]);
}

const PROOF = /^(?:show|prove|demonstrate|establish|confirm)$/;

/**
 * "She did not mention the fault", "never mentioned the losses": what someone left unmentioned is
 * no statement of theirs (a refusal to answer is, as REFUSAL: "did not say whether"). Only
 * statements leave these out.
 */
export function negatedMention(tokens: Token[], att: Attribution): boolean {
  const words = tokens.slice(att.cue[0], att.cue[1]).map((t) => t.text.toLowerCase());
  // "had not asked a single question about the advertisement": no question was put either.
  const last = words[words.length - 1] ?? '';
  return (/^mention/.test(last) || ASKING.has(last)) && (negatedBefore(tokens, att.cue[0]) || words.some(isNegation)) || notDone(tokens, att.cue[0]);
}

/**
 * "stopped short of announcing any intervention", "left without saying a word", "refrained from
 * criticising": a gerund cue after words that say it was not done.
 */
function notDone(tokens: Token[], cue: number): boolean {
  if (!/ing$/i.test(tokens[cue]?.text ?? '') || cue < 1) return false;
  const one = tokens[cue - 1].text.toLowerCase();
  const two = cue >= 2 ? `${tokens[cue - 2].text.toLowerCase()} ${one}` : '';
  return one === 'without' || two === 'short of' || /^(?:refrain|refrains|refrained|refraining|stopped|stops|desisted) from$/.test(two);
}

/**
 * "Amber warning as Storm Iona nears", "Police warning over phone scam": a gerund cue right after
 * the one capitalised word that opens its sentence, with no auxiliary, is a noun compound, not a
 * report. Only statements leave these out.
 */
export function gerundAfterOpeningWord(doc: Document, att: Attribution): boolean {
  const i = att.cue[0];
  if (att.cue[1] - i !== 1 || !/ing$/.test(doc.tokens[i].text)) return false;
  const s = doc.sentences[att.sentence];
  return s !== undefined && s.tokenStart === i - 1 && /^\p{Lu}\p{Ll}+$/u.test(doc.tokens[i - 1].text);
}

/** Cue words that ask rather than tell. */
const ASKING = new Set(['ask', 'asked', 'asks', 'asking', 'questioned', 'wondered', 'wonders', 'queried', 'pressed']);

/**
 * "Whitfield asked whether the company had warned officials": a report inside an open question
 * ("whether", "if", "why", "how", "what") is what was asked about, not anyone's statement. Returns
 * the reports of `all` so asked about; only statements leave these out.
 */
export function askedAbout(doc: Document, all: Attribution[]): Set<Attribution> {
  const out = new Set<Attribution>();
  const questions = all.filter((q) => ASKING.has(doc.tokens[q.cue[0]].text.toLowerCase()) && q.content.length > 0 && /^(?:whether|if|why|how|what|who)\b/i.test(doc.text.slice(q.content[0][0], q.content[0][0] + 8)));
  if (questions.length === 0) return out;
  for (const att of all) {
    const at = doc.tokens[att.cue[0]].start;
    if (questions.some((q) => q !== att && q.sentence === att.sentence && q.content.some(([s, e]) => s <= at && at < e))) out.add(att);
  }
  return out;
}
