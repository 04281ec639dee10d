// A statement record from a page that did not read one of its actor roles (see StatementFields)
// still answers that role: the resolver loads the stored statement instead of saying "nobody".
import DataLoader from 'dataloader';
import { describe, expect, it } from 'vitest';
import { Statement } from '../../../src/api/resolvers/statement.js';
import type { Loaders } from '../../../src/api/loaders.js';
import type { ActorRecord, StatementRecord } from '../../../src/store/records.js';

const biden: ActorRecord = { id: 'a1', name: 'Joe Biden', type: 'PERSON', aliases: [] };
const putin: ActorRecord = { id: 'a2', name: 'Vladimir Putin', type: 'PERSON', aliases: [] };
const base = {
  id: 's1', content: 'we will respond', cue: 'said', kind: 'WARNING', direct: true, confidence: 0.9,
  position: 0, articleId: 'art1', publishedAt: null,
} as const;
const stored: StatementRecord = {
  ...base, speakerId: 'a1', targetId: 'a2', reportedById: null, aboutIds: ['a2'], related: { speaker: biden, target: putin, reportedBy: null, about: [putin], article: null, whole: true },
};

function loaders(): { loaders: Loaders; statementLoads: string[] } {
  const statementLoads: string[] = [];
  const actors = new Map([biden, putin].map((a) => [a.id, a]));
  const l = {
    statement: new DataLoader<string, StatementRecord | null>(async (ids) => { statementLoads.push(...ids); return ids.map((id) => (id === 's1' ? stored : null)); }),
    actor: new DataLoader<string, ActorRecord | null>(async (ids) => ids.map((id) => actors.get(id) ?? null)),
  };
  return { loaders: l as unknown as Loaders, statementLoads };
}

const call = (field: keyof typeof Statement, s: StatementRecord, l: Loaders) =>
  (Statement[field] as (p: StatementRecord, a: unknown, c: unknown, i: unknown) => unknown)(s, {}, { loaders: l }, {});

describe('Statement roles', () => {
  it('answers from the page record when it read the role, without loading the statement', async () => {
    const { loaders: l, statementLoads } = loaders();
    expect(await call('speaker', stored, l)).toEqual(biden);
    expect(await call('reportedBy', stored, l)).toBeNull();
    expect(statementLoads).toEqual([]);
  });

  it('loads the stored statement for a role its page did not read', async () => {
    const { loaders: l, statementLoads } = loaders();
    const partial: StatementRecord = { ...base, speakerId: 'a1', related: { speaker: biden, article: null, whole: true } };
    expect(await call('speaker', partial, l)).toEqual(biden);
    expect(await call('target', partial, l)).toEqual(putin);
    expect(await call('reportedBy', partial, l)).toBeNull();
    expect(await call('about', partial, l)).toEqual([putin]);
    expect(statementLoads).toEqual(['s1']);
  });
});
