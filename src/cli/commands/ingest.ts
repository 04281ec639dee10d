// `whosaid ingest <file|dir>...`: loaders → extraction on worker threads → store in batches, with
// a progress bar (articles/s, ETA), ending with a summary (ingested, unchanged, rejected with
// reasons); exits 1 if anything was rejected.

import { availableParallelism } from 'node:os';
import { SingleBar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { buildApp } from '../../app/build.js';
import { defaultWorkers, formatSummary, ingestFiles, INGEST_DEFAULTS, type Progress } from '../../app/ingest-files.js';
import { neo4jTarget } from '../../app/neo4j-target.js';
import { WhosaidError } from '../../errors.js';
import { createLogger, prettyLogs } from '../../obs/logger.js';

function progressBar(): Progress {
  const bar = new SingleBar({
    format: 'ingest [{bar}] {value}/{total} | {rate} articles/s | ETA {eta_formatted} | {origin}',
    stream: process.stderr, hideCursor: true, noTTYOutput: false, etaBuffer: 500,
  }, Presets.shades_classic);
  let started = 0;
  let done = 0;
  return {
    start: (total) => { started = performance.now(); bar.start(total, 0, { origin: '', rate: '0' }); },
    tick: (origin, count = 1) => {
      done += count;
      const rate = done / Math.max(1e-3, (performance.now() - started) / 1000);
      bar.increment(count, { origin: origin.length > 40 ? `…${origin.slice(-39)}` : origin, rate: rate.toFixed(0) });
    },
    stop: () => bar.stop(),
  };
}

function count(name: string, raw: string | undefined, fallback: number, min: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new WhosaidError('BAD_INPUT', `ingest: --${name} must be an integer ≥ ${min}, got ${JSON.stringify(raw)}`);
  return n;
}

/** Registers `whosaid ingest`. */
export function register(program: Command): void {
  program
    .command('ingest')
    .description('Extract who-said-what from articles (.txt, .html, .json, .ndjson files or directories) into the graph')
    .argument('<paths...>', 'files or directories')
    .option('--with-db', 'start whosaid\'s own Neo4j for this run when NEO4J_URI is unset and `whosaid db start` is not running')
    .option('--quiet', 'no progress bar')
    .option('--workers <n>', 'extraction worker threads (0: on the main thread, between writes); default: cores - 1 from 4 cores, else 0')
    .option('--batch <n>', `articles per write transaction (default ${INGEST_DEFAULTS.batchSize})`)
    .action(async (paths: string[], flags: { withDb?: boolean; quiet?: boolean; workers?: string; batch?: string }) => {
      const options = {
        workers: count('workers', flags.workers, defaultWorkers(availableParallelism()), 0),
        batchSize: count('batch', flags.batch, INGEST_DEFAULTS.batchSize, 1),
      };
      const config = loadConfig();
      const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, process.stderr, { pretty: prettyLogs(config.logFormat, process.stderr) });
      const target = await neo4jTarget(config, flags.withDb ?? false);
      try {
        const built = await buildApp({ config, logger, uri: target.uri, analytics: false, defaultMetrics: false });
        try {
          const progress = flags.quiet || !process.stderr.isTTY ? undefined : progressBar();
          const summary = await ingestFiles(built.deps.services.pipeline, paths, progress, { ...options, maxArticleBytes: config.maxArticleBytes });
          process.stdout.write(formatSummary(summary));
          if (summary.rejected.length > 0) process.exitCode = 1;
        } finally {
          await built.close();
        }
      } finally {
        await target.stop();
      }
    });
}
