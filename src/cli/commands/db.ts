// `whosaid db start | stop | status | install`: runs whosaid's own Neo4j in the background,
// recorded under the data directory, so ingest and serve can share it across commands.

import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { WhosaidError } from '../../errors.js';
import { classArchivePath, DB_DEFAULTS, ensureClassArchive, ensureJars, neo4jStatus, neo4jVersion, startNeo4j, stopNeo4j } from '../../db/index.js';

const existsClassArchive = (version: string): boolean => existsSync(classArchivePath(version));

interface StartFlags {
  port?: string;
  dataDir?: string;
  ephemeral?: boolean;
  heap: string;
  pageCacheMb: string;
  txTimeout: string;
}

function parseIntFlag(name: string, raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new WhosaidError('BAD_INPUT', `db: --${name} ${JSON.stringify(raw)} is not a whole number`);
  return n;
}

/** Registers `whosaid db` and its subcommands. */
export function register(program: Command): void {
  const db = program.command('db').description("Run whosaid's own Neo4j (Community 5.26, embedded, loopback only)");

  db.command('start')
    .description('Start Neo4j in the background (installs its jars through Maven on first use); prints the bolt:// URI')
    .option('--port <n>', 'preferred Bolt port; the next free one is taken if busy (default NEO4J_BOLT_PORT or 7687)')
    .option('--data-dir <dir>', 'where the store, logs and pid record live (default WHOSAID_DATA_DIR or data/)')
    .option('--ephemeral', 'keep the store in a temp dir that is deleted on stop')
    .option('--heap <size>', 'JVM heap', DB_DEFAULTS.heap)
    .option('--page-cache-mb <mb>', 'Neo4j page cache in MiB', String(DB_DEFAULTS.pageCacheMb))
    .option('--tx-timeout <duration>', 'db.transaction.timeout: 30s, 5m, 500ms', DB_DEFAULTS.txTimeout)
    .action(async (flags: StartFlags) => {
      const config = loadConfig();
      const started = Date.now();
      const neo = await startNeo4j({
        dataDir: flags.dataDir ?? config.dataDir,
        port: flags.port === undefined ? config.boltPort : parseIntFlag('port', flags.port),
        ephemeral: flags.ephemeral ?? false,
        password: config.neo4jPassword,
        heap: flags.heap,
        pageCacheMb: parseIntFlag('page-cache-mb', flags.pageCacheMb),
        txTimeout: flags.txTimeout,
      });
      const how = neo.started ? `started in ${((Date.now() - started) / 1000).toFixed(1)} s` : 'already running';
      process.stderr.write(`whosaid db: Neo4j ${neo4jVersion()} ${how} (pid ${neo.pid})\n`);
      process.stdout.write(`${neo.uri}\n`);
    });

  db.command('stop')
    .description('Stop the Neo4j started by `whosaid db start` for this data directory')
    .option('--data-dir <dir>', 'data directory (default WHOSAID_DATA_DIR or data/)')
    .action(async (flags: { dataDir?: string }) => {
      const result = await stopNeo4j(flags.dataDir ?? loadConfig().dataDir);
      if (result.stopped) {
        process.stdout.write(`stopped Neo4j (pid ${result.pid}${result.killed ? ', killed after the timeout' : ''})\n`);
      } else {
        process.stdout.write(`not running: ${result.reason}\n`);
      }
    });

  db.command('status')
    .description('Say whether Neo4j runs for this data directory and where; exits 3 when it does not')
    .option('--data-dir <dir>', 'data directory (default WHOSAID_DATA_DIR or data/)')
    .option('--json', 'print the status as JSON')
    .action(async (flags: { dataDir?: string; json?: boolean }) => {
      const status = await neo4jStatus(flags.dataDir ?? loadConfig().dataDir);
      if (flags.json) process.stdout.write(`${JSON.stringify(status)}\n`);
      else if (status.state === 'running') {
        const bolt = status.boltAnswering ? 'answering' : 'NOT answering';
        process.stdout.write(`running: ${status.uri} (pid ${status.pid}, Neo4j ${status.version}, Bolt ${bolt}, store ${status.home})\n`);
      } else if (status.state === 'stale') {
        process.stdout.write(`stopped (a stale record names pid ${status.pid}, which no longer runs)\n`);
      } else process.stdout.write('stopped\n');
      if (status.state !== 'running') process.exitCode = 3;
    });

  db.command('install')
    .description('Fetch the Neo4j jars through Maven (what `start` does on first use), then record a class-data archive that makes later starts faster')
    .option('--no-class-archive', 'skip the class-data archive (a throw-away start and stop of Neo4j)')
    .action(async (flags: { classArchive: boolean }) => {
      const version = neo4jVersion();
      const installed = await ensureJars();
      process.stdout.write(installed ? `installed Neo4j ${version} jars\n` : `Neo4j ${version} jars already installed\n`);
      if (!flags.classArchive) return;
      const started = Date.now();
      const wrote = await ensureClassArchive();
      const took = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(wrote ? `recorded the class-data archive in ${took} s\n` : `class-data archive ${existsClassArchive(version) ? 'already there' : 'could not be written; Neo4j starts without it'}\n`);
    });
}
