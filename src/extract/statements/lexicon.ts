// Typed accessor over the reporting-cue lexicon (cues.json): which word forms cue an
// attribution, with which kind of speech act, and how the verb takes its arguments.

import type { StatementKind } from '../types.js';
import { STATEMENT_KINDS } from '../types.js';
import data from './cues.json' with { type: 'json' };

export interface CueVerb {
  /** The first listed form, used as the lemma. */
  lemma: string;
  kind: StatementKind;
  /** Belief, perception and evidence verbs: only "X thinks Y", never "Y, X thinks". */
  weak: boolean;
  /** The first object after the verb is the addressee, left out of the content ("told reporters that …"). */
  object: boolean;
  /** Cues only at the end of a clause ("…, he continued"). */
  postposedOnly: boolean;
  /** Words after the verb that belong to the cue, each a word sequence ("out", "it clear"). */
  particles: string[][];
  /** The verb cues only together with one of its particles ("pointed out"). */
  needsParticle: boolean;
  /** The verb cues only before a clause or quote ("found that …", not "found traces"). */
  needsClause: boolean;
  /** The verb cues only right before a quotation ("shouting “…”", not "shouting at the crowd"). */
  needsQuote: boolean;
  /** "X seems to …", "X is expected to …": no source; the subject belongs to the content. */
  unsourced: boolean;
  /** Cues only a negated answer to a request, its direct object ("did not return calls seeking comment"). */
  answerOnly: boolean;
}

interface RawVerb {
  forms: string;
  kind: string;
  weak?: boolean;
  object?: boolean;
  postposedOnly?: boolean;
  particles?: string[];
  needsParticle?: boolean;
  needsClause?: boolean;
  needsQuote?: boolean;
  unsourced?: boolean;
  answerOnly?: boolean;
}

function toKind(raw: string): StatementKind {
  const kind = STATEMENT_KINDS.find((k) => k === raw);
  if (!kind) throw new Error(`extract/statements: cues.json names unknown kind ${raw}; use one of ${STATEMENT_KINDS.join(', ')}`);
  return kind;
}

function buildIndex(verbs: RawVerb[]): Map<string, CueVerb> {
  const index = new Map<string, CueVerb>();
  for (const v of verbs) {
    const forms = v.forms.split(' ');
    const entry: CueVerb = {
      lemma: forms[0],
      kind: toKind(v.kind),
      weak: v.weak ?? false,
      object: v.object ?? false,
      postposedOnly: v.postposedOnly ?? false,
      particles: (v.particles ?? []).map((p) => p.split(' ')),
      needsParticle: v.needsParticle ?? false,
      needsClause: v.needsClause ?? false,
      needsQuote: v.needsQuote ?? false,
      unsourced: v.unsourced ?? false,
      answerOnly: v.answerOnly ?? false,
    };
    for (const f of forms) if (!index.has(f)) index.set(f, entry);
  }
  return index;
}

const VERBS = buildIndex(data.verbs as RawVerb[]);
const EXTENSIONS = data.extensions.map((e) => e.split(' '));

/** The cue verb a lower-cased word form belongs to, or undefined. */
export function cueVerb(lowerForm: string): CueVerb | undefined {
  return VERBS.get(lowerForm);
}

/** Word sequences that extend a cue to the right ("in a statement"), lower case. */
export function cueExtensions(): readonly string[][] {
  return EXTENSIONS;
}
