// Scores an Extraction against a hand-made gold answer key (shared/gold/README.md): actors,
// statements and relations matched by normalised names and content overlap, optional items
// earning credit without costing recall, and hard errors for notActors / notStatements.

import type { Actor, Extraction } from '../extract/types.js';

export interface GoldActor { name: string; type: string; aliases?: string[]; optional?: boolean }
export interface GoldStatement {
  speaker: string; cue?: string; kind: string; alsoKinds?: string[]; direct: boolean; content: string;
  target?: string; reportedBy?: string; about?: string[]; optional?: boolean;
}
export interface GoldRelation { source: string; type: string; target: string; role?: string; optional?: boolean }
export interface GoldFile {
  article: string;
  actors: GoldActor[];
  notActors?: string[];
  statements: GoldStatement[];
  notStatements?: string[];
  relations?: GoldRelation[];
}

/** A tally: true positives, predictions, gold items that count (required + found optional). */
export interface Tally { tp: number; predicted: number; gold: number }
export interface Accuracy { correct: number; total: number }

export interface GoldScore {
  actors: Tally;
  actorType: Accuracy;
  statements: Tally;
  kind: Accuracy;
  target: Accuracy;
  reportedBy: Accuracy;
  direct: Accuracy;
  relations: Tally;
  hardErrors: string[];
}

/** Name normalisation of the scoring rules. */
export function normalizeName(s: string): string {
  return s.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ').trim().replace(/^the /, '').replace(/'s$/, '').replace(LEGAL_FORM, '');
}

/** A company's legal form at the end of its name: "Kanzaki Motor Co." is "Kanzaki Motor". */
const LEGAL_FORM = /,? (?:co|corp|inc|ltd|llc|plc|gmbh|ag|sa|nv|pty ltd|co\., ltd)\.?$/;

const words = (s: string): Set<string> => new Set(s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));

/** Dice coefficient of two texts' lower-cased word sets. */
export function dice(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (x.size + y.size === 0) return 0;
  let n = 0;
  for (const w of x) if (y.has(w)) n++;
  return (2 * n) / (x.size + y.size);
}

const namesOf = (a: { name: string; aliases?: string[] }): Set<string> => new Set([a.name, ...(a.aliases ?? [])].map(normalizeName));
const intersects = (x: Set<string>, y: Set<string>): boolean => [...x].some((v) => y.has(v));

/** Matches extracted actors to gold actors one to one; returns gold index per extracted actor (-1: none, -2: duplicate). */
function matchActors(actors: Actor[], gold: GoldActor[]): number[] {
  const goldNames = gold.map(namesOf);
  const used = new Set<number>();
  return actors.map((a) => {
    const names = namesOf(a);
    const hits = goldNames.map((g, i) => (intersects(names, g) ? i : -1)).filter((i) => i >= 0);
    if (hits.length === 0) return -1;
    const free = hits.find((i) => !used.has(i));
    if (free === undefined) return -2;
    used.add(free);
    return free;
  });
}

/** Scores one extraction against one gold file. Pure. */
export function scoreGold(x: Extraction, gold: GoldFile): GoldScore {
  const goldActorIndex = (name: string): number => gold.actors.findIndex((g) => namesOf(g).has(normalizeName(name)));
  const match = matchActors(x.actors, gold.actors);
  const actorGold = new Map(x.actors.map((a, i) => [a.id, match[i]]));
  const sameActor = (id: string | null, goldName: string | undefined): boolean => {
    if (!id || !goldName) return false;
    const gi = goldActorIndex(goldName);
    const actor = x.actors.find((a) => a.id === id);
    if (!actor) return false;
    return gi >= 0 ? intersects(namesOf(actor), namesOf(gold.actors[gi])) : namesOf(actor).has(normalizeName(goldName));
  };
  const hardErrors: string[] = [];
  const notActors = new Set((gold.notActors ?? []).map(normalizeName));
  for (const a of x.actors) if (intersects(namesOf(a), notActors)) hardErrors.push(`actor "${a.name}" is listed in notActors`);
  const matchedActors = match.filter((m) => m >= 0);
  const actors: Tally = {
    tp: matchedActors.length,
    predicted: x.actors.length,
    gold: gold.actors.filter((g, i) => !g.optional || matchedActors.includes(i)).length,
  };
  const actorType: Accuracy = { correct: 0, total: 0 };
  x.actors.forEach((a, i) => {
    if (match[i] < 0) return;
    actorType.total++;
    if (a.type === gold.actors[match[i]].type) actorType.correct++;
  });
  const pairs: [number, number, number][] = [];
  x.statements.forEach((s, i) => gold.statements.forEach((g, j) => {
    const d = dice(s.content, g.content);
    if (d >= 0.5 && sameActor(s.speakerId, g.speaker)) pairs.push([d, i, j]);
  }));
  pairs.sort((p, q) => q[0] - p[0] || p[1] - q[1] || p[2] - q[2]);
  const usedS = new Set<number>();
  const usedG = new Set<number>();
  const kind: Accuracy = { correct: 0, total: 0 };
  const target: Accuracy = { correct: 0, total: 0 };
  const reportedBy: Accuracy = { correct: 0, total: 0 };
  const direct: Accuracy = { correct: 0, total: 0 };
  for (const [, i, j] of pairs) {
    if (usedS.has(i) || usedG.has(j)) continue;
    usedS.add(i);
    usedG.add(j);
    const s = x.statements[i];
    const g = gold.statements[j];
    kind.total++;
    if (s.kind === g.kind || (g.alsoKinds ?? []).includes(s.kind)) kind.correct++;
    direct.total++;
    if (s.direct === g.direct) direct.correct++;
    if (g.target) {
      target.total++;
      if (sameActor(s.targetId, g.target)) target.correct++;
    }
    if (g.reportedBy) {
      reportedBy.total++;
      if (sameActor(s.reportedById, g.reportedBy)) reportedBy.correct++;
    }
  }
  for (const s of x.statements) {
    for (const n of gold.notStatements ?? []) if (dice(s.content, n) >= 0.5) hardErrors.push(`statement "${s.content.slice(0, 60)}" overlaps notStatements "${n}"`);
  }
  const statements: Tally = {
    tp: usedG.size,
    predicted: x.statements.length,
    gold: gold.statements.filter((g, j) => !g.optional || usedG.has(j)).length,
  };
  return { actors, actorType, statements, kind, target, reportedBy, direct, relations: scoreRelations(x, gold, actorGold, goldActorIndex), hardErrors };
}

function scoreRelations(x: Extraction, gold: GoldFile, actorGold: Map<string, number>, goldActorIndex: (n: string) => number): Tally {
  const rels = gold.relations ?? [];
  const used = new Set<number>();
  let tp = 0;
  for (const r of x.relations) {
    const s = actorGold.get(r.sourceId) ?? -1;
    const t = actorGold.get(r.targetId) ?? -1;
    const j = rels.findIndex((g, k) => !used.has(k) && g.type === r.type && goldActorIndex(g.source) === s && goldActorIndex(g.target) === t && s >= 0 && t >= 0);
    if (j >= 0) {
      used.add(j);
      tp++;
    }
  }
  return { tp, predicted: x.relations.length, gold: rels.filter((g, k) => !g.optional || used.has(k)).length };
}
