// Prometheus metrics for one server: GraphQL operation and Cypher durations, ingest counters and
// Neo4j connection state, on a registry of its own (no global default registry, no singletons).

import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { withDeadline } from './deadline.js';

/** What the store's executor reports after each query: call `metrics.observeCypher` with it. */
export interface CypherEvent {
  /** The query's purpose as the store names it ("actor lookup", "statements export"). */
  what: string;
  mode: 'READ' | 'WRITE';
  seconds: number;
  ok: boolean;
}

export interface IngestEvent {
  articles: number;
  statements: number;
  rejections: number;
}

export const DEFAULTS = Object.freeze({
  prefix: 'whosaid_',
  buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
});

export class Metrics {
  readonly registry = new Registry();
  private readonly graphql: Histogram<'operation' | 'status'>;
  private readonly cypher: Histogram<'query' | 'mode' | 'status'>;
  private readonly ingested: Counter<'what'>;
  private readonly neo4jUp: Gauge;

  /** `probe` answers whether Neo4j is reachable; it runs on each scrape, bounded to a few seconds. */
  constructor(probe: () => Promise<boolean>, options: { defaultMetrics?: boolean } = {}) {
    const p = DEFAULTS.prefix;
    const registers = [this.registry];
    this.graphql = new Histogram({ name: `${p}graphql_operation_duration_seconds`, help: 'GraphQL operation duration by operation name', labelNames: ['operation', 'status'], buckets: DEFAULTS.buckets, registers });
    this.cypher = new Histogram({ name: `${p}cypher_duration_seconds`, help: 'Cypher transaction duration by query purpose', labelNames: ['query', 'mode', 'status'], buckets: DEFAULTS.buckets, registers });
    this.ingested = new Counter({ name: `${p}ingest_total`, help: 'Ingested articles and statements, and rejected articles', labelNames: ['what'], registers });
    for (const what of ['articles', 'statements', 'rejections']) this.ingested.inc({ what }, 0);
    this.neo4jUp = new Gauge({
      name: `${p}neo4j_up`, help: '1 when Neo4j answered the last probe, else 0', registers,
      async collect() { this.set((await withDeadline(probe(), 'metrics probe').catch(() => false)) ? 1 : 0); },
    });
    if (options.defaultMetrics !== false) collectDefaultMetrics({ register: this.registry, prefix: p });
  }

  /** Records one GraphQL operation; unnamed operations count as "anonymous". */
  observeGraphql(operation: string | null | undefined, seconds: number, ok: boolean): void {
    this.graphql.observe({ operation: operation || 'anonymous', status: ok ? 'ok' : 'error' }, seconds);
  }

  /** The Cypher hook: pass this (bound) to the store executor. */
  readonly observeCypher = (e: CypherEvent): void => {
    this.cypher.observe({ query: e.what, mode: e.mode, status: e.ok ? 'ok' : 'error' }, e.seconds);
  };

  /** Counts an ingest run's outcome (call once per article or once per batch). */
  readonly observeIngest = (e: IngestEvent): void => {
    this.ingested.inc({ what: 'articles' }, e.articles);
    this.ingested.inc({ what: 'statements' }, e.statements);
    this.ingested.inc({ what: 'rejections' }, e.rejections);
  };

  /** The exposition text and its content type, for GET /metrics. */
  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
