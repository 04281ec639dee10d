// An Apollo Server plugin timing every GraphQL operation into the metrics, by operation name.

import type { ApolloServerPlugin } from '@apollo/server';
import type { Metrics } from './Metrics.js';

/** Observes each request from start to response; a response with errors counts as "error". */
export function apolloMetricsPlugin(metrics: Metrics): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, response }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const ok = response.body.kind !== 'single' || !response.body.singleResult.errors?.length;
          metrics.observeGraphql(operationName, seconds, ok);
        },
      };
    },
  };
}
