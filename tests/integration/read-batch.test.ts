// Concurrent reads of one query text go to the real Neo4j as one query and each gets the rows
// it would have had alone; a text Neo4j cannot batch, and a read that fails, fall back to one
// query per read, so every read keeps its own answer or error.

import neo4j, { type Driver, type Session } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Executor, type QueryEvent } from '../../src/store/executor.js';
import { clearDatabase, openTestDriver } from '../setup/neo4j.js';

/** The test driver, counting the queries its sessions send (the store's reads are auto-commit runs). */
function counted(driver: Driver): { driver: Driver; runs: () => number } {
  let runs = 0;
  const wrapped = Object.create(driver) as Driver;
  wrapped.session = ((config) => {
    const session = driver.session(config);
    const run = session.run.bind(session);
    session.run = ((...args: Parameters<Session['run']>) => { runs++; return run(...args); }) as Session['run'];
    return session;
  }) as Driver['session'];
  return { driver: wrapped, runs: () => runs };
}

describe('batched reads against Neo4j', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = openTestDriver();
    await clearDatabase(driver);
    await driver.executeQuery('UNWIND range(1, 40) AS i CREATE (:BatchProbe {id: i, group: i % 4, name: "probe " + toString(i)})');
  });
  afterAll(async () => {
    await clearDatabase(driver);
    await driver.close();
  });

  const byGroup = { cypher: 'MATCH (p:BatchProbe) WHERE p.group = $group WITH p ORDER BY p.id DESC LIMIT $first RETURN p.id AS id, p.name AS name', params: {} };
  const read = (exec: Executor, group: number, first: number) => exec.read({ cypher: byGroup.cypher, params: { group, first: neo4j.int(first) } }, 'probe by group');

  it('answers concurrent reads in two queries at once, each read with its own rows in its own order', async () => {
    const alone = new Executor(driver, { database: 'neo4j', timeoutMs: 10_000, batchReads: false });
    const expected = await Promise.all([0, 1, 2, 3, 0, 1].map((g) => read(alone, g, 3)));
    const events: QueryEvent[] = [];
    const c = counted(driver);
    const exec = new Executor(c.driver, { database: 'neo4j', timeoutMs: 10_000, onQuery: (e) => events.push(e) });
    const got = await Promise.all([0, 1, 2, 3, 0, 1].map((g) => read(exec, g, 3)));
    expect(got).toEqual(expected);
    expect(got[5]).toEqual([{ id: 37, name: 'probe 37' }, { id: 33, name: 'probe 33' }, { id: 29, name: 'probe 29' }]);
    // Six reads: two batched queries of three, so Neo4j can run them on two threads.
    expect(c.runs()).toBe(2);
    expect(events.map((e) => [e.what, e.ok, e.batch])).toEqual(Array.from({ length: 6 }, () => ['probe by group', true, 3]));
  });

  it('batches reads with different LIMIT values apart (LIMIT cannot read a variable)', async () => {
    const c = counted(driver);
    const exec = new Executor(c.driver, { database: 'neo4j', timeoutMs: 10_000 });
    const got = await Promise.all([read(exec, 0, 1), read(exec, 1, 1), read(exec, 0, 2), read(exec, 1, 2)]);
    expect(got.map((rows) => rows.map((r) => r.id))).toEqual([[40], [37], [40, 36], [37, 33]]);
    expect(c.runs()).toBe(2); // one batch of two per LIMIT value
  });

  it('sends a read that arrives alone by itself, and reads in later turns in their own query', async () => {
    const c = counted(driver);
    const exec = new Executor(c.driver, { database: 'neo4j', timeoutMs: 10_000 });
    expect(await read(exec, 1, 1)).toEqual([{ id: 37, name: 'probe 37' }]);
    expect(await read(exec, 2, 1)).toEqual([{ id: 38, name: 'probe 38' }]);
    expect(c.runs()).toBe(2);
  });

  it('runs reads one by one when Neo4j cannot batch their text, and stops trying it', async () => {
    const c = counted(driver);
    const exec = new Executor(c.driver, { database: 'neo4j', timeoutMs: 10_000 });
    // An unaliased expression as a column is fine alone but not inside a subquery.
    const unaliased = (group: number) => exec.read({ cypher: 'MATCH (p:BatchProbe {group: $group}) RETURN count(p) + 0', params: { group } });
    expect(await Promise.all([unaliased(0), unaliased(1)])).toEqual([[{ 'count(p) + 0': 10 }], [{ 'count(p) + 0': 10 }]]);
    expect(c.runs()).toBe(3); // the refused batch, then each read
    await Promise.all([unaliased(2), unaliased(3)]);
    expect(c.runs()).toBe(5);
  });

  it('fails only the read that fails alone; the others of its batch get their rows', async () => {
    const exec = new Executor(driver, { database: 'neo4j', timeoutMs: 10_000 });
    const divide = (d: number) => exec.read({ cypher: 'RETURN 12 / toInteger($d) AS q', params: { d } });
    const [a, b, z] = await Promise.allSettled([divide(3), divide(4), divide(0)]);
    expect(a).toEqual({ status: 'fulfilled', value: [{ q: 4 }] });
    expect(b).toEqual({ status: 'fulfilled', value: [{ q: 3 }] });
    expect(z.status).toBe('rejected');
    expect(String((z as PromiseRejectedResult).reason?.message)).toMatch(/by zero/i);
  });

  it('splits more concurrent reads than one batch holds into several batches', async () => {
    const c = counted(driver);
    const exec = new Executor(c.driver, { database: 'neo4j', timeoutMs: 10_000 });
    const got = await Promise.all(Array.from({ length: 20 }, (_, i) => read(exec, i % 4, 1)));
    expect(got.map((rows) => rows[0].id)).toEqual(Array.from({ length: 20 }, (_, i) => [40, 37, 38, 39][i % 4]));
    expect(c.runs()).toBe(4); // 16 reads as two batches of 8, then 4 as two of 2
  });
});
