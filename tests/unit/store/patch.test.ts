// Extraction → GraphPatch on the hand-built seed extraction: ids resolved, rows aggregated,
// evidence resolved to text, and bad references reported naming the place.
import { describe, expect, it } from 'vitest';
import { buildPatch, contentHash, extractionHash } from '../../../src/store/patch.js';
import { resolveActors } from '../../../src/store/resolve-actors.js';
import { enclosingSentence } from '../../../src/store/evidence.js';
import { seedExtraction } from '../../fixtures/second-article/extractions.js';

describe('buildPatch', () => {
  const x = seedExtraction();
  const patch = buildPatch(x, resolveActors(x.actors, [], x.article.id));

  it('gives every actor a global id and keys for all its names', () => {
    const biden = patch.actors.find((a) => a.name === 'Joe Biden')!;
    expect(biden.id).toBe('person:joe-biden');
    expect(biden.keys).toEqual(expect.arrayContaining(['joe biden', 'biden']));
    expect(patch.actors.find((a) => a.name === 'government source')!.id).toBe('anonymous:government-source@white-house-russia-letter');
  });

  it('links statements to global actor ids and resolves evidence text', () => {
    const s = patch.statements.find((r) => r.cue === 'warned')!;
    expect(s).toMatchObject({ speakerId: 'person:joe-biden', targetId: 'country:russia', kind: 'WARNING' });
    const ev = JSON.parse(s.evidence);
    expect(ev.cue[0].text).toBe('warned');
    expect(ev.sentence.text).toMatch(/^US President Joe Biden today expressed interest.*attack on Ukraine\.$/);
  });

  it('writes roles with the global id of the actor they are held for', () => {
    const m = patch.mentions.find((r) => r.actorId === 'person:sergei-lavrov')!;
    expect(JSON.parse(m.roles)).toEqual([{ title: 'Foreign Minister', of: 'country:russia' }]);
  });

  it('reports a reference to an unknown actor, naming it', () => {
    const bad = seedExtraction();
    bad.statements[0].speakerId = 'a99';
    expect(() => buildPatch(bad, resolveActors(bad.actors, [], bad.article.id))).toThrow(/unknown actor a99/);
  });

  it('hashes content independently of the article id', () => {
    expect(contentHash(seedExtraction('one'))).toBe(contentHash(seedExtraction('two')));
    expect(extractionHash(seedExtraction('one'))).toBe(extractionHash(seedExtraction('two')));
  });
});

describe('enclosingSentence', () => {
  it('widens spans to their sentence', () => {
    const text = 'First one. He said "go now." Last.';
    expect(enclosingSentence(text, [[14, 18]]).text).toBe('He said "go now."');
  });
});
