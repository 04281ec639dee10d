// Pronoun speakers by salience: "he" or "she" is the speaker of the previous report, or the
// subject of the previous sentence, before it is the last name mentioned ("Ellison said … at a
// clinic run by Dr Nash. He added …" is Ellison). Honorifics give a person's gender when known,
// else a common first name does (actors/first-names.ts), else a "he"/"she" already resolved to them.

import type { Document, Token } from '../document.js';
import type { Actor, Mention } from '../types.js';
import type { ActorLayer } from '../actors/index.js';
import { firstNameGender } from '../actors/first-names.js';
import { honorificGender, isHonorific, wordBeforeName, type Gender } from '../actors/honorifics.js';
import { firstStartingAt } from '../lower-bound.js';
import { gazetteer } from '../lexicon/gazetteer.js';
import { isWord, lower } from './phrases.js';
import { PHRASE_PREPOSITIONS } from './words.js';

/** Sentences looked back over for a report's speaker or a subject. */
const SENTENCES_BACK = 3;
const PRONOUN_GENDER: ReadonlyMap<string, Gender> = new Map([['he', 'male'], ['she', 'female']]);
/** Words opening an adjunct: a name after them is no subject ("After talks with Mr Ellison, she said"). */
const OPENERS = new Set([...PHRASE_PREPOSITIONS, 'after', 'before', 'during', 'following', 'when', 'while', 'as', 'since', 'despite', 'unlike', 'like', 'than']);

/** Heads of an unnamed source's descriptor that name no single person ("people", "police"). */
const NOT_ONE = new Set(['people', 'police', 'staff', 'family', 'crowd', 'public', 'government', 'council', 'company']);

/**
 * One unnamed person, introduced as such ("One parent, who asked not to be named,", "A police
 * spokesman"): a singular descriptor written with "a", "an" or "one". Not "officials" or "people
 * familiar with …", and not "the Florida senator", an epithet for someone the article names.
 */
function oneUnnamed(actor: Actor): boolean {
  if (actor.type !== 'ANONYMOUS' || !actor.aliases.some((x) => /^(?:a|an|one|another)\s/i.test(x))) return false;
  const head = unnamedHead(actor.name);
  const g = gazetteer();
  const person = g.anonymousHeads.has(head) || g.titles.has(head) || /(?:man|woman|person|er|or|ist|ian|ant|ent|ee)$/.test(head);
  return person && /^\p{L}+$/u.test(head) && !NOT_ONE.has(head) && (!head.endsWith('s') || head.endsWith('ss'));
}

/**
 * The head noun of an unnamed speaker's name, lower-cased: its last word before a preposition, a
 * relative pronoun or a participle phrase ("analysts at X" → "analysts", "senior diplomat involved
 * in the mediation" → "diplomat").
 */
function unnamedHead(name: string): string {
  return (name.toLowerCase().split(/\s+(?:for|of|at|in|from|with|on|close|familiar|who|that|involved|briefed|speaking|working|based|knowledgeable|aware)\b/)[0].split(/\s+/).pop() ?? '');
}

/** Head nouns of an unnamed body that "it" may stand for as a speaker. */
export const UNNAMED_BODY_HEADS: ReadonlySet<string> = new Set(['embassy', 'ministry', 'department', 'agency', 'company', 'firm', 'council', 'committee', 'government', 'union', 'office', 'board', 'commission', 'regulator', 'club', 'group', 'campaign', 'school', 'hospital', 'court']);

/** Head nouns of an unnamed document that "it" may stand for as a speaker. */
const DOCUMENT_HEADS = new Set(['lawsuit', 'suit', 'complaint', 'indictment', 'filing', 'report', 'study', 'survey', 'paper', 'letter', 'memo', 'statement', 'ruling', 'judgment', 'audit', 'review', 'poll']);

/** Participles opening a sentence before its subject ("Born in Enugu, …, Okonjo-Hale moved"). */
const PARTICIPLE_OPENERS = /^(?:Born|Raised|Educated|Trained|Elected|Appointed|Married|Having)$/;

const DESCRIPTION_OPENERS = new Set(['his', 'her', 'their', 'its', 'the', 'a', 'an']);

/** The comma closing a short description that opens a sentence before a name ("His Ashby counterpart, …"), or -1. */
function describedSubject(tokens: readonly Token[], a: number, b: number): number {
  // "Born in Enugu, Nigeria, in 1941, Okonjo-Hale moved …": after an opening participle's phrase, the
  // subject follows its last comma before a capitalised word that opens no place of the phrase.
  if (PARTICIPLE_OPENERS.test(tokens[a].text)) {
    for (let k = a + 1; k < b && k <= a + 20; k++) {
      if (tokens[k].text === ',' && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '') && /^\p{Ll}/u.test(tokens[k + 2]?.text ?? '')) return k;
    }
    return -1;
  }
  if (!DESCRIPTION_OPENERS.has(tokens[a].text.toLowerCase())) return -1;
  for (let k = a + 1; k < b && k <= a + 5; k++) {
    if (tokens[k].text === ',') return k > a + 1 && k + 1 < b && /^\p{Lu}/u.test(tokens[k + 1].text) ? k : -1;
    if (!/^[\p{L}'’-]+$/u.test(tokens[k].text)) return -1;
  }
  return -1;
}

/** Remembers the speakers of the reports seen so far and answers "who is he / she here". */
export class Salience {
  private readonly reported = new Map<number, string>();
  /** Sentences whose first report is a question ("a reporter asked …"): "he" after it is whoever answers. */
  private readonly asked = new Set<number>();
  private genders: Map<string, Gender | null> | null = null;
  /** Joint speakers of a sentence's first report ("Dr Laurenson and Dr Trivedi said …"). */
  private readonly joint = new Map<number, string[]>();
  private readonly statements = new Map<string, string>();
  /** Speakers of a transcript's turns, and the sentences inside turns. */
  private readonly interlocutors = new Set<string>();
  private readonly inTurn = new Set<number>();

  constructor(private readonly doc: Document, private readonly layer: ActorLayer, private readonly byId: Map<string, Actor>) {}

  /** Records the speaker of a report in sentence `si`; the first report of a sentence is its most salient. */
  note(si: number, actorId: string | undefined, question = false): void {
    if (actorId !== undefined && !this.reported.has(si)) {
      this.reported.set(si, actorId);
      if (question) this.asked.add(si);
    }
  }

  /** Records that sentence `si`'s first report has several speakers, in order. */
  noteJoint(si: number, actorIds: string[]): void {
    if (actorIds.length > 1 && !this.joint.has(si)) this.joint.set(si, actorIds);
  }

  /**
   * "Dr Laurenson and Dr Trivedi said … They called on …": "they" opening the next sentence is
   * the joint speakers of the sentence before, when its first report had several; null otherwise.
   */
  jointBefore(si: number): string[] | null {
    return this.joint.get(si - 1) ?? null;
  }

  /**
   * "Norwell Freight and Castor Logistics have agreed … the companies said": the joint speakers of
   * the nearest of the last few sentences whose first report had several, when `ok` accepts each.
   */
  jointWithin(si: number, ok: (a: Actor) => boolean, back = 3): string[] | null {
    for (let s = si - 1; s >= 0 && s >= si - back; s--) {
      const ids = this.joint.get(s);
      if (ids && ids.every((id) => { const a = this.byId.get(id); return a !== undefined && ok(a); })) return ids;
    }
    return null;
  }

  /**
   * Records a transcript turn ("KELLY: …") of `actorId` over sentences `from` to `to`: inside any
   * turn, "he" or "she" is no one taking part in the interview, who are "I" and "you".
   */
  turn(actorId: string | undefined, from: number, to: number): void {
    if (actorId !== undefined) this.interlocutors.add(actorId);
    for (let s = from; s <= to; s++) this.inTurn.add(s);
  }

  /**
   * Records that "he" / "she" was resolved to a person of unknown gender: the article has told it
   * ("Aisha Bello … she says"), so a later "he" goes to someone else.
   */
  resolved(word: string, actor: Actor): void {
    const g = PRONOUN_GENDER.get(word);
    if (g && actor.type === 'PERSON' && this.genderOf(actor.id) === null) this.genders!.set(actor.id, g);
  }

  /** Whether an actor may be called `word`: a person of the pronoun's gender, or of unknown gender. */
  agrees(word: string, actor: Actor): boolean {
    const want = PRONOUN_GENDER.get(word);
    if (!want || actor.type !== 'PERSON') return want === undefined;
    const known = this.genderOf(actor.id);
    return known === null || known === want;
  }

  /**
   * The person "he" / "she" at token `at` of sentence `si` stands for: the subject of its own
   * sentence before it, then, sentence by sentence back, the speaker of that sentence's report
   * or its subject; null when none agrees (the caller falls back to the last name mentioned).
   */
  pronoun(word: string, at: number, si: number): Actor | null {
    if (!PRONOUN_GENDER.has(word)) return null;
    const ok = this.inTurn.has(si) ? (a: Actor) => !this.interlocutors.has(a.id) && this.agrees(word, a) : (a: Actor) => this.agrees(word, a);
    const own = this.subjectOf(si, at);
    if (own && ok(own)) return own;
    return this.before(si, ok, true);
  }

  /**
   * The person "his" or "her" at token `at` of sentence `si` stands for, more strictly than a
   * speaker pronoun, since a wrong owner misnames an unnamed speaker ("Bill Clinton's advisers"):
   * the subject of its own sentence, else the speaker or subject of the sentence before, and only a
   * person whose gender is known and agrees.
   */
  owner(word: string, at: number, si: number): Actor | null {
    const want = PRONOUN_GENDER.get(word);
    if (!want) return null;
    const ok = (a: Actor): boolean => a.type === 'PERSON' && this.genderOf(a.id) === want;
    const own = this.subjectOf(si, at);
    if (own) return ok(own) ? own : null;
    // "Sen. Dana Fairbrook has said … Her office did not respond": the speaker just before, of no
    // known gender, may own it too.
    const prev = this.reported.get(si - 1);
    const speaker = prev === undefined ? undefined : this.byId.get(prev);
    if (speaker && speaker.type === 'PERSON' && this.genderOf(speaker.id) === null) return speaker;
    return this.before(si, ok, false, 1);
  }

  /** The unnamed document that made the last report, in this sentence or the two before ("The lawsuit alleges … It further alleges"). */
  documentBefore(si: number): Actor | null {
    for (let s = si; s >= 0 && s >= si - 2; s--) {
      const id = this.reported.get(s);
      const actor = id === undefined ? undefined : this.byId.get(id);
      if (!actor) continue;
      const head = actor.name.toLowerCase().split(/\s+(?:filed|published|released|by|from|in|of)\b/)[0].split(/\s+/).pop() ?? '';
      // "The Saudi embassy said … It called on": an unnamed body that reported just before is "it" too.
      return actor.type === 'ANONYMOUS' && (DOCUMENT_HEADS.has(head) || UNNAMED_BODY_HEADS.has(head)) ? actor : null;
    }
    return null;
  }

  /** The body that made the last report before, within a few sentences (or earlier in `si`), when `ok` accepts it ("Northline Trains said … “…,” the operator added"). */
  bodyBefore(si: number, ok: (a: Actor) => boolean): Actor | null {
    // Not a headline's report: "… gang claims attack" is no antecedent for "the hospital said".
    for (let s = si; s >= 0 && s >= si - SENTENCES_BACK && this.doc.sentences[s].paragraph > 0; s--) {
      const id = this.reported.get(s);
      const actor = id === undefined ? undefined : this.byId.get(id);
      if (actor && actor.type !== 'PERSON' && actor.type !== 'ANONYMOUS' && ok(actor)) return actor;
      if (actor) return null;
    }
    return null;
  }

  /** Records that the report of sentence `si` by `actorId` was made in a statement, report or letter ("said in a report that …"). */
  noteStatement(si: number, actorId: string | undefined, noun = 'statement'): void {
    if (actorId !== undefined) this.statements.set(`${noun} ${si}`, actorId);
  }

  /** "…, the statement said", "The report warned": whoever made one in this sentence or the one before. */
  statementBy(si: number, noun = 'statement'): Actor | null {
    const id = this.statements.get(`${noun} ${si}`) ?? this.statements.get(`${noun} ${si - 1}`);
    return id === undefined ? null : this.byId.get(id) ?? null;
  }

  /**
   * The one unnamed person who reported just before sentence `si` or earlier in it ("One senior
   * backbencher, who asked not to be named, said … “…,” the MP added"), or null.
   */
  unnamedBefore(si: number): Actor | null {
    for (const s of [si, si - 1]) {
      const id = this.reported.get(s);
      const actor = id === undefined ? undefined : this.byId.get(id);
      if (actor && oneUnnamed(actor)) return actor;
    }
    return null;
  }

  /**
   * The unnamed group that made the first report of the sentence before `si` ("Analysts at Kestrel
   * Hartley Securities wrote … They warned, however, …"): "they" opening the next sentence is that
   * group, not the body named inside its name; null when that speaker is no plural unnamed one.
   */
  groupBefore(si: number): Actor | null {
    const id = this.reported.get(si - 1);
    const actor = id === undefined ? undefined : this.byId.get(id);
    return actor && actor.type === 'ANONYMOUS' && pluralHead(actor.name) ? actor : null;
  }

  /**
   * The person an epithet opening a report stands for ("The Norwegian, who took charge in the
   * summer, praised …", "the 51-year-old said"): the speaker of a previous report or the subject of
   * a previous sentence, as for a pronoun of either gender; never someone of its own sentence.
   */
  epithet(si: number): Actor | null {
    // "His opponent, who had won all six matches, was gracious. … the Norwegian said": an unnamed
    // person opening the sentence before is whom the epithet describes, not an earlier speaker.
    const prev = si - 1 >= 0 ? this.doc.sentences[si - 1] : undefined;
    const t = this.doc.tokens;
    if (prev && /^(?:his|her|their)$/i.test(t[prev.tokenStart]?.text ?? '') && /^\p{Ll}+$/u.test(t[prev.tokenStart + 1]?.text ?? '') && this.subjectOf(si - 1, prev.tokenEnd) === null && !this.reported.has(si - 1)) return null;
    // A quotation of several sentences before the epithet ("“… There is no drug,” the elderly ruler told …") is looked past.
    let same = 0;
    while (si - same - 1 >= 0 && this.doc.sentences[si - same - 1].paragraph === this.doc.sentences[si].paragraph && !this.reported.has(si - same - 1)) same++;
    return this.before(si, () => true, false, SENTENCES_BACK + same);
  }

  /**
   * Sentence by sentence back from `si`, the speaker of that sentence's report or its subject, when
   * a person `ok` accepts; with `unnamed`, the previous sentence's report may also be one unnamed
   * person's ("One parent, who asked not to be named, said … “…,” she said"), unless it asked a
   * question ("a reporter asked …": "he" is who answers) or that sentence names a person.
   */
  private before(si: number, ok: (a: Actor) => boolean, unnamed = false, back = SENTENCES_BACK): Actor | null {
    for (let s = si - 1; s >= 0 && s >= si - back; s--) {
      const id = this.reported.get(s);
      const speaker = id === undefined ? undefined : this.byId.get(id);
      if (speaker && speaker.type === 'PERSON' && ok(speaker)) return speaker;
      if (speaker && unnamed && this.quietBetween(s, si) && !this.asked.has(s) && oneUnnamed(speaker) && !this.namesPerson(s)) return speaker;
      const subject = this.subjectOf(s, this.doc.sentences[s].tokenEnd);
      if (subject && ok(subject)) return subject;
    }
    return null;
  }

  /** The person named first in sentence `si` before token `stop`, when only title words and appositive commas come before the name ("Her colleague, Sen. Luis Ortega, …"). */
  private subjectOf(si: number, stop: number): Actor | null {
    const { tokens, sentences } = this.doc;
    const s = sentences[si];
    const end = stop < s.tokenEnd ? tokens[stop].start : s.end;
    let mi = firstStartingAt(this.layer.mentions, s.start);
    let from = s.tokenStart;
    // "His Ashby counterpart, Hendrik de Vries, was less happy": a description set off before the name.
    const comma = describedSubject(tokens, s.tokenStart, s.tokenEnd);
    if (comma > 0) {
      from = comma + 1;
      while (mi < this.layer.mentions.length && this.layer.mentions[mi].start < tokens[from].start) mi++;
    }
    const m: Mention | undefined = this.layer.mentions[mi];
    if (!m || m.end > end) return null;
    for (let k = from; k < s.tokenEnd && tokens[k].start < m.start; k++) {
      if (isWord(tokens[k]) ? OPENERS.has(lower(tokens[k])) : !/^[,.—–-]$/.test(tokens[k].text)) return null;
    }
    const actor = this.byId.get(m.actorId);
    return actor && actor.type === 'PERSON' ? actor : null;
  }

  /**
   * Whether nothing between sentences `s` and `si` reports or names anyone: the sentence right
   * before, or the earlier sentences of a quotation that ends in `si` ("A witness said …. “It all
   * happened in seconds. There was blood,” she told the Courier").
   */
  private quietBetween(s: number, si: number): boolean {
    for (let k = s + 1; k < si; k++) if (this.reported.has(k) || this.namesPerson(k)) return false;
    return si - s <= 3;
  }

  /** Whether sentence `si` mentions a named person ("One pastor supporting Mr. Cruz, Darran Whiting, said"). */
  private namesPerson(si: number): boolean {
    const { start, end } = this.doc.sentences[si];
    for (let i = firstStartingAt(this.layer.mentions, start); i < this.layer.mentions.length && this.layer.mentions[i].start < end; i++) {
      if (this.byId.get(this.layer.mentions[i].actorId)?.type === 'PERSON') return true;
    }
    return false;
  }

  private genderOf(id: string): Gender | null {
    if (!this.genders) {
      this.genders = new Map();
      for (const m of this.layer.mentions) {
        const inside = /^([A-Z][a-z]{1,5})\.?\s/.exec(this.doc.text.slice(m.start, m.end));
        const g = honorificGender(inside?.[1] ?? wordBeforeName(this.doc.text, m.start) ?? '');
        if (g && !this.genders.has(m.actorId)) this.genders.set(m.actorId, g);
      }
    }
    if (!this.genders.has(id)) {
      // No honorific: the first name, skipping a title written into the name ("Dr Lena Hartmann").
      const words = (this.byId.get(id)?.name ?? '').split(/\s+/);
      this.genders.set(id, firstNameGender(words.length > 1 && isHonorific(words[0]) ? words.slice(1).join(' ') : words.join(' ')));
    }
    return this.genders.get(id) ?? null;
  }
}

const PLURAL_NOUNS = new Set(['people', 'police', 'staff', 'personnel', 'clergy', 'media', 'crew']);

/** Whether an unnamed speaker's head noun, before its first preposition or participle, is plural ("analysts at X", "people familiar with …"). */
function pluralHead(name: string): boolean {
  const head = unnamedHead(name);
  return PLURAL_NOUNS.has(head) || (/[^s]s$/.test(head) && head.length > 3);
}
