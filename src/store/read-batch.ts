// Reads of the same query text that arrive together (in one event-loop turn: concurrent API
// requests) go to Neo4j as one query: `UNWIND` over the reads' parameters, each read run in a
// subquery with its parameters as a map. Neo4j and the driver then pay their fixed cost per query
// (a Bolt message, a plan lookup, a transaction) once for the batch instead of once per read: on
// the API benchmark's shapes that was most of Neo4j's CPU per request at 10 connections. The
// batched text depends only on the read's text, never on how many reads it holds, so Neo4j plans
// it once.

import type { Query } from './model.js';

/** At most this many reads go in one batched query (its read timeout covers them all). */
export const MAX_READ_BATCH = 16;

/** The column that tells which read of a batch a row belongs to. */
export const BATCH_COLUMN = '__read';
/** The variable holding one read's parameters inside the batched query. */
const ROW = '__params';

/** Parameters of SKIP and LIMIT, which Cypher allows to be parameters but not variables. */
export function fixedParams(cypher: string): string[] {
  return [...new Set([...cypher.matchAll(/\b(?:SKIP|LIMIT)\s+(?:toInteger\(\s*)?\$([A-Za-z_]\w*)/gi)].map((m) => m[1]))];
}

/**
 * Reads batch together when they share a text and the values of its fixed parameters (SKIP and
 * LIMIT stay parameters of the whole batch); this is their key.
 */
export function batchKey(q: Query): string {
  const fixed = fixedParams(q.cypher);
  return fixed.length ? `${q.cypher}\u0000${JSON.stringify(fixed.map((p) => q.params[p] ?? null))}` : q.cypher;
}

const AGGREGATE = /\b(?:count|collect|sum|avg|min|max|percentileCont|percentileDisc|stDev|stDevP)\s*\(/i;
const CLAUSE = /^(?:WHERE|ORDER|SKIP|LIMIT|MATCH|OPTIONAL|UNWIND|CALL|RETURN|WITH|UNION|CREATE|MERGE|SET|DELETE|DETACH|REMOVE|FOREACH|USE)\b/i;

/** Where a quoted literal or name starting at `i` ends (the index after its closing quote). */
function quoteEnd(cypher: string, i: number): number {
  const q = cypher[i];
  let j = i + 1;
  while (j < cypher.length && cypher[j] !== q) j += cypher[j] === '\\' && q !== '`' ? 2 : 1;
  return j + 1;
}

/** The items of the WITH projection starting at `from`, split at commas outside brackets. */
function projectionItems(cypher: string, from: number): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = from;
  let i = from;
  for (; i < cypher.length; i++) {
    const c = cypher[i];
    if (c === "'" || c === '"' || c === '`') { i = quoteEnd(cypher, i) - 1; continue; }
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) { if (--depth < 0) break; }
    else if (depth === 0 && c === ',') { items.push(cypher.slice(start, i)); start = i + 1; }
    else if (depth === 0 && /\s/.test(cypher[i - 1]) && CLAUSE.test(cypher.slice(i))) break;
  }
  items.push(cypher.slice(start, i));
  return items.map((t) => t.trim()).filter(Boolean);
}

/**
 * `cypher` as the body of a batched read, where ROW (the read's parameters as a map) is in scope
 * at the start: every parameter not in `fixed` becomes a key of ROW (`$key` → `__params.key`),
 * every scoped subquery imports ROW (`CALL (a) {` → `CALL (a, __params) {`) and every WITH keeps
 * it (`WITH a` → `WITH __params, a`), except a WITH of aggregates only, where a grouping key
 * would turn a count of nothing from one row into none. String literals, quoted names and
 * comments are left untouched (their `$` is text). Where ROW is still out of scope (after such
 * a WITH, in an old-style `CALL {`) Neo4j refuses the batch and the reads run one by one.
 */
export function rowScoped(cypher: string, fixed: readonly string[] = []): string {
  let out = '';
  let i = 0;
  while (i < cypher.length) {
    const c = cypher[i];
    const rest = cypher.slice(i);
    const wordStart = !/\w/.test(cypher[i - 1] ?? '');
    if (c === "'" || c === '"' || c === '`') {
      const end = quoteEnd(cypher, i);
      out += cypher.slice(i, end);
      i = end;
      continue;
    }
    const comment = /^\/\/[^\n]*|^\/\*[\s\S]*?(?:\*\/|$)/.exec(rest);
    const param = /^\$([A-Za-z_]\w*)/.exec(rest);
    const scoped = wordStart ? /^CALL\s*\(([^()]*)\)(\s*)\{/i.exec(rest) : null;
    // Not the WITH of STARTS WITH / ENDS WITH.
    const withClause = wordStart && !/\b(?:STARTS|ENDS)\s*$/i.test(out) ? /^WITH(\s+DISTINCT)?\s+/i.exec(rest) : null;
    if (comment) {
      out += comment[0];
      i += comment[0].length;
    } else if (param) {
      out += fixed.includes(param[1]) ? param[0] : `${ROW}.${param[1]}`;
      i += param[0].length;
    } else if (scoped) {
      const imports = scoped[1].trim();
      out += `CALL (${imports ? `${imports}, ` : ''}${ROW})${scoped[2]}{`;
      i += scoped[0].length;
    } else if (withClause) {
      const items = projectionItems(cypher, i + withClause[0].length);
      const keeps = !items.some((t) => t.startsWith('*')) && !items.every((t) => AGGREGATE.test(t));
      out += withClause[0] + (keeps ? `${ROW}, ` : '');
      i += withClause[0].length;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/**
 * One query answering every read of `queries` (which share one batchKey): read i's parameters are
 * row i of `$__reads`, its rows carry BATCH_COLUMN = i.
 */
export function batchedRead(queries: readonly Query[]): Query {
  const cypher = queries[0].cypher;
  const fixed = fixedParams(cypher);
  let body = bodies.get(cypher);
  if (body === undefined) {
    if (bodies.size >= MAX_BODIES) bodies.clear();
    body = rowScoped(cypher, fixed);
    bodies.set(cypher, body);
  }
  const params: Record<string, unknown> = {};
  for (const p of fixed) params[p] = queries[0].params[p];
  params.__reads = queries.map((q) => Object.fromEntries(Object.entries(q.params).filter(([k]) => !fixed.includes(k))));
  return {
    cypher: `UNWIND range(0, size($__reads) - 1) AS ${BATCH_COLUMN}\nCALL (${BATCH_COLUMN}) {\nWITH $__reads[${BATCH_COLUMN}] AS ${ROW}\n${body}\n}\nRETURN *`,
    params,
  };
}

/** Batched bodies by query text: the API's shapes are a few hundred texts at most. */
const bodies = new Map<string, string>();
const MAX_BODIES = 1000;

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
