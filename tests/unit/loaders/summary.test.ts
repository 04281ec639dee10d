// The readable summary of `whosaid extract` (no --json): header, actors by first mention, then
// who said what with kind, target and the outlet that relayed it.

import { describe, expect, it } from 'vitest';
import { formatSummary, MAX_CONTENT_CHARS } from '../../../src/extract/summary.js';
import type { Extraction } from '../../../src/extract/types.js';

const text = 'Port strike\n\nUnion leader Tomas Beredi said the Harbour Authority had lied, Reuters reported.';
const x: Extraction = {
  article: { id: 't-1', title: 'Port strike', url: 'https://n.example/1', source: 'Ledger', publishedAt: '2024-03-05T07:30:00.000Z' },
  text,
  actors: [
    { id: 'a2', name: 'Harbour Authority', type: 'ORGANIZATION', aliases: ['Harbour Authority', 'the authority'], roles: [] },
    { id: 'a1', name: 'Tomas Beredi', type: 'PERSON', aliases: ['Beredi'], roles: [{ title: 'union leader', of: null }] },
    { id: 'a3', name: 'Reuters', type: 'MEDIA', aliases: [], roles: [] },
  ],
  mentions: [
    { actorId: 'a1', start: 26, end: 38 },
    { actorId: 'a2', start: 48, end: 65 },
    { actorId: 'a3', start: 75, end: 82 },
  ],
  statements: [{
    id: 's1', speakerId: 'a1', content: 'the Harbour Authority had lied', cue: 'said', kind: 'ACCUSATION', direct: false,
    targetId: 'a2', aboutIds: ['a2'], reportedById: 'a3', confidence: 0.8,
    evidence: { speaker: [26, 38], cue: [[39, 43]], content: [[44, 74]] },
  }],
  relations: [],
};

describe('formatSummary', () => {
  it('lists the article, actors in order of first mention, then who said what', () => {
    expect(formatSummary(x)).toBe([
      'Port strike [t-1]',
      '  Ledger · 2024-03-05 · https://n.example/1',
      '  Actors (3):',
      '    Tomas Beredi (PERSON, 1 mention) — aka Beredi — union leader',
      '    Harbour Authority (ORGANIZATION, 1 mention) — aka the authority',
      '    Reuters (MEDIA, 1 mention)',
      '  Statements (1):',
      '    Tomas Beredi said [ACCUSATION] → Harbour Authority: the Harbour Authority had lied (reported by Reuters)',
      '',
    ].join('\n'));
  });

  it('quotes direct speech, names an unknown speaker and cuts long content', () => {
    const long = 'word '.repeat(200);
    const out = formatSummary({ ...x, statements: [{ ...x.statements[0], speakerId: null, direct: true, content: long, targetId: null, reportedById: null }] });
    const line = out.split('\n').find((l) => l.includes('(unknown speaker)'))!;
    expect(line).toMatch(/^ {4}\(unknown speaker\) said \[ACCUSATION, quote\]: “(word ){10}.*…”$/);
    expect(line.length).toBeLessThan(MAX_CONTENT_CHARS + 60);
  });

  it('does not wrap a quote that already carries its quotation marks', () => {
    const out = formatSummary({ ...x, statements: [{ ...x.statements[0], direct: true, content: '“We will fix it,”' }] });
    expect(out).toContain(': “We will fix it,” (reported by Reuters)');
  });
});
