// Counting metrics over the actor graph: who speaks most, who is most targeted, which kinds occur.
// Each returns a Map (graphology's metric shape); `rank` turns a Map into a sorted top-N list.

import type { StatementKind } from '../extract/types.js';
import { STATEMENT_KINDS } from '../extract/types.js';
import { type ActorGraph, countOf } from './actor-graph.js';

export interface CountOptions {
  /** Count only statements of this kind. */
  kind?: StatementKind | null;
}

/** Statements each actor made (actors with none are left out). */
export function speakerCounts(graph: ActorGraph, options: CountOptions = {}): Map<string, number> {
  const out = new Map<string, number>();
  graph.forEachNode((id, attrs) => {
    const n = countOf(attrs.spoken, options.kind);
    if (n > 0) out.set(id, n);
  });
  return out;
}

/** Statements aimed at each actor (actors never targeted are left out). */
export function targetCounts(graph: ActorGraph, options: CountOptions = {}): Map<string, number> {
  const out = new Map<string, number>();
  graph.forEachNode((id, attrs) => {
    const n = countOf(attrs.targeted, options.kind);
    if (n > 0) out.set(id, n);
  });
  return out;
}

/** Statements per kind over the whole graph, in the contract's kind order, zero kinds left out. */
export function kindCounts(graph: ActorGraph): Map<StatementKind, number> {
  const kinds = graph.getAttribute('kinds');
  const out = new Map<StatementKind, number>();
  for (const kind of STATEMENT_KINDS) if (kinds[kind]) out.set(kind, kinds[kind]);
  return out;
}

export interface Ranked {
  id: string;
  value: number;
}

/**
 * Highest values first, ties by the tie-break key (e.g. the actor's name) so order repeats: the
 * first `first` of a stable sort, selected in one pass (a value below the current last place is
 * dropped without comparing names), so ten speakers of 300,000 actors cost no sort of them all.
 */
export function rank(values: Map<string, number>, first: number, tieKey: (id: string) => string = (id) => id): Ranked[] {
  const order = (a: Ranked, b: Ranked): number => b.value - a.value || tieKey(a.id).localeCompare(tieKey(b.id));
  const top: Ranked[] = [];
  if (first <= 0) return top;
  for (const [id, value] of values) {
    const r = { id, value };
    if (top.length === first && order(r, top[first - 1]) >= 0) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (order(top[mid], r) <= 0) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, r);
    if (top.length > first) top.pop();
  }
  return top;
}
