// Building a batched read: parameters renamed per read outside literals and comments, one
// subquery per read tagged with its index, and rows split back in order.

import { describe, expect, it } from 'vitest';
import { BATCH_COLUMN, batchedRead, renameParams, splitBatch } from '../../../src/store/read-batch.js';

describe('renameParams', () => {
  it('renames every parameter, leaving string literals, quoted names and comments alone', () => {
    const cypher = "MATCH (a {key: $key}) // uses $key\nWHERE a.note <> '$key costs' AND a.`$odd` = $odd_1 /* $x */ RETURN a.name + \"$y\" AS v, $list[0] AS first";
    expect(renameParams(cypher, 3)).toBe("MATCH (a {key: $key__3}) // uses $key\nWHERE a.note <> '$key costs' AND a.`$odd` = $odd_1__3 /* $x */ RETURN a.name + \"$y\" AS v, $list__3[0] AS first");
  });

  it('steps over escaped quotes inside a literal', () => {
    expect(renameParams("RETURN 'it\\'s $a' AS s, $a AS a", 0)).toBe("RETURN 'it\\'s $a' AS s, $a__0 AS a");
  });
});

describe('batchedRead', () => {
  it('puts each read in its own scoped subquery with its own parameters', () => {
    const q = batchedRead([
      { cypher: 'MATCH (a:Actor {id: $id}) RETURN a.name AS name', params: { id: 'a1' } },
      { cypher: 'MATCH (a:Actor {id: $id}) RETURN a.name AS name', params: { id: 'a2' } },
    ]);
    expect(q.params).toEqual({ id__0: 'a1', id__1: 'a2' });
    expect(q.cypher).toBe(`CALL () {\nMATCH (a:Actor {id: $id__0}) RETURN a.name AS name\n}\nRETURN *, 0 AS ${BATCH_COLUMN}\nUNION ALL\nCALL () {\nMATCH (a:Actor {id: $id__1}) RETURN a.name AS name\n}\nRETURN *, 1 AS ${BATCH_COLUMN}`);
  });
});

describe('splitBatch', () => {
  it('gives each read its rows in order, without the batch column, and an empty list to a read with none', () => {
    const rows = [{ n: 1, [BATCH_COLUMN]: 0 }, { n: 2, [BATCH_COLUMN]: 2 }, { n: 3, [BATCH_COLUMN]: 0 }];
    expect(splitBatch(rows, 3)).toEqual([[{ n: 1 }, { n: 3 }], [], [{ n: 2 }]]);
  });
});
