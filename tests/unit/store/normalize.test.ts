// Name keys and global ids: the basis of cross-article merging.
import { describe, expect, it } from 'vitest';
import { actorKeys, globalActorId, nameKey, personKey, typesCompatible } from '../../../src/store/normalize.js';

describe('nameKey', () => {
  it.each([
    ['The White House', 'white house'],
    ['Russia’s', 'russia'],
    ['  Joe   Biden ', 'joe biden'],
    ['Thomas–Greenfield', 'thomas-greenfield'],
    ['U.S.', 'u.s.'],
  ])('%s → %s', (name, key) => expect(nameKey(name)).toBe(key));
});

describe('personKey', () => {
  it.each([
    ['US President Joe Biden', 'joe biden'],
    ['President Biden', 'biden'],
    ['Foreign Minister Sergei Lavrov', 'sergei lavrov'],
    ['President', 'president'],
  ])('%s → %s', (name, key) => expect(personKey(name)).toBe(key));
});

describe('globalActorId', () => {
  it('is the same for the same person however titled', () => {
    expect(globalActorId('PERSON', 'President Joe Biden', 'a')).toBe(globalActorId('PERSON', 'Joe Biden', 'b'));
  });
  it('scopes anonymous sources to their article', () => {
    expect(globalActorId('ANONYMOUS', 'government source', 'a')).not.toBe(globalActorId('ANONYMOUS', 'government source', 'b'));
  });
  it('separates types', () => {
    expect(globalActorId('COUNTRY', 'Georgia', 'a')).not.toBe(globalActorId('PERSON', 'Georgia', 'a'));
  });
});

describe('actorKeys and typesCompatible', () => {
  it('adds title-less keys and family names for people only', () => {
    expect(actorKeys('PERSON', 'President Biden', ['Mr. Biden'])).toEqual(['president biden', 'biden', 'mr. biden']);
    expect(actorKeys('PERSON', 'Linda Thomas-Greenfield', [])).toEqual(['linda thomas-greenfield', 'thomas-greenfield']);
    expect(actorKeys('ORGANIZATION', 'President Hotel', [])).toEqual(['president hotel']);
  });
  it('lets a country be a place, never an anonymous source anything', () => {
    expect(typesCompatible('COUNTRY', 'PLACE')).toBe(true);
    expect(typesCompatible('PERSON', 'COUNTRY')).toBe(false);
    expect(typesCompatible('ANONYMOUS', 'ANONYMOUS')).toBe(false);
  });
});
