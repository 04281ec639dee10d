// Query limits: depth, cost, aliases and directives (graphql-armor), tokens (graphql's own parser),
// plus the numbers the server enforces around them. One DEFAULTS object, overridable in tests.

import { ApolloArmor } from '@escape.tech/graphql-armor';

export const LIMITS = Object.freeze({
  maxDepth: 10,
  maxCost: 20_000,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 2000,
  /** Request body limit for express.json. */
  bodyLimit: '2mb',
  /** Neo4j transaction timeout for API queries. */
  transactionTimeoutMs: 15_000,
});

export type Limits = typeof LIMITS;

/**
 * Apollo plugins, validation rules and parse options enforcing the limits (introspection is exempt
 * from depth). The token limit is graphql's own `parseOptions.maxTokens` rather than armor's
 * plugin: that plugin re-parses inside a plugin hook, so a syntax error or a token-limit breach
 * escaped as HTTP 500; graphql's parser makes both a GRAPHQL_PARSE_FAILED, HTTP 400.
 */
export function armor(limits: Limits = LIMITS) {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    costLimit: { maxCost: limits.maxCost, ignoreIntrospection: true },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  return { plugins, validationRules, parseOptions: { maxTokens: limits.maxTokens } };
}
