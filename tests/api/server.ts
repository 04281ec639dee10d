// Test harness for the API tier: the real wiring (store, pipeline, Apollo, express) on a free
// port against the test Neo4j, and a small GraphQL client. No mocks.

import type { Server } from 'node:http';
import { buildApp } from '../../src/app/build.js';
import type { Extractor } from '../../src/app/ingest-pipeline.js';
import { createLogger } from '../../src/obs/logger.js';
import { createApp } from '../../src/server/app.js';
import { listen } from '../../src/server/listen.js';
import type { QueryEvent } from '../../src/store/Store.js';
import { testConfig } from '../setup/neo4j.js';
import { Writable } from 'node:stream';

export interface GqlResponse<T = any> { status: number; data?: T; errors?: { message: string; extensions?: { code?: string; [k: string]: unknown } }[] }

export interface TestServer {
  url: string;
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResponse<T>>;
  close(): Promise<void>;
}

/** Starts whosaid's API on a free loopback port; `extractor` replaces extraction for fixture tests. */
export async function startServer(
  o: { extractor?: Extractor; apiToken?: string | null; onQuery?: (e: QueryEvent) => void; neo4jUri?: string; responseCache?: boolean; readBatch?: boolean | 'always' } = {},
): Promise<TestServer> {
  const config = testConfig({ apiToken: o.apiToken ?? null, port: 0, ...(o.neo4jUri ? { neo4jUri: o.neo4jUri } : {}), ...(o.responseCache === undefined ? {} : { responseCache: o.responseCache }), ...(o.readBatch === undefined ? {} : { readBatch: o.readBatch }) });
  const logger = createLogger('error', new Writable({ write: (_c, _e, cb) => cb() }));
  const built = await buildApp({ config, logger, uri: config.neo4jUri!, extractor: o.extractor, defaultMetrics: false, onQuery: o.onQuery });
  const { app, apollo } = await createApp(built.deps);
  const { server, url } = await listen(app, { host: '127.0.0.1', port: 0, apiToken: config.apiToken, insecure: false });
  return {
    url,
    async gql(query, variables, token) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, ...(await res.json()) };
    },
    async close() {
      await new Promise((r) => (server as Server).close(r));
      await apollo.stop();
      await built.close();
    },
  };
}

/** The codes of a response's errors. */
export const codes = (r: GqlResponse): (string | undefined)[] => (r.errors ?? []).map((e) => e.extensions?.code);
