// Counting metrics over the actor graph: who speaks most, who is most targeted, which kinds occur.
// Each returns a Map (graphology's metric shape); `rank` turns a Map into a sorted top-N list.

import type { StatementKind } from '../extract/types.js';
import { STATEMENT_KINDS } from '../extract/types.js';
import { type ActorGraph, countOf } from './actor-graph.js';

export interface CountOptions {
  /** Count only statements of this kind. */
  kind?: StatementKind | null;
}

/** Calls `fn` with each actor's count of statements made (`spoken`) or received (`targeted`), those with none left out. */
function forEachCount(graph: ActorGraph, side: 'spoken' | 'targeted', kind: StatementKind | null | undefined, fn: (id: string, n: number) => void): void {
  graph.forEachNode((id, attrs) => {
    const n = countOf(attrs[side], kind);
    if (n > 0) fn(id, n);
  });
}

/** Statements each actor made (actors with none are left out). */
export function speakerCounts(graph: ActorGraph, options: CountOptions = {}): Map<string, number> {
  const out = new Map<string, number>();
  forEachCount(graph, 'spoken', options.kind, (id, n) => out.set(id, n));
  return out;
}

/** Statements aimed at each actor (actors never targeted are left out). */
export function targetCounts(graph: ActorGraph, options: CountOptions = {}): Map<string, number> {
  const out = new Map<string, number>();
  forEachCount(graph, 'targeted', options.kind, (id, n) => out.set(id, n));
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
 * The first `count` places of a stable sort by value (highest first), then tie-break key (e.g. the
 * actor's name), kept as values are pushed: a value below the current last place is dropped
 * without comparing names, so ten speakers of 300,000 actors cost no sort of them all.
 */
export class TopK {
  readonly items: Ranked[] = [];

  constructor(private readonly count: number, private readonly tieKey: (id: string) => string = (id) => id) {}

  private order(a: Ranked, b: Ranked): number {
    return b.value - a.value || this.tieKey(a.id).localeCompare(this.tieKey(b.id));
  }

  push(id: string, value: number): void {
    const { items, count } = this;
    if (count <= 0) return;
    const r = { id, value };
    if (items.length === count && this.order(r, items[count - 1]) >= 0) return;
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.order(items[mid], r) <= 0) lo = mid + 1;
      else hi = mid;
    }
    items.splice(lo, 0, r);
    if (items.length > count) items.pop();
  }
}

/** Highest values first, ties by the tie-break key (e.g. the actor's name) so order repeats (see TopK). */
export function rank(values: Map<string, number>, first: number, tieKey: (id: string) => string = (id) => id): Ranked[] {
  const top = new TopK(first, tieKey);
  for (const [id, value] of values) top.push(id, value);
  return top.items;
}

/**
 * The actors with the most statements made (`spoken`) or received (`targeted`), of one kind when
 * given: rank(speakerCounts(…)) without a Map of every actor in between.
 */
export function topCounts(graph: ActorGraph, side: 'spoken' | 'targeted', kind: StatementKind | null, first: number, tieKey: (id: string) => string): Ranked[] {
  const top = new TopK(first, tieKey);
  forEachCount(graph, side, kind, (id, n) => top.push(id, n));
  return top.items;
}
