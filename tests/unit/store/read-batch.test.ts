// Building a batched read: each read's parameters become a map in scope of its body (through
// subqueries and WITH), SKIP and LIMIT stay parameters of the batch, and rows split back in order.

import { describe, expect, it } from 'vitest';
import { BATCH_COLUMN, batchKey, batchedRead, fixedParams, rowScoped, splitBatch } from '../../../src/store/read-batch.js';

describe('rowScoped', () => {
  it('reads parameters from the row map, leaving string literals, quoted names and comments alone', () => {
    const cypher = "MATCH (a {key: $key}) // uses $key\nWHERE a.note <> '$key costs' AND a.`$odd` = $odd_1 /* $x */ RETURN a.name + \"$y\" AS v, $list[0] AS first";
    expect(rowScoped(cypher)).toBe("MATCH (a {key: __params.key}) // uses $key\nWHERE a.note <> '$key costs' AND a.`$odd` = __params.odd_1 /* $x */ RETURN a.name + \"$y\" AS v, __params.list[0] AS first");
  });

  it('steps over escaped quotes inside a literal', () => {
    expect(rowScoped("RETURN 'it\\'s $a' AS s, $a AS a")).toBe("RETURN 'it\\'s $a' AS s, __params.a AS a");
  });

  it('keeps SKIP and LIMIT parameters as parameters', () => {
    const cypher = 'MATCH (s) WHERE s.kind = $kind WITH s ORDER BY s.id SKIP toInteger($offset) LIMIT $limit RETURN s';
    expect(fixedParams(cypher)).toEqual(['offset', 'limit']);
    expect(rowScoped(cypher, fixedParams(cypher))).toBe('MATCH (s) WHERE s.kind = __params.kind WITH __params, s ORDER BY s.id SKIP toInteger($offset) LIMIT $limit RETURN s');
  });

  it('imports the row map into scoped subqueries and keeps it through WITH, but not through a WITH of aggregates only', () => {
    expect(rowScoped('CALL () { MATCH (a {id: $id}) RETURN a } CALL (a) { RETURN 1 AS one } RETURN a, one')).toBe('CALL (__params) { MATCH (a {id: __params.id}) RETURN a } CALL (a, __params) { RETURN 1 AS one } RETURN a, one');
    expect(rowScoped('MATCH (a) WITH DISTINCT a, min(a.x) AS m WITH * RETURN a')).toBe('MATCH (a) WITH DISTINCT __params, a, min(a.x) AS m WITH * RETURN a');
    expect(rowScoped('MATCH (a) WITH count(a) AS n, size(collect(a.x)) AS k RETURN n')).toBe('MATCH (a) WITH count(a) AS n, size(collect(a.x)) AS k RETURN n');
  });

  it('leaves STARTS WITH and ENDS WITH alone, and a procedure call', () => {
    expect(rowScoped("MATCH (a) WHERE a.name STARTS WITH $p OR a.name ENDS WITH 'x' CALL db.index.fulltext.queryNodes('i', $q) YIELD node RETURN node")).toBe("MATCH (a) WHERE a.name STARTS WITH __params.p OR a.name ENDS WITH 'x' CALL db.index.fulltext.queryNodes('i', __params.q) YIELD node RETURN node");
  });
});

describe('batchedRead and batchKey', () => {
  it('unwinds the reads\' parameters, one row map each, under one text whatever their number', () => {
    const read = (id: string) => ({ cypher: 'MATCH (a:Actor {id: $id}) RETURN a.name AS name LIMIT $first', params: { id, first: 5 } });
    const two = batchedRead([read('a1'), read('a2')]);
    expect(two.params).toEqual({ first: 5, __reads: [{ id: 'a1' }, { id: 'a2' }] });
    expect(two.cypher).toBe(`UNWIND range(0, size($__reads) - 1) AS ${BATCH_COLUMN}\nCALL (${BATCH_COLUMN}) {\nWITH $__reads[${BATCH_COLUMN}] AS __params\nMATCH (a:Actor {id: __params.id}) RETURN a.name AS name LIMIT $first\n}\nRETURN *`);
    expect(batchedRead([read('a1'), read('a2'), read('a3')]).cypher).toBe(two.cypher);
  });

  it('keys reads by text and by the values of SKIP and LIMIT', () => {
    const q = (first: number, id: string) => ({ cypher: 'MATCH (a {id: $id}) RETURN a LIMIT $first', params: { id, first } });
    expect(batchKey(q(5, 'a'))).toBe(batchKey(q(5, 'b')));
    expect(batchKey(q(5, 'a'))).not.toBe(batchKey(q(6, 'a')));
  });
});

describe('splitBatch', () => {
  it('gives each read its rows in order, without the batch column, and an empty list to a read with none', () => {
    const rows = [{ n: 1, [BATCH_COLUMN]: 0 }, { n: 2, [BATCH_COLUMN]: 2 }, { n: 3, [BATCH_COLUMN]: 0 }];
    expect(splitBatch(rows, 3)).toEqual([[{ n: 1 }, { n: 3 }], [], [{ n: 2 }]]);
  });
});
