// Bundles the browser pages' code (the explorer: sigma, graphology and ours; the dashboard:
// ECharts and ours) with esbuild into memory, once per server start; whosaid serves the result itself.

import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ENTRY = fileURLToPath(new URL('./client/main.ts', import.meta.url));

/** One browser entry point bundled with everything it imports into a minified ES module. */
export async function bundleBrowserEntry(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** The minified ES module for /explore/app.js. */
export function bundleExplorer(): Promise<string> {
  return bundleBrowserEntry(ENTRY);
}
