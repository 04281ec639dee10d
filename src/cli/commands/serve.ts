// `whosaid serve`: the GraphQL API and playground on PORT (default 4000). With --with-db it
// starts its own Neo4j attached to this process; --ingest loads articles before serving.
// Ctrl-C stops the server and the Neo4j it started.

import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { WhosaidError } from '../../errors.js';
import { buildApp } from '../../app/build.js';
import { formatSummary, ingestFiles } from '../../app/ingest-files.js';
import { neo4jTarget } from '../../app/neo4j-target.js';
import { createLogger, prettyLogs } from '../../obs/logger.js';
import { createApp } from '../../server/app.js';
import { checkExposure, listen } from '../../server/listen.js';

const STOP_TIMEOUT_MS = 30_000;

interface ServeFlags { withDb?: boolean; ingest?: string[]; port?: string; host?: string; insecure?: boolean; allowedHosts?: string }

function port(raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new WhosaidError('BAD_INPUT', `serve: --port ${JSON.stringify(raw)} is not a port number`);
  return n;
}

/** Registers `whosaid serve`. */
export function register(program: Command): void {
  program
    .command('serve')
    .description('Serve the GraphQL API and the offline playground at http://HOST:PORT/graphql')
    .option('--with-db', "start whosaid's own Neo4j attached to this process (unless NEO4J_URI is set)")
    .option('--ingest <paths...>', 'ingest these files or directories before serving')
    .option('--port <n>', 'port (default PORT or 4000)')
    .option('--host <host>', 'address to listen on (default HOST or 127.0.0.1)')
    .option('--allowed-hosts <names>', 'extra Host names a loopback server answers, comma-separated (default WHOSAID_ALLOWED_HOSTS)')
    .option('--insecure', 'allow a non-loopback host without WHOSAID_API_TOKEN')
    .action(async (flags: ServeFlags) => {
      const env = loadConfig();
      const config = Object.freeze({
        ...env,
        host: flags.host ?? env.host,
        allowedHosts: flags.allowedHosts ? flags.allowedHosts.split(',').map((h) => h.trim().toLowerCase()).filter(Boolean) : env.allowedHosts,
      });
      const listenOpts = { host: flags.host ?? config.host, port: port(flags.port, config.port), apiToken: config.apiToken, insecure: flags.insecure ?? false };
      checkExposure(listenOpts);
      const logger = createLogger(config.logLevel, process.stderr, { pretty: prettyLogs(config.logFormat, process.stderr), buffered: true });
      const say = (s: string): boolean => process.stdout.write(s);
      if (flags.withDb && !config.neo4jUri) say('whosaid: starting Neo4j (first run installs its jars through Maven)…\n');
      const target = await neo4jTarget(config, flags.withDb ?? false);
      let built: Awaited<ReturnType<typeof buildApp>> | null = null;
      try {
        built = await buildApp({ config, logger, uri: target.uri });
        say(`whosaid: Neo4j at ${target.uri} (${target.origin})\n`);
        if (flags.ingest?.length) {
          const summary = await ingestFiles(built.deps.services.pipeline, flags.ingest, undefined, { maxArticleBytes: config.maxArticleBytes });
          say(formatSummary(summary));
        }
        const { app, apollo } = await createApp(built.deps);
        const { server, url } = await listen(app, listenOpts);
        const b = built;
        let stopping = false;
        const shutdown = async (): Promise<void> => {
          if (stopping) return;
          stopping = true;
          say('\nwhosaid: stopping…\n');
          setTimeout(() => process.exit(1), STOP_TIMEOUT_MS).unref();
          server.closeAllConnections();
          await new Promise((r) => server.close(r));
          await apollo.stop().catch(() => undefined);
          await b.close().catch(() => undefined);
          await target.stop();
          process.exit(0);
        };
        process.on('SIGINT', shutdown);
        process.on('SIGTERM', shutdown);
        // Announced once a signal would stop it cleanly: a supervisor may signal as soon as it reads this.
        say(`whosaid: GraphQL API and playground at ${url}  (Ctrl-C to stop)\n`);
      } catch (err) {
        await built?.close();
        await target.stop();
        throw err;
      }
    });
}
