// Features of a finished statement for the statement filter (statement-filter.ts): what a reader
// checking "is this a real report, and is its speaker right?" looks at. They are computed from the
// extraction's own output (text, actors, statements), never from the rules' inner state, so that
// statements written by older code (the training rows, see src/learn/train-statement-filter.ts)
// and by this code give the same kind of row. For the same reason there is no feature of the
// stages that changed most across those commits: the number of mentions (coreference), whether a
// target was found, the speaker phrase's first word (descriptions older code left unresolved);
// leaving them out cost nothing out of fold (statement F1 0.777 → 0.776).

import type { Actor, Mention, Statement } from '../../types.js';
import { endsSentence } from '../../document.js';
import { cueVerb } from '../lexicon.js';
import { wordClusters } from '../../lexicon/word-clusters.js';

/** The parts of an extraction the features read. */
export interface StatementContext {
  text: string;
  actors: readonly Actor[];
  mentions: readonly Mention[];
  statements: readonly Statement[];
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'him', 'her', 'them', 'you', 'his', 'its', 'their', 'who', 'which']);
const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight', 'last', 'earlier', 'this', 'on', 'in', 'at', 'after', 'before', 'during', 'when', 'while']);
const PREPOSITIONS = new Set(['of', 'on', 'about', 'to', 'at', 'in', 'for', 'with', 'against', 'over']);
const AUXILIARIES = new Set(['had', 'has', 'have', 'would', 'will', 'could', 'should', 'might', 'may', 'was', 'were', 'is', 'are', 'be', 'been', 'not', 'did', 'does']);

const bucket = (n: number, edges: number[]): number => {
  let i = 0;
  while (i < edges.length && n >= edges[i]) i++;
  return i;
};

/** Lower-case words of a span of text, letters only. */
const wordsOf = (s: string): string[] => s.toLowerCase().match(/[a-z]+(?:'[a-z]+)?/g) ?? [];

/** Precomputed per extraction: the actors by id, the headline, which cues are nested or quoted. */
export class StatementFeatures {
  private readonly byId: Map<string, Actor>;
  /** Statements whose cue lies in another statement's content, or inside a quotation. */
  private readonly nested = new Set<Statement>();
  private readonly quoted = new Set<Statement>();

  /** End of the headline (`headlineEndOf`), or 0. */
  private readonly headlineEnd: number;

  constructor(private readonly ctx: StatementContext) {
    this.headlineEnd = headlineEndOf(ctx.text);
    this.byId = new Map(ctx.actors.map((a) => [a.id, a]));
    const cues = ctx.statements.map((st) => ({ st, at: cueStart(st) })).sort((a, b) => a.at - b.at);
    // Nested: a content span starting at or before the cue reaches past it (statements' own
    // contents never hold their cue). Spans sorted by start with a running furthest end.
    const spans = ctx.statements.flatMap((st) => st.evidence.content).sort((a, b) => a[0] - b[0]);
    let k = 0;
    let furthest = -1;
    for (const { st, at } of cues) {
      while (k < spans.length && spans[k][0] <= at) furthest = Math.max(furthest, spans[k++][1]);
      if (furthest > at) this.nested.add(st);
    }
    // Quoted: an odd number of double marks between the paragraph's start and the cue; one pass over the text.
    let pos = 0;
    let marks = 0;
    for (const { st, at } of cues) {
      for (; pos < at && pos < ctx.text.length; pos++) {
        const c = ctx.text[pos];
        if (c === '\n') marks = 0;
        else if (c === '"' || c === '“' || c === '”') marks++;
      }
      if (marks % 2 === 1) this.quoted.add(st);
    }
  }

  /** The active feature names of one statement of the context. */
  of(st: Statement): string[] {
    const { text } = this.ctx;
    const f: string[] = [];
    const conf = Math.max(0, Math.min(0.999, st.confidence));
    const decile = Math.floor(conf * 10);
    f.push(`conf=${decile}`);
    for (let d = 1; d <= decile; d++) f.push(`conf>=${d}`);
    f.push(`kind=${st.kind}`, `direct=${st.direct}`);
    const cueWords = wordsOf(st.cue);
    const head = cueWords[cueWords.length - 1] ?? '';
    f.push(`cue=${head}`, `cueFirst=${cueWords[0] ?? ''}`, `cueLen=${bucket(cueWords.length, [2, 3, 4])}`);
    f.push(`cueSuffix=${head.slice(-3)}`);
    if (PREPOSITIONS.has(head)) f.push(`cuePrep=${cueWords[cueWords.length - 2] ?? ''}`);
    for (const w of cueWords) if (AUXILIARIES.has(w)) f.push(`cueAux=${w}`);
    if (/(?:ion|ism|ment|ance|ence)$/.test(head)) f.push('cueNoun');
    const verb = cueWords.map(cueVerb).find((v) => v !== undefined);
    if (verb) {
      f.push(`lemma=${verb.lemma}`);
      if (verb.weak) f.push('weakCue');
    } else f.push('offLexicon');
    for (const c of wordClusters(verb ? cueWords.find((w) => cueVerb(w) === verb)! : head)) f.push(`cueCluster=${c}`);
    const cueAt = cueStart(st);
    if (this.nested.has(st)) f.push('nested');
    if (this.quoted.has(st)) f.push('cueQuoted');
    if (st.reportedById) f.push('relayed');
    const contentWords = wordsOf(st.content).length;
    f.push(`contentLen=${bucket(contentWords, [3, 6, 12, 25, 50])}`);
    const opening = wordsOf(st.content.slice(0, 30))[0] ?? '';
    if (['that', 'to', 'for', 'on', 'about', 'of', 'with', 'the', 'a', 'it'].includes(opening)) f.push(`contentOpens=${opening}`);
    if (st.content.includes(' … ')) f.push('multiPart');
    const contentStart = st.content.trimStart();
    if (/^[A-Z]/.test(contentStart)) f.push('contentCap');
    if (TIME_WORDS.has(opening)) f.push('contentTime');
    if (this.headlineEnd > 0 && cueAt < this.headlineEnd) f.push('headline');

    const actor = st.speakerId ? this.byId.get(st.speakerId) : undefined;
    if (!actor) {
      f.push('noSpeaker');
      return f;
    }
    // Countries, outlets and groups speak as organisations do, and are too few in training to weigh apart.
    const type = actor.type === 'PERSON' || actor.type === 'ANONYMOUS' ? actor.type : 'BODY';
    f.push(`type=${type}`, `type=${type}|kind=${st.kind}`, `type=${type}|direct=${st.direct}`);
    if (actor.roles.length > 0) f.push('hasRole');
    const ev = st.evidence.speaker;
    if (!ev) {
      f.push('noSpeakerSpan');
      return f;
    }
    const phrase = text.slice(ev[0], ev[1]);
    const pw = wordsOf(phrase);
    const first = pw[0] ?? '';
    if (pw.length === 1 && PRONOUNS.has(first)) f.push(`pronoun=${first}`, `pronoun|type=${type}`);
    else if (/^[a-z]/.test(phrase.trim())) f.push('described', `described|type=${type}`);
    else f.push('capitalised');
    f.push(`spLen=${bucket(pw.length, [2, 3, 5, 8])}`);
    const named = [actor.name, ...actor.aliases].some((n) => phrase.includes(n));
    if (named) f.push('spNamed');
    const after = ev[0] >= (st.evidence.cue[0]?.[1] ?? 0);
    const gap = after ? ev[0] - (st.evidence.cue[0]?.[1] ?? 0) : cueAt - ev[1];
    f.push(`spSide=${after ? 'after' : 'before'}`, `spGap=${bucket(gap, [2, 10, 30, 80])}`);
    if (text.slice(Math.min(ev[1], cueAt), Math.max(ev[0], cueAt)).includes(',')) f.push('spComma');
    return f;
  }
}

/** End of the headline: a first line with more text after it and no closing full stop, as `headlineOf` reads it; 0 when there is none. */
export function headlineEndOf(text: string): number {
  const firstBreak = text.indexOf('\n');
  const first = firstBreak > 0 ? text.slice(0, firstBreak) : '';
  if (!first || endsSentence(first)) return 0;
  for (let i = firstBreak; i < text.length; i++) if (text.charCodeAt(i) > 32) return firstBreak;
  return 0;
}

const cueStart = (st: Statement): number => st.evidence.cue[0]?.[0] ?? 0;
