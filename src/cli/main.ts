// The command line: one commander program, one module per command under ./commands.
// Each command module exports `register(program)`; a command sets process.exitCode itself
// when it fails (a batch with rejections exits non-zero), and errors with a code print cleanly.

import { Command } from 'commander';
import { isWhosaidError } from '../errors.js';
import { register as registerDb } from './commands/db.js';
import { register as registerExtract } from './commands/extract.js';
import { register as registerIngest } from './commands/ingest.js';
import { register as registerServe } from './commands/serve.js';
import { register as registerExport } from './commands/export.js';
import { register as registerEval } from './commands/eval.js';
import { register as registerTrain } from './commands/train.js';
import { register as registerGenerate } from './commands/generate.js';

export function buildProgram(): Command {
  const program = new Command('whosaid')
    .description('Build a who-said-what knowledge graph from news articles and serve it over GraphQL')
    .showHelpAfterError();
  for (const register of [registerDb, registerExtract, registerIngest, registerServe, registerExport, registerEval, registerTrain, registerGenerate]) {
    register(program);
  }
  return program;
}

/** Runs the CLI with argv as node passes it; resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (isWhosaidError(err)) {
      process.stderr.write(`whosaid: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}
