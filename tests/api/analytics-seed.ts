// Test helper for the analytics, export and explorer tiers: the whole server (GraphQL and extra
// routes) on an ephemeral port, over the real test Neo4j holding the bundled seed article.

import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { articleFromText } from '../../loaders/index.js';
import { buildApp } from '../../src/app/build.js';
import type { Config } from '../../src/config.js';
import { isWhosaidError } from '../../src/errors.js';
import type { RawArticle } from '../../src/extract/types.js';
import { createApp } from '../../src/server/app.js';
import type { ServerDeps } from '../../src/server/deps.js';
import { clearDatabase, openTestDriver, testConfig } from '../setup/neo4j.js';

export const SEED_PATH = fileURLToPath(new URL('../../examples/white-house-russia-letter.txt', import.meta.url));
/** The seed has no date of its own; the tests give it one so timelines have a bucket. */
export const SEED_DATE = '2022-02-02T12:00:00Z';

export interface SeedServer {
  base: string;
  articleId: string;
  deps: ServerDeps;
  graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> }>;
  close(): Promise<void>;
}

/** Empties the test database, ingests the seed article (and `extra`), refreshes analytics and listens; `overrides` change the config (e.g. an API token). */
export async function startSeedServer(extra: readonly RawArticle[] = [], overrides: Partial<Config> = {}): Promise<SeedServer> {
  const driver = openTestDriver();
  try {
    await clearDatabase(driver);
  } finally {
    await driver.close();
  }
  const config = testConfig(overrides);
  const built = await buildApp({ config, logger: pino({ level: 'silent' }), uri: config.neo4jUri!, defaultMetrics: false });
  const article = articleFromText(readFileSync(SEED_PATH, 'utf8'), SEED_PATH, { publishedAt: SEED_DATE });
  const ingest = () => built.deps.services.pipeline.ingestArticle(article);
  // A cold Neo4j on a loaded machine can overrun the API's 15 s transaction timeout on its very
  // first write; ingest is idempotent, so one retry is safe.
  const result = await ingest().catch((err: unknown) => {
    if (isWhosaidError(err) && err.code === 'LIMIT_EXCEEDED') return ingest();
    throw err;
  });
  if (result.kind !== 'stored') throw new Error(`analytics-seed: the seed article was rejected: ${result.reason}`);
  for (const more of extra) {
    const r = await built.deps.services.pipeline.ingestArticle(more);
    if (r.kind !== 'stored') throw new Error(`analytics-seed: article ${more.id} was rejected: ${r.reason}`);
  }
  await built.deps.analytics.refresh();
  const { app, apollo } = await createApp(built.deps);
  const server: Server = await new Promise((resolve) => {
    const s = createServer(app).listen(0, '127.0.0.1', () => resolve(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    articleId: article.id,
    deps: built.deps,
    async graphql(query, variables = {}) {
      const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      return res.json() as never;
    },
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await apollo.stop();
      await built.close();
    },
  };
}
