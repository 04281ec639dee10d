// The per-request context every resolver receives: the services, request-scoped DataLoaders
// (so a list of N items costs a bounded number of queries) and whether the caller may write.

import type { Logger } from 'pino';
import type { Services } from '../app/services.js';
import type { Loaders } from './loaders.js';

export interface ApiContext {
  services: Services;
  loaders: Loaders;
  /** True when no API token is configured, or the request carried the right one. */
  canWrite: boolean;
  logger: Logger;
}
