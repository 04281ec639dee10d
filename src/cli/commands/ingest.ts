// `whosaid ingest <file|dir>...`: loaders → extraction → store with a progress bar, ending with
// a summary (ingested, unchanged, rejected with reasons); exits 1 if anything was rejected.

import { SingleBar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { buildApp } from '../../app/build.js';
import { formatSummary, ingestFiles, type Progress } from '../../app/ingest-files.js';
import { neo4jTarget } from '../../app/neo4j-target.js';
import { createLogger } from '../../obs/logger.js';

function progressBar(): Progress {
  const bar = new SingleBar({ format: 'ingest [{bar}] {value}/{total} {origin}', stream: process.stderr, hideCursor: true, noTTYOutput: false }, Presets.shades_classic);
  return {
    start: (total) => bar.start(total, 0, { origin: '' }),
    tick: (origin) => bar.increment(1, { origin: origin.length > 50 ? `…${origin.slice(-49)}` : origin }),
    stop: () => bar.stop(),
  };
}

/** Registers `whosaid ingest`. */
export function register(program: Command): void {
  program
    .command('ingest')
    .description('Extract who-said-what from articles (.txt, .html, .json, .ndjson files or directories) into the graph')
    .argument('<paths...>', 'files or directories')
    .option('--with-db', 'start whosaid\'s own Neo4j for this run when NEO4J_URI is unset and `whosaid db start` is not running')
    .option('--quiet', 'no progress bar')
    .action(async (paths: string[], flags: { withDb?: boolean; quiet?: boolean }) => {
      const config = loadConfig();
      const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, process.stderr, config.logFormat);
      const target = await neo4jTarget(config, flags.withDb ?? false);
      try {
        const built = await buildApp({ config, logger, uri: target.uri, analytics: false, defaultMetrics: false });
        try {
          const summary = await ingestFiles(built.deps.services.pipeline, paths, flags.quiet || !process.stderr.isTTY ? undefined : progressBar(), { maxArticleBytes: config.maxArticleBytes });
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
