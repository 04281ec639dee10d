// Analytics scopes: which statements a scope keeps, that equal scopes share a cache key, and
// that bad scope input is named and refused before it reaches the graph.

import { describe, expect, it } from 'vitest';
import { parseScope, scopeFromQuery } from '../../../src/api/analytics-scope.js';
import { AnalyticsService } from '../../../src/graph/AnalyticsService.js';
import { scopeKey } from '../../../src/graph/scope.js';
import { snapshot } from './fixture.js';

const withSources = { ...snapshot, statements: snapshot.statements.map((s, i) => ({ ...s, source: i % 2 ? 'Harbour Post' : 'Valley Times' })) };

async function service(): Promise<AnalyticsService> {
  const a = new AnalyticsService(async () => withSources);
  await a.refresh();
  return a;
}

const total = (rows: Array<{ count: number }>): number => rows.reduce((n, r) => n + r.count, 0);

describe('analytics scopes', () => {
  it('keeps statements inside the dates, the whole last day included, undated ones out', async () => {
    const a = await service();
    expect(total(a.kindBreakdown({ from: '2024-03-05', to: '2024-03-11' }))).toBe(5);
    expect(total(a.kindBreakdown({}))).toBe(withSources.statements.length);
  });

  it('scopes every analytic: a kinds scope leaves only those kinds and their speakers', async () => {
    const a = await service();
    const scope = { kinds: ['WARNING' as const] };
    expect(a.kindBreakdown(scope)).toEqual([{ kind: 'WARNING', count: 2 }]);
    expect(a.topSpeakers(10, null, scope)).toEqual([{ id: 'un', value: 2 }]);
    expect(a.mostTargeted(10, null, scope).map((r) => r.id).sort()).toEqual(['biden', 'putin']);
    expect(a.centrality('DEGREE', 10, scope).map((r) => r.id)).not.toContain('whitehouse');
    expect(a.network({}, scope).edges.every((e) => e.kind === 'WARNING')).toBe(true);
  });

  it('matches the outlet case-insensitively and speaker types exactly', async () => {
    const a = await service();
    const post = withSources.statements.filter((s) => s.source === 'Harbour Post').length;
    expect(total(a.kindBreakdown({ source: 'harbour post' }))).toBe(post);
    const orgs = a.topSpeakers(10, null, { actorTypes: ['ORGANIZATION'] });
    expect(orgs.map((r) => r.id)).toEqual(['un']);
  });

  it('splits the timeline by kind so the stacks add up to the plain timeline', async () => {
    const a = await service();
    const plain = a.timeline('MONTH', null);
    const split = a.timeline('MONTH', null, {}, true);
    for (const b of plain) expect(total(split.filter((x) => x.start === b.start))).toBe(b.count);
    expect(split.every((x) => x.kind !== null)).toBe(true);
  });

  it('lists the statements behind a count, newest first', async () => {
    const a = await service();
    const behind = a.statementsOf('biden', 'SPEAKER', 'ACCUSATION', 2);
    expect(behind.total).toBe(3);
    expect(behind.ids).toHaveLength(2);
  });

  it('gives equal scopes one cache key, however written', () => {
    expect(scopeKey({ kinds: ['PRAISE', 'CLAIM'], source: 'X' })).toBe(scopeKey({ source: 'x', kinds: ['CLAIM', 'PRAISE', 'CLAIM'], actorTypes: [] }));
    expect(scopeKey({ from: '2024-01-01' })).not.toBe(scopeKey({ to: '2024-01-01' }));
  });

  it('refuses bad scope input with BAD_INPUT naming the field', () => {
    expect(() => parseScope({ from: 'yesterday' }, 'analytics.where')).toThrow(/analytics\.where\.from/);
    expect(() => parseScope({ kinds: ['GOSSIP'] }, 'analytics.where')).toThrow(expect.objectContaining({ code: 'BAD_INPUT' }));
    expect(() => parseScope({ from: '2024-05-01', to: '2024-04-01' }, 'w')).toThrow(/after/);
    expect(scopeFromQuery({ kinds: 'CLAIM,PRAISE', actorTypes: ['PERSON'], source: 'Post' })).toEqual({ kinds: ['CLAIM', 'PRAISE'], actorTypes: ['PERSON'], source: 'post' });
  });
});
