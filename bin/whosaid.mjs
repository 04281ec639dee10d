#!/usr/bin/env node
// The `whosaid` command: runs the TypeScript CLI through tsx, so there is no build step.
import { exitWithLauncher, relaunchArgs, runRelaunched } from './launch.mjs';

let relaunch = null;
try {
  relaunch = relaunchArgs(process.argv, process.execArgv, process.env);
} catch (err) {
  process.stderr.write(`whosaid: ${err.message}\n`);
  process.exit(1);
}
if (relaunch) {
  // `serve` runs in a second Node with a larger young generation (see ./launch.mjs).
  process.exitCode = await runRelaunched(relaunch);
} else {
  exitWithLauncher();
  const { register } = await import('tsx/esm/api');
  register();
  // tsx turns on source-mapped stack traces, so every Error's stack costs a source-map lookup per
  // frame; the Neo4j driver captures one per query, which was a quarter of the server's CPU per
  // request. `serve` keeps them off unless WHOSAID_SOURCE_MAPS=1 (stacks then name tsx's output).
  if (process.argv[2] === 'serve' && process.env.WHOSAID_SOURCE_MAPS !== '1') process.setSourceMapsEnabled(false);
  // A server runs as production unless told otherwise: graphql-js's development build checks
  // every failed instanceof for a second copy of itself, a few per cent of a request's CPU.
  if (process.argv[2] === 'serve') process.env.NODE_ENV ??= 'production';
  const { main } = await import('../src/cli/main.ts');
  process.exitCode = await main(process.argv);
}
