// Ingest and query speed as the store grows: synthetic articles (one seeded corpus, cast sized
// for the last step) ingested step by step into one fresh Neo4j, 1k → 10k → 100k by default.
// Per step: ingest articles/s over the step and over its last 1,000 articles (the per-article
// cost at that size), p50 of the README's tour queries through GraphQL, and the memory of the
// in-memory analytics copy (actor graph + statement facts) per 100k actors.
// Run: `npm run bench:scale -- [--steps 1000,10000,100000] [--reps 20]` (node --expose-gc for memory).

import { availableParallelism } from 'node:os';
import { articleFromRecord } from '../loaders/record.js';
import { defaultWorkers, ingestArticles, INGEST_DEFAULTS } from '../src/app/ingest-files.js';
import { buildActorGraph } from '../src/graph/actor-graph.js';
import { ScopedViews } from '../src/graph/scoped-view.js';
import { createApp } from '../src/server/app.js';
import { listen } from '../src/server/listen.js';
import { person } from '../src/synth/cast.js';
import { synthCorpus } from '../src/synth/index.js';
import { benchStore, spread } from './bench-store.js';

const TARGET_GROWTH = 1.3;
const fmt = (ms: number[]): string => { const x = spread(ms); return `${x.min.toFixed(0)} / ${x.median.toFixed(0)} / ${x.max.toFixed(0)}`; };
const MARGINAL = 1_000;

function args(argv: string[]) {
  const o = { steps: [1_000, 10_000, 100_000], reps: 20 };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--steps') o.steps = argv[++i].split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0).sort((a, b) => a - b);
    else if (argv[i] === '--reps') o.reps = Math.max(1, Number(argv[++i]));
    else throw new Error(`bench:scale: unknown argument ${argv[i]}`);
  }
  return o;
}

const o = args(process.argv.slice(2));
const total = o.steps[o.steps.length - 1];
const star = person(0);
const TOUR: Record<string, string> = {
  'actor said': `{ actor(name: "${star.first} ${star.surname}") { name said(first: 10) { totalCount edges { node { kind cue content target { name } } } } } }`,
  'statements by kind': '{ statements(where: { kind: ACCUSATION }) { edges { node { speaker { name } target { name } content } } } }',
  'outlet relayed': '{ actor(name: "Daily Ledger") { relayed { edges { node { speaker { name type } cue content } } } } }',
  'search': '{ search(text: "pipeline") { __typename ... on Statement { content speaker { name } } } }',
  'merges': '{ merges { edges { node { localName reason candidates actor { name } } } } }',
};

const store = await benchStore();
const deps = store.built.deps;
const { app } = await createApp(deps);
const { server, url } = await listen(app, { host: '127.0.0.1', port: 0, apiToken: null, insecure: false });
const gql = async (query: string): Promise<void> => {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await res.json()) as { errors?: unknown };
  if (body.errors) throw new Error(`bench:scale: ${query} failed: ${JSON.stringify(body.errors)}`);
};
const gc = (globalThis as { gc?: () => void }).gc;
const workers = defaultWorkers(availableParallelism());
console.log(`bench:scale — synthetic corpus, seed 1, cast for ${total} articles; ${availableParallelism()} cores, ${workers} workers, ${INGEST_DEFAULTS.batchSize} articles per transaction\n`);

const articles = synthCorpus(total + 3 * o.steps.length, 1);
let stored = 0;
const rates: { step: number; perArticleMs: number }[] = [];
try {
  for (const step of o.steps) {
    const t0 = performance.now();
    let tMarginal = t0;
    while (stored < step) {
      const chunk: ReturnType<typeof articleFromRecord>[] = [];
      const end = Math.min(step, stored + MARGINAL);
      while (stored + chunk.length < end) chunk.push(articleFromRecord(articles.next().value!, `synth #${stored + chunk.length}`));
      if (end === step) tMarginal = performance.now();
      await ingestArticles(deps.services.pipeline, chunk, { batchSize: INGEST_DEFAULTS.batchSize, workers }, () => undefined);
      stored = end;
    }
    const now = performance.now();
    const last = Math.min(MARGINAL, step);
    const perArticleMs = (now - tMarginal) / last;
    rates.push({ step, perArticleMs });
    const counts = await deps.store.counts();
    const p50: string[] = [];
    for (const [name, q] of Object.entries(TOUR)) {
      await gql(q);
      const ms: number[] = [];
      for (let r = 0; r < o.reps; r++) {
        const t = performance.now();
        await gql(q);
        ms.push(performance.now() - t);
      }
      p50.push(`${name} ${spread(ms).median.toFixed(1)} ms`);
    }
    // Freshness cost at this size: a whole re-read and rebuild of the analytics copy (the first
    // load, or a refresh after a large change), and the incremental refresh a running server does
    // after one more article is ingested (that article's facts and the deletions since, then the
    // built graph patched in place), with the first answer after it.
    const wholeMs: number[] = [];
    const refreshMs: number[] = [];
    const firstMs: number[] = [];
    const ANALYTICS = '{ analytics { version topSpeakers(first: 10) { actor { name } count } kindBreakdown { kind count } } }';
    for (let r = 0; r < 3; r++) {
      let t = performance.now();
      new ScopedViews(await deps.store.graphSnapshot()).get({});
      wholeMs.push(performance.now() - t);
      await deps.analytics.ensureFresh();
      await gql(ANALYTICS); // a dashboard was answered at this version: its graph is built
      await ingestArticles(deps.services.pipeline, [articleFromRecord(articles.next().value!, `synth #${stored}`)], { batchSize: 1, workers: 0 }, () => undefined);
      stored++;
      t = performance.now();
      await deps.analytics.refresh();
      refreshMs.push(performance.now() - t);
      const t2 = performance.now();
      await gql(ANALYTICS);
      firstMs.push(performance.now() - t2);
    }
    const analyticsMs: number[] = [];
    for (let r = 0; r < o.reps; r++) {
      const t = performance.now();
      await gql(ANALYTICS);
      analyticsMs.push(performance.now() - t);
    }
    gc?.();
    const h0 = process.memoryUsage().heapUsed;
    const snapshot = await deps.store.graphSnapshot();
    const copy = { graph: buildActorGraph(snapshot), statements: snapshot.statements };
    gc?.();
    const bytes = process.memoryUsage().heapUsed - h0;
    const actors = copy.graph.order;
    console.log(`${String(step).padStart(7)} articles stored (${JSON.stringify(counts)})`);
    console.log(`  ingest: ${((step - (rates.length > 1 ? o.steps[rates.length - 2] : 0)) / ((now - t0) / 1000)).toFixed(0)} articles/s over the step, ${(1000 / perArticleMs).toFixed(0)} articles/s (${perArticleMs.toFixed(2)} ms/article) over its last ${last}`);
    console.log(`  tour p50 (${o.reps} runs, one connection): ${p50.join(', ')}`);
    console.log(`  analytics, min/median/max of 3: whole re-read and rebuild ${fmt(wholeMs)} ms; incremental refresh after one more article ${fmt(refreshMs)} ms, first answer after it ${fmt(firstMs)} ms; cached answer p50 ${spread(analyticsMs).median.toFixed(1)} ms`);
    console.log(`  analytics copy: ${actors} actors, ${copy.statements.length} statements, ${(bytes / 1e6).toFixed(0)} MB heap${gc ? '' : ' (no --expose-gc: rough)'} = ${((bytes / 1e6) * (100_000 / Math.max(1, actors))).toFixed(0)} MB per 100k actors`);
  }
  const at = (n: number) => rates.find((r) => r.step === n);
  if (at(10_000) && at(100_000)) {
    const growth = at(100_000)!.perArticleMs / at(10_000)!.perArticleMs;
    console.log(`\nper-article ingest cost 10k → 100k stored: ×${growth.toFixed(2)} — target ≤ ${TARGET_GROWTH}: ${growth <= TARGET_GROWTH ? 'met' : 'NOT met'}`);
  } else if (rates.length >= 2) {
    const [a, b] = rates.slice(-2);
    console.log(`\nper-article ingest cost ${a.step} → ${b.step} stored: ×${(b.perArticleMs / a.perArticleMs).toFixed(2)}`);
  }
} finally {
  server.close();
  await store.close();
}
