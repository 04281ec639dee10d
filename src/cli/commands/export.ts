// `whosaid export --format graphml|gexf|json|csv|actors-csv --out FILE`: the same exports the
// server offers under /export, written from the store to a file (csv = one row per statement).

import type { Command } from 'commander';
import { loadConfig } from '../../config.js';
import { WhosaidError } from '../../errors.js';
import { CLI_FORMATS } from '../../export/formats.js';
import { writeExportFile } from '../../export/write-file.js';
import { neo4jTarget } from '../../app/neo4j-target.js';
import { AnalyticsService } from '../../graph/AnalyticsService.js';
import { openDriver } from '../../store/driver.js';
import { Store } from '../../store/Store.js';

const TIMEOUT_MS = 120_000;

/** Registers `whosaid export`. */
export function register(program: Command): void {
  program
    .command('export')
    .description('Write the graph (GraphML, GEXF, JSON) or the statements (CSV) to a file')
    .requiredOption('--format <format>', `one of ${Object.keys(CLI_FORMATS).join(', ')}`)
    .requiredOption('--out <file>', 'file to write (replaced if it exists)')
    .action(async (opts: { format: string; out: string }) => {
      const name = CLI_FORMATS[opts.format];
      if (!name) {
        throw new WhosaidError('BAD_INPUT', `export: --format ${JSON.stringify(opts.format)} is not known; use one of ${Object.keys(CLI_FORMATS).join(', ')}`);
      }
      const config = loadConfig();
      const target = await neo4jTarget(config, false);
      const driver = await openDriver({ uri: target.uri, user: config.neo4jUser, password: config.neo4jPassword });
      try {
        const store = new Store(driver, { database: config.neo4jDatabase, timeoutMs: TIMEOUT_MS });
        const analytics = new AnalyticsService(() => store.graphSnapshot());
        if (name !== 'statements.csv') await analytics.refresh();
        const bytes = await writeExportFile(name, { analytics, statementPage: (after, limit) => store.statementRows(after, limit) }, opts.out);
        process.stderr.write(`whosaid export: wrote ${name} (${bytes} bytes) to ${opts.out}\n`);
      } finally {
        await driver.close();
      }
    });
}
