// Query limits: depth, cost, aliases, directives and tokens (graphql-armor), plus the
// numbers the server enforces around them. One DEFAULTS object, overridable in tests.

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

/** Apollo plugins and validation rules enforcing the limits (introspection is exempt from depth). */
export function armor(limits: Limits = LIMITS) {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    costLimit: { maxCost: limits.maxCost, ignoreIntrospection: true },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    maxTokens: { n: limits.maxTokens },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  return { plugins, validationRules };
}
