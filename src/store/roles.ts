// An actor's roles as the API serves them: one entry per distinct (title, of), each with the
// articles that support it, best supported first. Mentions store one role per occurrence.

import type { RoleRecord } from './records.js';

/** One stored role occurrence: the title, the organisation/country id, the article. */
export interface RoleOccurrence { title: string; of: string | null; articleId: string }

const key = (title: string, of: string | null): string => `${title.trim().replace(/\s+/g, ' ').toLowerCase()}\u0000${of ?? ''}`;

/**
 * Groups occurrences by (title ignoring case and spacing, of); the title shown is the most
 * frequent spelling. Sorted by supporting articles, then occurrences, then title.
 */
export function aggregateRoles(occurrences: readonly RoleOccurrence[]): RoleRecord[] {
  const groups = new Map<string, { of: string | null; spellings: Map<string, number>; articles: Set<string>; n: number }>();
  for (const o of occurrences) {
    const title = o.title.trim().replace(/\s+/g, ' ');
    if (!title) continue;
    const k = key(title, o.of);
    const g = groups.get(k) ?? { of: o.of, spellings: new Map<string, number>(), articles: new Set<string>(), n: 0 };
    g.spellings.set(title, (g.spellings.get(title) ?? 0) + 1);
    g.articles.add(o.articleId);
    g.n++;
    groups.set(k, g);
  }
  return [...groups.values()]
    .map((g) => ({
      title: [...g.spellings].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0],
      ofId: g.of, articleIds: [...g.articles].sort(), n: g.n,
    }))
    .sort((a, b) => b.articleIds.length - a.articleIds.length || b.n - a.n || a.title.localeCompare(b.title))
    .map(({ title, ofId, articleIds }) => ({ title, ofId, articleIds }));
}
