// One scope's slice of a graph version: the statements inside the scope, the actor graph built
// from them, and a memo of answers. Views are cached per scope, the least recently used dropped.

import { type ActorGraph, buildActorGraph } from './actor-graph.js';
import { type AnalyticsScope, isWholeGraph, scopeFilter, scopeKey } from './scope.js';
import type { GraphSnapshot, StatementFact } from './snapshot.js';

export const DEFAULTS = Object.freeze({ maxScopes: 64 });

export interface ScopedView {
  graph: ActorGraph;
  statements: StatementFact[];
  memo: Map<string, unknown>;
}

/**
 * Builds the view of `snapshot` for `scope`. The whole graph keeps every actor and relation; a
 * narrower scope keeps the statements inside it and only the actors they name (relations carry
 * no date, outlet or kind, so they stay out of scoped answers).
 */
export function scopedView(snapshot: GraphSnapshot, scope: AnalyticsScope): ScopedView {
  if (isWholeGraph(scope)) return { graph: buildActorGraph(snapshot), statements: snapshot.statements, memo: new Map() };
  const types = new Map(snapshot.actors.map((a) => [a.id, a.type]));
  const statements = snapshot.statements.filter(scopeFilter(scope, (id) => types.get(id)));
  const named = new Set<string>();
  for (const s of statements) {
    if (s.speakerId !== null) named.add(s.speakerId);
    if (s.targetId !== null) named.add(s.targetId);
  }
  const actors = snapshot.actors.filter((a) => named.has(a.id));
  return { graph: buildActorGraph({ actors, statements, relations: [] }), statements, memo: new Map() };
}

/** Scoped views of one graph version, built on first use and kept up to `maxScopes`. */
export class ScopedViews {
  private readonly views = new Map<string, ScopedView>();

  constructor(readonly snapshot: GraphSnapshot, private readonly maxScopes: number = DEFAULTS.maxScopes) {}

  /** The view for a scope if it was built, without building it. */
  built(scope: AnalyticsScope): ScopedView | undefined {
    return this.views.get(scopeKey(scope));
  }

  /** Puts a view built elsewhere (a graph patched to this snapshot) in place of building one. */
  seed(scope: AnalyticsScope, view: ScopedView): void {
    this.views.set(scopeKey(scope), view);
  }

  /** The view for a scope; equal scopes share one view. */
  get(scope: AnalyticsScope): ScopedView {
    const key = scopeKey(scope);
    let view = this.views.get(key);
    if (view) {
      this.views.delete(key);
    } else {
      view = scopedView(this.snapshot, scope);
      if (this.views.size >= this.maxScopes) this.views.delete(this.views.keys().next().value!);
    }
    this.views.set(key, view);
    return view;
  }
}
