// Server composition: express + Apollo Server at /graphql (with the offline playground),
// plus the extra routes from ./routes. Returns the app and a stop function; listening is
// left to the caller (see ./listen.ts) so tests can pick their own port.

import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createLoaders } from '../api/loaders.js';
import type { ApiContext } from '../api/context.js';
import { formatError } from '../api/errors.js';
import { armor, LIMITS } from '../api/limits.js';
import { playgroundPlugin } from '../api/playground.js';
import { responseCachePlugins } from '../api/response-cache.js';
import { resolvers } from '../api/resolvers/index.js';
import { apolloMetricsPlugin } from '../obs/apollo-metrics.js';
import { httpLogger } from '../obs/logger.js';
import { canWrite } from './auth.js';
import type { ServerDeps } from './deps.js';
import { extraRoutes } from './routes/index.js';
import { hostGuard, jsonErrors } from './guards.js';

const SCHEMA_PATH = fileURLToPath(new URL('../../schema.graphql', import.meta.url));

/** Builds the express app serving /graphql and the extra routes; call stop() on shutdown. */
export async function createApp(deps: ServerDeps): Promise<{ app: Express; apollo: ApolloServer<ApiContext> }> {
  const { plugins, validationRules, parseOptions } = armor();
  const apollo = new ApolloServer<ApiContext>({
    typeDefs: readFileSync(SCHEMA_PATH, 'utf8'),
    resolvers: resolvers as never,
    plugins: [
      ...plugins, apolloMetricsPlugin(deps.metrics), playgroundPlugin('/graphql'),
      // Without the response cache, nothing reads cache hints: Apollo's default cache-control
      // plugin would still wrap every resolver to compute them.
      ...(deps.responseVersion ? responseCachePlugins(deps.responseVersion) : [ApolloServerPluginCacheControlDisabled()]),
    ] as ApolloServerPlugin<ApiContext>[],
    validationRules,
    parseOptions,
    formatError: formatError(deps.logger),
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    introspection: true,
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.use(hostGuard(deps.config.host, deps.config.allowedHosts));
  app.use(httpLogger(deps.logger));
  app.use(
    '/graphql',
    express.json({ limit: LIMITS.bodyLimit }),
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<ApiContext> => ({
        services: deps.services,
        loaders: createLoaders(deps.store),
        canWrite: canWrite(deps.config.apiToken, req.headers.authorization),
        logger: deps.logger,
      }),
    }),
  );
  for (const route of extraRoutes) app.use(route(deps));
  app.use(jsonErrors(deps.logger));
  return { app, apollo };
}
