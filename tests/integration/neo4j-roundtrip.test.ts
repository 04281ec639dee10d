// The Neo4j the global setup provides is a real Neo4j 5.26 Community: it stores what is
// written, answers reads, reports its version, and clearDatabase empties it.

import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearDatabase, openTestDriver, testConfig } from '../setup/neo4j.js';

describe('the test Neo4j', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = openTestDriver();
    await clearDatabase(driver);
  });
  afterAll(async () => {
    await clearDatabase(driver);
    await driver.close();
  });

  it('is Neo4j Kernel 5.26.x community', async () => {
    const { records } = await driver.executeQuery('CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition');
    expect(records).toHaveLength(1);
    expect(records[0].get('name')).toBe('Neo4j Kernel');
    expect(records[0].get('versions')[0]).toMatch(/^5\.26\.\d+$/);
    expect(records[0].get('edition')).toBe('community');
  });

  it('reads back what was written, with parameters', async () => {
    const rows = [{ id: 'a1', name: 'Dmitry Peskov' }, { id: 'a2', name: 'Karine Jean-Pierre' }];
    await driver.executeQuery('UNWIND $rows AS r MERGE (a:RoundtripActor {id: r.id}) SET a.name = r.name', { rows });
    await driver.executeQuery(
      'MATCH (a:RoundtripActor {id: $from}), (b:RoundtripActor {id: $to}) MERGE (a)-[:ROUNDTRIP_MENTIONS {cue: $cue}]->(b)',
      { from: 'a1', to: 'a2', cue: 'said' },
    );
    const { records } = await driver.executeQuery(
      'MATCH (a:RoundtripActor)-[r:ROUNDTRIP_MENTIONS]->(b) RETURN a.name AS from, r.cue AS cue, b.name AS to',
    );
    expect(records.map((r) => r.toObject())).toEqual([{ from: 'Dmitry Peskov', cue: 'said', to: 'Karine Jean-Pierre' }]);
  });

  it('is empty again after clearDatabase', async () => {
    await driver.executeQuery('UNWIND range(1, 50) AS i CREATE (:RoundtripActor {id: toString(i)})-[:ROUNDTRIP_MENTIONS]->(:RoundtripActor)');
    await clearDatabase(driver);
    const { records } = await driver.executeQuery('MATCH (n) RETURN count(n) AS n');
    expect(records[0].get('n').toNumber()).toBe(0);
  });

  it('gives testConfig the injected address', () => {
    const config = testConfig();
    expect(config.neo4jUri).toMatch(/^(neo4j|bolt)(\+s|\+ssc)?:\/\//);
    expect(config.neo4jUser).toBe('neo4j');
  });
});
