// The /export routes over the real Neo4j holding the seed article: each file parses as its
// format and carries the actors and statements a user would look for.

import Graph, { MultiDirectedGraph } from 'graphology';
import type { AbstractGraph as AnyGraph } from 'graphology-types';
import gexfModule from 'graphology-gexf';
import graphmlModule from 'graphology-graphml';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeedServer, startSeedServer } from './analytics-seed.js';

let seed: SeedServer;
let counts: { actors: number; statements: number };
beforeAll(async () => {
  seed = await startSeedServer();
  counts = await seed.deps.store.counts();
});
afterAll(async () => {
  await seed?.close();
});

async function get(path: string): Promise<{ status: number; type: string; body: string }> {
  const res = await fetch(`${seed.base}${path}`);
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: await res.text() };
}

const names = (g: AnyGraph, attr: string): string[] => g.mapNodes((_key: string, a: Record<string, unknown>) => a[attr] as string);

describe('GET /export', () => {
  it('graph.graphml parses as GraphML with every actor and weighted edges', async () => {
    const { status, type, body } = await get('/export/graph.graphml');
    expect(status).toBe(200);
    expect(type).toMatch(/graphml\+xml/);
    const g = graphmlModule.parse(Graph as never, body);
    expect(g.order).toBe(counts.actors);
    expect(names(g, 'name')).toContain('Joe Biden');
    expect(g.someEdge((_, a) => a.kind === 'ACCUSATION' && a.weight >= 1)).toBe(true);
  });

  it('graph.gexf parses as GEXF with labelled actors sized by statements', async () => {
    const { status, body } = await get('/export/graph.gexf');
    expect(status).toBe(200);
    const g = gexfModule.parse(Graph as never, body);
    expect(g.order).toBe(counts.actors);
    expect(names(g, 'label')).toContain('Joe Biden');
    const biden = g.findNode((_, a) => a.label === 'Joe Biden')!;
    const statements = g.getNodeAttribute(biden, 'statements') as number;
    expect(statements).toBeGreaterThanOrEqual(4);
    expect(g.getNodeAttribute(biden, 'size')).toBeCloseTo(1 + Math.sqrt(statements));
  });

  it('graph.json imports back into graphology', async () => {
    const { body } = await get('/export/graph.json');
    const g = new MultiDirectedGraph();
    g.import(JSON.parse(body));
    expect(g.order).toBe(counts.actors);
    expect(g.size).toBe(seed.deps.analytics.graph.size);
  });

  it('statements.csv has a header and one RFC 4180 row per statement', async () => {
    const { status, type, body } = await get('/export/statements.csv');
    expect(status).toBe(200);
    expect(type).toMatch(/text\/csv/);
    expect(body.split('\r\n')[0]).toBe('id,speaker,kind,target,content,article,url,date');
    const rows = parseCsv(body, { columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(counts.statements);
    expect(new Set(rows.map((r) => r.id)).size).toBe(counts.statements);
    expect(rows.filter((r) => r.speaker === 'Joe Biden').length).toBeGreaterThanOrEqual(4);
    expect(rows.every((r) => r.content.length > 0 && r.article.startsWith('Ukraine: The White House'))).toBe(true);
  });

  it('actors.csv lists every actor with counts', async () => {
    const rows = parseCsv((await get('/export/actors.csv')).body, { columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(counts.actors);
    expect(Number(rows.find((r) => r.name === 'Joe Biden')!.statements)).toBeGreaterThanOrEqual(4);
  });

  it('answers 404 naming the exports for an unknown one', async () => {
    const { status, body } = await get('/export/graph.xlsx');
    expect(status).toBe(404);
    expect(body).toContain('statements.csv');
  });
});
