// conllEval on a tiny made-up IOB2 file: the table counts exact typed spans as conlleval does,
// ignores MISC, splits documents at -DOCSTART- or datelines, and rejects malformed input.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conllEval, conllType, parseConll } from '../../../src/eval/iob-ner.js';

const rows = (s: string): string => s.trim().split('\n').map((l) => l.trim()).join('\n');

const FILE = rows(`
-DOCSTART- O

Marta B-PER
Kowalski I-PER
visited O
Kenya B-LOC
with O
Brightwater B-ORG
Holdings I-ORG
. O

Kowalski B-PER
praised O
the O
Kenyan B-MISC
team O
in O
Zorblax B-LOC
. O
`);

function write(content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-conll-'));
  const file = join(dir, 'mini.txt');
  writeFileSync(file, `${content}\n`);
  return file;
}

function row(table: string, type: string): number[] {
  const line = table.split('\n').find((l) => l.startsWith(`${type} `));
  if (!line) throw new Error(`no ${type} row in\n${table}`);
  return line.trim().split(/\s+/).slice(1).map(Number);
}

describe('conllEval', () => {
  // The first call loads the word lists and the tagger model: seconds on a busy machine.
  it('scores exact typed spans per type and overall', { timeout: 30_000 }, async () => {
    const table = await conllEval(write(FILE));
    expect(row(table, 'PER')).toEqual([100, 100, 100, 2, 0, 0]);
    expect(row(table, 'ORG')).toEqual([100, 100, 100, 1, 0, 0]);
    expect(row(table, 'LOC')).toEqual([100, 100, 100, 2, 0, 0]);
    expect(row(table, 'ALL')).toEqual([100, 100, 100, 5, 0, 0]);
  });

  it('counts a wrong type as both a false positive and a miss', async () => {
    const table = await conllEval(write(FILE.replace('Zorblax B-LOC', 'Zorblax B-ORG')));
    expect(row(table, 'ORG').slice(3)).toEqual([1, 0, 1]);
    expect(row(table, 'LOC').slice(3)).toEqual([1, 1, 0]);
    expect(row(table, 'ALL').slice(0, 3)).toEqual([80, 80, 80]);
  });

  it('rejects a file that is not token-tag lines, naming the line', async () => {
    await expect(conllEval(write('Marta B-PER\nthis line has no tag at all here'))).rejects.toMatchObject({ code: 'BAD_INPUT' });
    await expect(conllEval('/nonexistent/conll.txt')).rejects.toMatchObject({ code: 'BAD_INPUT' });
  });
});

describe('parseConll', () => {
  it('starts a new document at -DOCSTART-', () => {
    expect(parseConll(`${FILE}\n\n${FILE}`, 'x')).toHaveLength(2);
  });

  it('without -DOCSTART-, cuts documents at datelines with their capitalised headline', () => {
    const text = rows(`
      KENYA O
      WIN O

      NAIROBI B-LOC
      1996-08-30 O

      Kenya B-LOC
      won O
      . O

      UGANDA O
      LOSE O

      KAMPALA B-LOC
      1996-08-31 O
    `);
    const docs = parseConll(text, 'x');
    expect(docs.map((d) => d.tokens[0][0])).toEqual(['KENYA', 'UGANDA']);
  });
});

describe('conllType', () => {
  it.each([
    ['PERSON', 'PER'], ['ORGANIZATION', 'ORG'], ['MEDIA', 'ORG'], ['COUNTRY', 'LOC'], ['PLACE', 'LOC'],
    ['GROUP', null], ['OTHER', null], ['ANONYMOUS', null],
  ] as const)('%s → %s', (actor, conll) => {
    expect(conllType(actor)).toBe(conll);
  });
});
