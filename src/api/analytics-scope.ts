// Analytics scopes from the outside world: the GraphQL `AnalyticsWhere` input and the same
// fields as URL query parameters (exports, dashboard), checked into an AnalyticsScope.

import { WhosaidError } from '../errors.js';
import { ACTOR_TYPES, type ActorType, STATEMENT_KINDS, type StatementKind } from '../extract/types.js';
import { type AnalyticsScope, normalizeScope } from '../graph/scope.js';

export const SCOPE_LIMITS = Object.freeze({ maxText: 500, maxArticles: 1000 });

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/** The fields of a scope as given, before checks. */
export interface ScopeInput {
  from?: string | null;
  to?: string | null;
  source?: string | null;
  articles?: readonly string[] | null;
  kinds?: readonly string[] | null;
  actorTypes?: readonly string[] | null;
}

function date(name: string, v: string | null | undefined): string | null {
  if (v === null || v === undefined || v === '') return null;
  if (!ISO_DATE.test(v)) throw new WhosaidError('BAD_INPUT', `${name}: ${JSON.stringify(v)} is not an ISO date (YYYY-MM-DD)`);
  return v;
}

function oneOf<T extends string>(name: string, allowed: readonly T[], v: readonly string[] | null | undefined): T[] | null {
  if (!v || v.length === 0) return null;
  for (const x of v) {
    if (!(allowed as readonly string[]).includes(x)) throw new WhosaidError('BAD_INPUT', `${name}: ${JSON.stringify(x)} is not one of ${allowed.join(', ')}`);
  }
  return v as T[];
}

/** Checks a scope; `where` names the input in messages (e.g. "analytics.where"). */
export function parseScope(input: ScopeInput | null | undefined, where: string): AnalyticsScope {
  if (!input) return {};
  const source = input.source ?? null;
  if (source !== null && source.length > SCOPE_LIMITS.maxText) throw new WhosaidError('BAD_INPUT', `${where}.source: longer than ${SCOPE_LIMITS.maxText} characters`);
  const articles = input.articles && input.articles.length > 0 ? input.articles : null;
  if (articles && articles.length > SCOPE_LIMITS.maxArticles) throw new WhosaidError('LIMIT_EXCEEDED', `${where}.articles: ${articles.length} ids, at most ${SCOPE_LIMITS.maxArticles}`);
  const from = date(`${where}.from`, input.from);
  const to = date(`${where}.to`, input.to);
  if (from && to && from.slice(0, 10) > to.slice(0, 10)) throw new WhosaidError('BAD_INPUT', `${where}: from ${from} is after to ${to}`);
  return normalizeScope({
    from, to, source, articles,
    kinds: oneOf<StatementKind>(`${where}.kinds`, STATEMENT_KINDS, input.kinds),
    actorTypes: oneOf<ActorType>(`${where}.actorTypes`, ACTOR_TYPES, input.actorTypes),
  });
}

type Query = Record<string, unknown>;

/** A list parameter given repeated (?kinds=A&kinds=B) or comma-separated (?kinds=A,B). */
function listParam(q: Query, name: string): string[] | null {
  const raw = q[name];
  if (raw === undefined) return null;
  const values = (Array.isArray(raw) ? raw : [raw]).map(String).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  return values.length ? values : null;
}

function textParam(q: Query, name: string): string | null {
  const raw = q[name];
  if (raw === undefined) return null;
  if (Array.isArray(raw) || typeof raw !== 'string') throw new WhosaidError('BAD_INPUT', `query parameter ${name}: give it once`);
  return raw || null;
}

/** The scope from URL query parameters from, to, source, articles, kinds, actorTypes. */
export function scopeFromQuery(q: Query): AnalyticsScope {
  return parseScope({
    from: textParam(q, 'from'), to: textParam(q, 'to'), source: textParam(q, 'source'),
    articles: listParam(q, 'articles'), kinds: listParam(q, 'kinds'), actorTypes: listParam(q, 'actorTypes'),
  }, 'query');
}
