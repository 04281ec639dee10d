// Cross-article merging rules, table by table: which stored actor each new actor becomes.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/extract/types.js';
import { lookupKeys, resolveActors, type KnownActor } from '../../../src/store/resolve-actors.js';

const actor = (id: string, name: string, type: Actor['type'], aliases: string[] = []): Actor => ({ id, name, type, aliases, roles: [] });
const known = (id: string, name: string, type: KnownActor['type'], keys: string[]): KnownActor[] => keys.map((key) => ({ key, id, name, type }));

const STORED: KnownActor[] = [
  ...known('person:joe-biden', 'Joe Biden', 'PERSON', ['joe biden', 'biden', 'us president joe biden']),
  ...known('country:russia', 'Russia', 'COUNTRY', ['russia', 'moscow', 'russian']),
  ...known('country:united-states', 'United States', 'COUNTRY', ['united states', 'us', 'washington']),
];

describe('resolveActors', () => {
  it('merges a titled short name into the stored person', () => {
    const r = resolveActors([actor('b2', 'President Biden', 'PERSON', ['Biden'])], STORED, 'art2');
    expect(r.ids.get('b2')).toBe('person:joe-biden');
    expect(r.merges[0]).toMatchObject({ localName: 'President Biden', actorName: 'Joe Biden', reason: 'name-is-known-alias' });
  });

  it('merges a metonym into the country it stands for', () => {
    const r = resolveActors([actor('b1', 'Moscow', 'COUNTRY')], STORED, 'art2');
    expect(r.ids.get('b1')).toBe('country:russia');
  });

  it('merges by canonical name and records it', () => {
    const r = resolveActors([actor('x', 'Joe Biden', 'PERSON')], STORED, 'art2');
    expect(r.ids.get('x')).toBe('person:joe-biden');
    expect(r.merges[0].reason).toBe('same-id');
  });

  it('merges when an alias of the new actor is a stored canonical name', () => {
    const r = resolveActors([actor('x', 'The Kremlin', 'ORGANIZATION', ['Russia'])], [], 'art2');
    expect(r.ids.get('x')).toBe('organization:kremlin');
    const r2 = resolveActors([actor('x', 'Russian Federation', 'COUNTRY', ['Russia'])], STORED, 'art2');
    expect(r2.ids.get('x')).toBe('country:russia');
    expect(r2.merges[0].reason).toBe('alias-is-known-name');
  });

  it('does not merge on a shared alias alone, nor across incompatible types', () => {
    const hunter = resolveActors([actor('x', 'Hunter Biden', 'PERSON', ['Biden'])], STORED, 'art2');
    expect(hunter.ids.get('x')).toBe('person:hunter-biden');
    const state = resolveActors([actor('y', 'Washington', 'PERSON')], STORED, 'art2');
    expect(state.ids.get('y')).toBe('person:washington');
    expect([...hunter.merges, ...state.merges]).toEqual([]);
  });

  it('never merges anonymous sources', () => {
    const r = resolveActors([actor('x', 'government source', 'ANONYMOUS')], known('anonymous:government-source@art1', 'government source', 'ANONYMOUS', ['government source']), 'art2');
    expect(r.ids.get('x')).toBe('anonymous:government-source@art2');
  });

  it('looks up every name and alias except anonymous ones', () => {
    expect(lookupKeys([actor('a', 'President Biden', 'PERSON', ['Biden']), actor('b', 'a source', 'ANONYMOUS')]).sort())
      .toEqual(['biden', 'president biden']);
  });
});
