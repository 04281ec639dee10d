// Reads of the same query text that arrive together (in one event-loop turn: concurrent API
// requests) go to Neo4j as one query, a UNION ALL of the reads, each in its own subquery with its
// own parameters. Neo4j and the driver then pay their fixed cost per query (a message, a plan
// lookup, a transaction) once for the batch instead of once per read: on the API benchmark's
// shapes that was most of Neo4j's CPU per request at 10 connections.

import type { Query } from './model.js';

/** At most this many reads go in one batched query (its read timeout covers them all). */
export const MAX_READ_BATCH = 16;

/** The column that tells which read of a batch a row belongs to. */
export const BATCH_COLUMN = '__read';

/**
 * `cypher` with every parameter renamed `$name` → `$name__<suffix>`, leaving string literals,
 * quoted names and comments untouched (their `$` is text, not a parameter).
 */
export function renameParams(cypher: string, suffix: number): string {
  let out = '';
  let i = 0;
  while (i < cypher.length) {
    const c = cypher[i];
    if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < cypher.length && cypher[j] !== c) j += cypher[j] === '\\' && c !== '`' ? 2 : 1;
      out += cypher.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && cypher[i + 1] === '/') {
      const j = cypher.indexOf('\n', i);
      const end = j < 0 ? cypher.length : j;
      out += cypher.slice(i, end);
      i = end;
    } else if (c === '/' && cypher[i + 1] === '*') {
      const j = cypher.indexOf('*/', i + 2);
      const end = j < 0 ? cypher.length : j + 2;
      out += cypher.slice(i, end);
      i = end;
    } else if (c === '$' && /[A-Za-z_]/.test(cypher[i + 1] ?? '')) {
      const m = /^\$[A-Za-z_]\w*/.exec(cypher.slice(i))!;
      out += `${m[0]}__${suffix}`;
      i += m[0].length;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/**
 * One query answering every read of `queries` (which share one Cypher text): read i runs in a
 * scoped subquery with its parameters renamed, and its rows carry BATCH_COLUMN = i. A read whose
 * columns are expressions without an alias cannot be wrapped; Neo4j then refuses the whole
 * query as a syntax error and the caller runs the reads one by one.
 */
export function batchedRead(queries: readonly Query[]): Query {
  const params: Record<string, unknown> = {};
  const parts = queries.map((q, i) => {
    for (const [k, v] of Object.entries(q.params)) params[`${k}__${i}`] = v;
    return `CALL () {\n${renameParams(q.cypher, i)}\n}\nRETURN *, ${i} AS ${BATCH_COLUMN}`;
  });
  return { cypher: parts.join('\nUNION ALL\n'), params };
}

/** The rows of a batched read, split back per read (in each read's own order). */
export function splitBatch<R extends Record<string, unknown>>(rows: readonly R[], reads: number): R[][] {
  const out: R[][] = Array.from({ length: reads }, () => []);
  for (const row of rows) {
    const i = row[BATCH_COLUMN] as number;
    delete row[BATCH_COLUMN];
    out[i].push(row);
  }
  return out;
}
