import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField, csvRow } from '../../../src/export/csv.js';
import { buildActorGraph } from '../../../src/graph/actor-graph.js';
import { actorsCsv, type StatementRow, statementsCsv } from '../../../src/export/tables.js';
import { pageThrough } from '../../../src/export/paging.js';
import { snapshot } from '../graph/fixture.js';

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['He said "no"', '"He said ""no"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded ', '" padded "'],
    [null, ''],
    [3, '3'],
  ] as const)('%j → %s', (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  it('ends records with CRLF', () => {
    expect(csvRow(['a', null, 'b'])).toBe('a,,b\r\n');
  });
});

const rows: StatementRow[] = Array.from({ length: 7 }, (_, i) => ({
  id: `st-${String(i).padStart(2, '0')}`,
  speaker: i % 2 ? 'Joe Biden' : null,
  kind: 'CLAIM',
  target: null,
  content: i === 3 ? 'he said, "we will respond"\nand left' : `claim ${i}`,
  article: 'Letter, to Moscow',
  url: null,
  date: '2024-03-04',
}));

async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const c of chunks) out += c;
  return out;
}

describe('statementsCsv over pages', () => {
  it('reads every page and yields a header plus one parseable record per statement', async () => {
    const calls: Array<string | null> = [];
    const read = async (after: string | null, limit: number) => {
      calls.push(after);
      const start = after === null ? 0 : rows.findIndex((r) => r.id === after) + 1;
      return rows.slice(start, start + limit);
    };
    const text = await collect(statementsCsv(pageThrough(read, (r) => r.id, 3)));
    expect(calls).toEqual([null, 'st-02', 'st-05']);
    const records = parse(text, { columns: true }) as Array<Record<string, string>>;
    expect(records).toHaveLength(7);
    expect(records[3].content).toBe('he said, "we will respond"\nand left');
    expect(records[1]).toMatchObject({ speaker: 'Joe Biden', article: 'Letter, to Moscow', kind: 'CLAIM' });
  });
});

describe('actorsCsv', () => {
  it('lists every actor with counts', () => {
    const records = parse([...actorsCsv(buildActorGraph(snapshot))].join(''), { columns: true }) as Array<Record<string, string>>;
    expect(records).toHaveLength(8);
    expect(records.find((r) => r.id === 'biden')).toEqual({ id: 'biden', name: 'Joe Biden', type: 'PERSON', statements: '5', targeted: '3' });
  });
});
