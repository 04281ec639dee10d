// Speed of the in-memory analytics on a synthetic news-like graph (no Neo4j): building the
// actor graph from a snapshot, each analytic, the explorer layout, and streaming the exports.
// Run: `npx tsx bench/analytics-speed.ts [--actors N] [--statements M]`.

import { buildActorGraph } from '../src/graph/actor-graph.js';
import { centrality } from '../src/graph/centrality.js';
import { communities } from '../src/graph/communities.js';
import { speakerCounts } from '../src/graph/counts.js';
import { layout } from '../src/graph/layout.js';
import { network } from '../src/graph/network.js';
import { seededRandom } from '../src/graph/random.js';
import type { GraphSnapshot } from '../src/graph/snapshot.js';
import { timeline } from '../src/graph/timeline.js';
import { topSubgraph } from '../src/graph/top-subgraph.js';
import { graphmlChunks } from '../src/export/graphml.js';
import { toGexf } from '../src/export/gexf.js';
import { actorsCsv } from '../src/export/tables.js';
import { STATEMENT_KINDS } from '../src/extract/types.js';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const n = Number(process.argv[i + 1]);
  if (!Number.isInteger(n) || n < 1) throw new Error(`bench: --${name} needs a positive integer, got ${process.argv[i + 1]}`);
  return n;
}

/** A skewed graph: a few actors speak and are targeted far more often than most (as in news). */
function synthetic(actors: number, statements: number): GraphSnapshot {
  const random = seededRandom(1);
  const pick = () => `a${Math.floor(actors * random() ** 3)}`;
  return {
    actors: Array.from({ length: actors }, (_, i) => ({ id: `a${i}`, name: `Actor ${i}`, type: 'PERSON' as const })),
    statements: Array.from({ length: statements }, (_, i) => ({
      id: `s${i}`, speakerId: pick(), targetId: random() < 0.6 ? pick() : null,
      kind: STATEMENT_KINDS[Math.floor(random() * STATEMENT_KINDS.length)],
      articleId: `art${i % 5000}`, date: new Date(Date.UTC(2024, 0, 1 + (i % 365))).toISOString(), source: null,
    })),
    relations: Array.from({ length: Math.floor(actors / 2) }, () => ({ sourceId: pick(), type: 'AFFILIATED_WITH' as const, targetId: pick() })),
  };
}

function time<T>(label: string, work: () => T): T {
  const start = performance.now();
  const out = work();
  console.log(`${label.padEnd(28)} ${(performance.now() - start).toFixed(0).padStart(7)} ms`);
  return out;
}

const actors = arg('actors', 10_000);
const statements = arg('statements', 100_000);
const snapshot = synthetic(actors, statements);
console.log(`analytics bench: ${actors} actors, ${statements} statements, ${snapshot.relations.length} relations`);
const graph = time('build actor graph', () => buildActorGraph(snapshot));
console.log(`  → ${graph.order} nodes, ${graph.size} edges`);
time('topSpeakers (all kinds)', () => speakerCounts(graph));
time('centrality DEGREE', () => centrality(graph, { metric: 'DEGREE' }));
time('centrality PAGERANK', () => centrality(graph, { metric: 'PAGERANK' }));
if (actors <= 20_000) time('centrality BETWEENNESS', () => centrality(graph, { metric: 'BETWEENNESS' }));
time('communities (Louvain)', () => communities(graph));
time('timeline WEEK', () => timeline(snapshot.statements, { interval: 'WEEK' }));
time('network (minCount 2)', () => network(graph, { minCount: 2 }));
const top = time('explorer: top 300 subgraph', () => topSubgraph(graph));
time('explorer: layout (FA2, 300 it.)', () => layout(top));
time('GraphML (streamed chunks)', () => { let n = 0; for (const c of graphmlChunks(graph)) n += c.length; return n; });
time('GEXF (one string)', () => toGexf(graph).length);
time('actors.csv', () => { let n = 0; for (const c of actorsCsv(graph)) n += c.length; return n; });
console.log(`heap used: ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
