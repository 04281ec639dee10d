// Which statements an analytics answer covers: a date range, an outlet, articles, kinds and the
// speaker's actor types. `scopeKey` names a scope canonically so answers are cached per scope.

import type { ActorType, StatementKind } from '../extract/types.js';
import type { StatementFact } from './snapshot.js';

/** Every field optional; an empty scope is the whole graph. Dates compare as ISO strings. */
export interface AnalyticsScope {
  /** Articles published on or after this ISO date. */
  from?: string | null;
  /** Articles published on or before this ISO date (a bare date includes that whole day). */
  to?: string | null;
  /** The article's source (outlet), case-insensitive. */
  source?: string | null;
  articles?: readonly string[] | null;
  kinds?: readonly StatementKind[] | null;
  /** Statements whose speaker is of one of these types (statements without a speaker drop out). */
  actorTypes?: readonly ActorType[] | null;
}

const list = <T extends string>(v: readonly T[] | null | undefined): T[] | null => (v && v.length > 0 ? [...new Set(v)].sort() : null);

/** The same scope with empty fields removed, lists sorted and de-duplicated. */
export function normalizeScope(s: AnalyticsScope | null | undefined): AnalyticsScope {
  if (!s) return {};
  const out: AnalyticsScope = {};
  if (s.from) out.from = s.from;
  if (s.to) out.to = s.to;
  if (s.source) out.source = s.source.toLowerCase();
  const articles = list(s.articles);
  const kinds = list(s.kinds);
  const actorTypes = list(s.actorTypes);
  if (articles) out.articles = articles;
  if (kinds) out.kinds = kinds;
  if (actorTypes) out.actorTypes = actorTypes;
  return out;
}

/** True when the scope keeps every statement (and the relations with them). */
export const isWholeGraph = (s: AnalyticsScope): boolean => Object.keys(normalizeScope(s)).length === 0;

/** A canonical cache key: equal scopes, however written, give the same key. */
export function scopeKey(s: AnalyticsScope): string {
  const n = normalizeScope(s);
  return JSON.stringify([n.from ?? null, n.to ?? null, n.source ?? null, n.articles ?? null, n.kinds ?? null, n.actorTypes ?? null]);
}

/** An inclusive upper bound: "2024-03-31" also admits "2024-03-31T18:00Z". */
const upper = (to: string): string => (to.length <= 10 ? `${to}\uffff` : to);

/**
 * A predicate over statements for the scope; `typeOf` gives a speaker's actor type (undefined
 * when the actor is unknown). A date bound drops undated statements.
 */
export function scopeFilter(scope: AnalyticsScope, typeOf: (id: string) => ActorType | undefined): (s: StatementFact) => boolean {
  const n = normalizeScope(scope);
  const to = n.to ? upper(n.to) : null;
  const articles = n.articles ? new Set(n.articles) : null;
  const kinds = n.kinds ? new Set<string>(n.kinds) : null;
  const types = n.actorTypes ? new Set<string>(n.actorTypes) : null;
  return (s) => {
    if (n.from && (s.date === null || s.date < n.from)) return false;
    if (to && (s.date === null || s.date > to)) return false;
    if (n.source && (s.source === null || s.source.toLowerCase() !== n.source)) return false;
    if (articles && !articles.has(s.articleId)) return false;
    if (kinds && !kinds.has(s.kind)) return false;
    if (types) {
      const type = s.speakerId === null ? undefined : typeOf(s.speakerId);
      if (type === undefined || !types.has(type)) return false;
    }
    return true;
  };
}
