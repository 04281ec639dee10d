// The dashboard's browser code (ECharts, tree-shaken to the charts it draws, and ours) bundled
// with esbuild exactly as the explorer's is: in memory, once per server start.

import { fileURLToPath } from 'node:url';
import { bundleBrowserEntry } from '../explore/bundle.js';

const ENTRY = fileURLToPath(new URL('./client/main.ts', import.meta.url));

/** The minified ES module for /dashboard/app.js. */
export function bundleDashboard(): Promise<string> {
  return bundleBrowserEntry(ENTRY);
}
