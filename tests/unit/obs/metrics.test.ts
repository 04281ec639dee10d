import { describe, expect, it } from 'vitest';
import { withDeadline } from '../../../src/obs/deadline.js';
import { Metrics } from '../../../src/obs/Metrics.js';

describe('Metrics', () => {
  it('renders observed GraphQL, Cypher and ingest figures on its own registry', async () => {
    const m = new Metrics(async () => true, { defaultMetrics: false });
    m.observeGraphql('Top', 0.02, true);
    m.observeGraphql(null, 0.5, false);
    m.observeCypher({ what: 'actor lookup', mode: 'READ', seconds: 0.003, ok: true });
    m.observeIngest({ articles: 2, statements: 15, rejections: 1 });
    const { contentType, body } = await m.render();
    expect(contentType).toMatch(/^text\/plain/);
    expect(body).toContain('whosaid_graphql_operation_duration_seconds_count{operation="Top",status="ok"} 1');
    expect(body).toContain('whosaid_graphql_operation_duration_seconds_count{operation="anonymous",status="error"} 1');
    expect(body).toContain('whosaid_cypher_duration_seconds_count{query="actor lookup",mode="READ",status="ok"} 1');
    expect(body).toContain('whosaid_ingest_total{what="statements"} 15');
    expect(body).toContain('whosaid_neo4j_up 1');
    expect(body).not.toContain('process_cpu');
  });

  it('reports Neo4j down when the probe fails', async () => {
    const m = new Metrics(async () => { throw new Error('refused'); }, { defaultMetrics: false });
    expect((await m.render()).body).toContain('whosaid_neo4j_up 0');
  });

  it('keeps two servers apart (no global registry)', async () => {
    const a = new Metrics(async () => true, { defaultMetrics: false });
    const b = new Metrics(async () => true, { defaultMetrics: false });
    a.observeIngest({ articles: 5, statements: 0, rejections: 0 });
    expect((await b.render()).body).toContain('whosaid_ingest_total{what="articles"} 0');
  });
});

describe('withDeadline', () => {
  it('passes a quick answer through and turns a slow one into STORE_UNAVAILABLE', async () => {
    await expect(withDeadline(Promise.resolve(7), 'probe', 50)).resolves.toBe(7);
    const slow = new Promise((r) => setTimeout(r, 500));
    await expect(withDeadline(slow, 'probe', 20)).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
  });
});
