// Query limits: depth, cost, aliases, directives and tokens (graphql-armor), plus the
// numbers the server enforces around them. One DEFAULTS object, overridable in tests.

import { ApolloArmor } from '@escape.tech/graphql-armor';

export const LIMITS = Object.freeze({
  maxDepth: 10,
  maxCost: 20_000,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 2000,
  /** Request body limit in bytes, on /graphql. */
  bodyLimit: 2 * 1024 * 1024,
  /** Neo4j transaction timeout for API queries. */
  transactionTimeoutMs: 15_000,
});

export type Limits = typeof LIMITS;

/**
 * Apollo plugins, validation rules and parse options enforcing the limits (introspection is
 * exempt from depth). Over-limit and syntax errors are the client's: HTTP 400 with their code.
 */
export function armor(limits: Limits = LIMITS) {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    costLimit: { maxCost: limits.maxCost, ignoreIntrospection: true },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    // Tokens are counted by Apollo's own parser (parseOptions below): armor's token plugin parses
    // in a plugin hook, where any syntax error, its own included, became an HTTP 500.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  return { plugins, validationRules, parseOptions: { maxTokens: limits.maxTokens } };
}
