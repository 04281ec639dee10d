// /metrics and /health on the running server: Prometheus text with GraphQL, Cypher and ingest
// figures after real traffic; health 200 with Neo4j up, 503 when Neo4j cannot be reached.

import express from 'express';
import net, { type AddressInfo } from 'node:net';
import neo4j from 'neo4j-driver';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalyticsService } from '../../src/graph/AnalyticsService.js';
import { Metrics } from '../../src/obs/Metrics.js';
import { healthRoutes } from '../../src/server/routes/health.js';
import { Store } from '../../src/store/Store.js';
import { type SeedServer, startSeedServer } from './analytics-seed.js';

let seed: SeedServer;
beforeAll(async () => {
  seed = await startSeedServer();
});
afterAll(async () => {
  await seed?.close();
});

/** The value of one sample line, e.g. metric('whosaid_ingest_total{what="articles"}'). */
const sample = (text: string, series: string): number | null => {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : null;
};

/** A port nothing listens on (bound, read, released). */
async function freePort(): Promise<number> {
  const probe = net.createServer().listen(0, '127.0.0.1');
  await new Promise((r) => probe.once('listening', r));
  const { port } = probe.address() as AddressInfo;
  await new Promise((r) => probe.close(r));
  return port;
}

describe('GET /metrics', () => {
  it('reports GraphQL durations by operation name, Cypher durations, ingest counts and Neo4j up', async () => {
    const { data } = await seed.graphql('query TopSpeakers { analytics { topSpeakers { count } } }');
    expect(data).toBeDefined();
    const res = await fetch(`${seed.base}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/plain/);
    const text = await res.text();
    expect(sample(text, 'whosaid_graphql_operation_duration_seconds_count{operation="TopSpeakers",status="ok"}')).toBe(1);
    expect(text).toMatch(/^whosaid_cypher_duration_seconds_count\{query="[^"]+",mode="READ",status="ok"\} [1-9]/m);
    expect(text).toMatch(/^whosaid_cypher_duration_seconds_count\{query="[^"]+",mode="WRITE",status="ok"\} [1-9]/m);
    expect(sample(text, 'whosaid_ingest_total{what="articles"}')).toBe(1);
    expect(sample(text, 'whosaid_ingest_total{what="statements"}')).toBe((await seed.deps.store.counts()).statements);
    expect(sample(text, 'whosaid_ingest_total{what="rejections"}')).toBe(0);
    expect(sample(text, 'whosaid_neo4j_up')).toBe(1);
  });

  it('tags each request with an id, echoing a caller-supplied one', async () => {
    const given = await fetch(`${seed.base}/health`, { headers: { 'x-request-id': 'trace-abc-123' } });
    expect(given.headers.get('x-request-id')).toBe('trace-abc-123');
    const fresh = await fetch(`${seed.base}/health`, { headers: { 'x-request-id': 'bad id <script>' } });
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('GET /health', () => {
  it('answers 200 with Neo4j up and the graph counts', async () => {
    const res = await fetch(`${seed.base}/health`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ status: 'ok', neo4j: 'up', counts: { articles: 1 } });
    expect(body.graph.actors).toBe(body.counts.actors);
  });

  it('answers 503 when Neo4j cannot be reached', async () => {
    const closed = await freePort();
    const driver = neo4j.driver(`bolt://127.0.0.1:${closed}`, undefined, { connectionTimeout: 2000, maxConnectionLifetime: 1000 });
    const store = new Store(driver, { database: 'neo4j', timeoutMs: 2000 });
    const app = express().use(healthRoutes({
      store, analytics: new AnalyticsService(() => store.graphSnapshot()), logger: pino({ level: 'silent' }),
      metrics: new Metrics(async () => false, { defaultMetrics: false }),
    }));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    try {
      const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/health`);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ status: 'unavailable', neo4j: 'down' });
      expect(await (await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/metrics`)).text()).toMatch(/^whosaid_neo4j_up 0$/m);
    } finally {
      server.close();
      await driver.close();
    }
  });
});
