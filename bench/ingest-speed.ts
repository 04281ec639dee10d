// Ingest speed against its floor, in one run on one fresh Neo4j: whosaid's ingest (load, extract
// on worker threads, batched writes) vs extract alone + a plain UNWIND writer over the same
// extractions; and an unchanged re-ingest vs extract alone. Prints min / median / max of each.
// Run: `npm run bench:ingest -- [dir] [--articles N] [--repeats R] [--batch B] [--workers W] [--batch-sizes 25,50,100,200]`
// (without a dir, N synthetic articles from `whosaid generate`'s generator, seed 1).

import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAll } from '../loaders/index.js';
import { extract } from '../src/extract/index.js';
import type { RawArticle } from '../src/extract/types.js';
import { defaultWorkers, ingestArticles, INGEST_DEFAULTS } from '../src/app/ingest-files.js';
import { writeSynthCorpus } from '../src/cli/commands/generate.js';
import { benchStore, spread, timed } from './bench-store.js';
import { plainWrite } from './plain-writer.js';

const TARGET_FRESH = 1.4;
const TARGET_UNCHANGED = 1.2;

function args(argv: string[]) {
  const o = { dir: null as string | null, articles: 2000, repeats: 3, batch: INGEST_DEFAULTS.batchSize as number, workers: defaultWorkers(availableParallelism()), sizes: [] as number[] };
  for (let i = 0; i < argv.length; i++) {
    const num = (): number => {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 0) throw new Error(`bench:ingest: ${argv[i - 1]} needs a whole number, got ${argv[i]}`);
      return n;
    };
    if (argv[i] === '--articles') o.articles = num();
    else if (argv[i] === '--repeats') o.repeats = Math.max(1, num());
    else if (argv[i] === '--batch') o.batch = Math.max(1, num());
    else if (argv[i] === '--workers') o.workers = num();
    else if (argv[i] === '--batch-sizes') o.sizes = argv[++i].split(',').map(Number).filter((n) => n > 0);
    else o.dir = argv[i];
  }
  return o;
}

const o = args(process.argv.slice(2));
let tmp: string | null = null;
if (o.dir === null) {
  tmp = mkdtempSync(join(tmpdir(), 'whosaid-bench-'));
  writeSynthCorpus(tmp, o.articles, 1);
}
const dir = o.dir ?? tmp!;
const load = async (): Promise<RawArticle[]> =>
  (await loadAll([dir])).flatMap((e) => (e.kind === 'article' ? [e.article] : [])).slice(0, o.articles);

const store = await benchStore();
const pipeline = store.built.deps.services.pipeline;
const whosaid = async (batchSize: number, workers: number): Promise<number> => {
  let n = 0;
  await ingestArticles(pipeline, await load(), { batchSize, workers }, (r) => { n += r.length; });
  return n;
};
try {
  const articles = (await load()).length;
  console.log(`bench:ingest — ${articles} articles from ${o.dir ?? `synthetic corpus (seed 1) in ${dir}`}`);
  console.log(`node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Neo4j attached; whosaid: ${o.workers} extraction workers, ${o.batch} articles per transaction\n`);
  await whosaid(o.batch, o.workers); // warm-up: JIT, Neo4j page cache and query plans
  for (const size of o.sizes) {
    await store.clear();
    const t = await timed(() => whosaid(size, o.workers));
    console.log(`batch size ${String(size).padStart(4)}: fresh ingest ${t.seconds.toFixed(2)} s (${(articles / t.seconds).toFixed(0)} articles/s)`);
  }
  const rows = { extract: [] as number[], plain: [] as number[], fresh: [] as number[], unchanged: [] as number[] };
  for (let r = 0; r < o.repeats; r++) {
    const ex = await timed(async () => (await load()).map((a) => extract(a)));
    await store.clear();
    const pw = await timed(() => plainWrite(store.driver, ex.value));
    await store.clear();
    const fresh = await timed(() => whosaid(o.batch, o.workers));
    const again = await timed(() => whosaid(o.batch, o.workers));
    rows.extract.push(ex.seconds);
    rows.plain.push(pw.seconds);
    rows.fresh.push(fresh.seconds);
    rows.unchanged.push(again.seconds);
    console.log(`run ${r + 1}: extract ${ex.seconds.toFixed(2)} s, plain writer ${pw.seconds.toFixed(2)} s, whosaid ingest ${fresh.seconds.toFixed(2)} s, unchanged re-ingest ${again.seconds.toFixed(2)} s`);
  }
  const floor = rows.extract.map((e, i) => e + rows.plain[i]);
  const ratioFresh = rows.fresh.map((f, i) => f / floor[i]);
  const ratioAgain = rows.unchanged.map((u, i) => u / rows.extract[i]);
  console.log(`\nseconds, min / median / max over ${o.repeats} runs`);
  console.log(`  extract alone (1 thread)            ${spread(rows.extract).text}`);
  console.log(`  plain UNWIND writer (200/tx)        ${spread(rows.plain).text}`);
  console.log(`  extract + plain writer (baseline)   ${spread(floor).text}`);
  console.log(`  whosaid ingest, fresh store         ${spread(rows.fresh).text}  (${(articles / spread(rows.fresh).median).toFixed(0)} articles/s)`);
  console.log(`  whosaid ingest again, unchanged     ${spread(rows.unchanged).text}`);
  const f = spread(ratioFresh);
  const u = spread(ratioAgain);
  console.log(`\nfresh ingest / (extract + plain writer): ${f.text} — target ≤ ${TARGET_FRESH}: ${f.median <= TARGET_FRESH ? 'met' : 'NOT met'} (median)`);
  console.log(`unchanged re-ingest / extract alone:      ${u.text} — target ≤ ${TARGET_UNCHANGED}: ${u.median <= TARGET_UNCHANGED ? 'met' : 'NOT met'} (median)`);
} finally {
  await store.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}
