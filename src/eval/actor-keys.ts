// Scores the actor layer against hand-written answer keys (tests/fixtures/actor-keys: NAME.txt
// and NAME.keys.json): the share of output actors that are real and correctly typed, the share of
// key affiliations found with their role and organisation, and junk (numbers, role words) output.

import type { Extraction } from '../extract/types.js';
import { gazetteer } from '../extract/lexicon/gazetteer.js';
import { isHonorific } from '../extract/actors/honorifics.js';
import { normalizeName } from './gold.js';

/** A key actor: its name, the types accepted for it, other names it may be output under. */
export interface KeyActor { name: string; type: string | string[]; aliases?: string[] }
/** A key affiliation: the person, the role as written, the organisation or country. */
export interface KeyAffiliation { person: string; role: string; of: string }
/** One article's answer key. */
export interface ActorKeys { actors: KeyActor[]; affiliations: KeyAffiliation[] }

/** Counts of one article or of a whole directory. */
export interface ActorKeyScore {
  output: number; real: number; realTyped: number;
  affiliations: number; affiliationsFound: number;
  /** Output actors whose name holds a number or opens with a role word or honorific. */
  junk: number; junkNames: string[];
}

const namesOf = (k: KeyActor): string[] => [k.name, ...(k.aliases ?? [])].map(normalizeName);
const typesOf = (k: KeyActor): string[] => (Array.isArray(k.type) ? k.type : [k.type]);

/** Whether an output name is a number or opens with a role word/honorific (a name, not a title, must lead). */
export function isJunkName(name: string, type: string): boolean {
  if (/\d/.test(name)) return true;
  const first = name.split(/\s+/)[0] ?? '';
  if (type === 'ANONYMOUS' || !/^\p{Lu}/u.test(first)) return false;
  return isHonorific(first) || (name.includes(' ') && gazetteer().titles.has(first.toLowerCase()));
}

/** Scores one extraction against its key. */
export function scoreActorKeys(ex: Extraction, keys: ActorKeys): ActorKeyScore {
  const s: ActorKeyScore = { output: ex.actors.length, real: 0, realTyped: 0, affiliations: keys.affiliations.length, affiliationsFound: 0, junk: 0, junkNames: [] };
  const keyOf = (names: string[]): KeyActor | undefined => keys.actors.find((k) => namesOf(k).some((n) => names.includes(n)));
  const outNames = new Map(ex.actors.map((a) => [a.id, [a.name, ...a.aliases].map(normalizeName)]));
  for (const a of ex.actors) {
    const k = keyOf(outNames.get(a.id)!);
    if (k) { s.real++; if (typesOf(k).includes(a.type)) s.realTyped++; }
    if (isJunkName(a.name, a.type)) { s.junk++; s.junkNames.push(a.name); }
  }
  const is = (id: string, name: string): boolean => (outNames.get(id) ?? []).includes(normalizeName(name))
    || namesOf(keyOf([normalizeName(name)]) ?? { name, type: '' }).some((n) => (outNames.get(id) ?? []).includes(n));
  for (const f of keys.affiliations) {
    if (ex.relations.some((r) => r.type === 'AFFILIATED_WITH' && is(r.sourceId, f.person) && is(r.targetId, f.of)
      && (r.role ?? '').toLowerCase() === f.role.toLowerCase())) s.affiliationsFound++;
  }
  return s;
}

/** Adds one score into a running total. */
export function addActorKeyScore(total: ActorKeyScore, s: ActorKeyScore): void {
  total.output += s.output; total.real += s.real; total.realTyped += s.realTyped;
  total.affiliations += s.affiliations; total.affiliationsFound += s.affiliationsFound;
  total.junk += s.junk; total.junkNames.push(...s.junkNames);
}
