// Neo4j gone (issue 12, item 3): a read fails with STORE_UNAVAILABLE within the read retry
// budget, not the driver's default 30 s, and says what to do; a write retries within its own.
import { createServer } from 'node:net';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { driverConfig } from '../../../src/store/driver.js';
import { Store } from '../../../src/store/Store.js';

/** A loopback port nothing listens on (bound, then released). */
async function deadPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as { port: number }).port;
  await new Promise((r) => srv.close(r));
  return port;
}

async function failure(work: () => Promise<unknown>): Promise<{ code?: string; message: string; seconds: number }> {
  const started = Date.now();
  try {
    await work();
  } catch (e) {
    return { code: (e as { code?: string }).code, message: String((e as Error).message), seconds: (Date.now() - started) / 1000 };
  }
  throw new Error('expected a failure');
}

describe('Neo4j unreachable', () => {
  it('fails a read within the read budget with STORE_UNAVAILABLE and the way out', async () => {
    const driver = neo4j.driver(`bolt://127.0.0.1:${await deadPort()}`, undefined, driverConfig(1_000));
    const store = new Store(driver, { database: 'neo4j', timeoutMs: 15_000 });
    const f = await failure(() => store.counts());
    await driver.close();
    expect(f.code).toBe('STORE_UNAVAILABLE');
    expect(f.message).toMatch(/whosaid db start.*NEO4J_URI/);
    expect(f.seconds).toBeLessThan(5);
  }, 20_000);

  it('retries a write for its budget, then fails with STORE_UNAVAILABLE', async () => {
    const driver = neo4j.driver(`bolt://127.0.0.1:${await deadPort()}`, undefined, driverConfig(500));
    const store = new Store(driver, { database: 'neo4j', timeoutMs: 15_000, writeRetryMs: 2_500 });
    const f = await failure(() => store.deleteArticle('nothing'));
    await driver.close();
    expect(f.code).toBe('STORE_UNAVAILABLE');
    expect(f.seconds).toBeGreaterThanOrEqual(2);
    expect(f.seconds).toBeLessThan(6);
  }, 20_000);
});
