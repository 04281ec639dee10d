// Server composition: Apollo Server at /graphql (with the offline playground) and the extra
// routes from ./routes. Every request is logged and its Host checked first; a plain JSON POST to
// /graphql then goes straight to Apollo (./graphql-post.ts), and everything else to Express.
// Returns the request listener and Apollo; listening is left to the caller (see ./listen.ts) so
// tests can pick their own port.

import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
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
import { graphqlPost, isPlainGraphQLPost } from './graphql-post.js';
import { answerError, hostCheck, jsonErrors, refuseHost } from './guards.js';

const SCHEMA_PATH = fileURLToPath(new URL('../../schema.graphql', import.meta.url));

/** Builds the request listener serving /graphql and the extra routes; stop `apollo` on shutdown. */
export async function createApp(deps: ServerDeps): Promise<{ app: RequestListener; apollo: ApolloServer<ApiContext> }> {
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

  const context = async (req: IncomingMessage): Promise<ApiContext> => ({
    services: deps.services,
    loaders: createLoaders(deps.store),
    canWrite: canWrite(deps.config.apiToken, req.headers.authorization),
    logger: deps.logger,
  });
  const routes = express();
  routes.disable('x-powered-by');
  routes.use('/graphql', express.json({ limit: LIMITS.bodyLimit }), expressMiddleware(apollo, { context: async ({ req }) => context(req) }));
  for (const route of extraRoutes) routes.use(route(deps));
  routes.use(jsonErrors(deps.logger));

  const log = httpLogger(deps.logger);
  const refused = hostCheck(deps.config.host, deps.config.allowedHosts);
  const post = graphqlPost(apollo, { bodyLimit: LIMITS.bodyLimit, context, onError: (err, res) => answerError(deps.logger, err, res) });
  const app = (req: IncomingMessage, res: ServerResponse): void => {
    log(req, res);
    const host = refused(req.headers.host);
    if (host !== null) refuseHost(res, host);
    else if (isPlainGraphQLPost(req)) post(req, res);
    else void routes(req, res);
  };
  return { app, apollo };
}
