// What the extra routes use of the server's dependencies: a narrow view of ServerDeps, so each
// route states its needs and tests can see what a route touches.

import type { ServerDeps } from '../deps.js';

export type RouteDeps = Pick<ServerDeps, 'store' | 'analytics' | 'metrics' | 'logger'>;
