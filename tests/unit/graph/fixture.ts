// A small hand-built snapshot: two camps that talk mostly among themselves, one bridge actor,
// and one actor nobody mentions. Dates span two months so timelines have several buckets.

import type { GraphSnapshot, StatementFact } from '../../../src/graph/snapshot.js';
import type { StatementKind } from '../../../src/extract/types.js';

let n = 0;
const s = (speakerId: string | null, kind: StatementKind, targetId: string | null, date: string | null): StatementFact => ({
  id: `s${++n}`, speakerId, kind, targetId, articleId: `art-${date ?? 'undated'}`, date, source: null,
});

export const snapshot: GraphSnapshot = {
  actors: [
    { id: 'biden', name: 'Joe Biden', type: 'PERSON' },
    { id: 'blinken', name: 'Antony Blinken', type: 'PERSON' },
    { id: 'whitehouse', name: 'White House', type: 'ORGANIZATION' },
    { id: 'putin', name: 'Vladimir Putin', type: 'PERSON' },
    { id: 'peskov', name: 'Dmitry Peskov', type: 'PERSON' },
    { id: 'kremlin', name: 'Kremlin', type: 'ORGANIZATION' },
    { id: 'un', name: 'United Nations', type: 'ORGANIZATION' },
    { id: 'loner', name: 'Nobody Mentioned', type: 'PERSON' },
  ],
  statements: [
    s('biden', 'ACCUSATION', 'putin', '2024-03-04T10:00:00Z'),
    s('biden', 'ACCUSATION', 'putin', '2024-03-05T10:00:00Z'),
    s('biden', 'ACCUSATION', 'putin', '2024-03-11T10:00:00Z'),
    s('biden', 'PRAISE', 'blinken', '2024-03-11T12:00:00Z'),
    s('biden', 'CLAIM', null, null),
    s('blinken', 'CRITICISM', 'kremlin', '2024-04-02T08:00:00Z'),
    s('putin', 'DENIAL', null, '2024-03-05T18:00:00Z'),
    s('peskov', 'CRITICISM', 'biden', '2024-03-06T09:00:00Z'),
    s('peskov', 'PRAISE', 'putin', '2024-04-02T09:00:00Z'),
    s('un', 'WARNING', 'biden', '2024-04-03T09:00:00Z'),
    s('un', 'WARNING', 'putin', '2024-04-03T09:30:00Z'),
    s(null, 'CLAIM', 'putin', '2024-04-03T10:00:00Z'),
    s('ghost', 'CLAIM', 'biden', '2024-04-03T11:00:00Z'),
  ],
  relations: [
    { sourceId: 'blinken', type: 'AFFILIATED_WITH', targetId: 'whitehouse' },
    { sourceId: 'biden', type: 'AFFILIATED_WITH', targetId: 'whitehouse' },
    { sourceId: 'peskov', type: 'AFFILIATED_WITH', targetId: 'kremlin' },
    { sourceId: 'putin', type: 'AFFILIATED_WITH', targetId: 'kremlin' },
    { sourceId: 'putin', type: 'AFFILIATED_WITH', targetId: 'nobody-known' },
  ],
};
