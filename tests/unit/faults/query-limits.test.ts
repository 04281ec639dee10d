// Query limits answer as the client's fault (issue 12, item 6): a syntax error, a token-limit
// breach and the armor limits (depth, aliases, cost) are HTTP 400 with extensions.code, never 500
// and never a stack. An Apollo Server with whosaid's limits and error masking, no store needed.
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatError } from '../../../src/api/errors.js';
import { armor, LIMITS } from '../../../src/api/limits.js';
import { createLogger } from '../../../src/obs/logger.js';

const SCHEMA = 'type Query { node(first: Int): Node  list(first: Int): [Node!]! } type Node { id: ID  child(first: Int): Node  list(first: Int): [Node!]! }';
let server: ApolloServer;

beforeAll(async () => {
  const { plugins, validationRules, parseOptions } = armor();
  server = new ApolloServer({
    typeDefs: SCHEMA, resolvers: {}, plugins: plugins as ApolloServerPlugin[], validationRules, parseOptions,
    formatError: formatError(createLogger('fatal', new Writable({ write: (_c, _e, cb) => cb() }))),
    includeStacktraceInErrorResponses: false,
  });
  await server.start();
});
afterAll(async () => server?.stop());

async function post(query: string): Promise<{ status: number; body: any; text: string }> {
  const r = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: 'POST', headers: new HeaderMap([['content-type', 'application/json']]), search: '', body: { query } },
    context: async () => ({}),
  });
  const text = r.body.kind === 'complete' ? r.body.string : '';
  return { status: r.status ?? 200, body: JSON.parse(text), text };
}

describe('query limits at the API', () => {
  it.each([
    ['a syntax error', '{ node { id ', 'GRAPHQL_PARSE_FAILED'],
    ['an unknown character', '{ node { id } } \u0001', 'GRAPHQL_PARSE_FAILED'],
    ['the token limit', `{ ${Array.from({ length: LIMITS.maxTokens }, (_, i) => `a${i}: node { id }`).join(' ')} }`, 'GRAPHQL_PARSE_FAILED'],
    ['the depth limit', `{ node { ${'child { '.repeat(LIMITS.maxDepth + 2)} id ${'} '.repeat(LIMITS.maxDepth + 2)} } }`, 'GRAPHQL_VALIDATION_FAILED'],
    ['the alias limit', `{ ${Array.from({ length: LIMITS.maxAliases + 5 }, (_, i) => `a${i}: node { id }`).join(' ')} }`, 'GRAPHQL_VALIDATION_FAILED'],
    ['the cost limit', `{ list(first: 100) { list(first: 100) { list(first: 100) { list(first: 100) { id } } } } }`, 'GRAPHQL_VALIDATION_FAILED'],
    ['cyclic fragments', 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }', 'GRAPHQL_VALIDATION_FAILED'],
  ])('answers %s with 400 and its code, no stack', async (_what, query, code) => {
    const r = await post(query);
    expect(r.status).toBe(400);
    expect(r.body.errors[0].extensions.code).toBe(code);
    expect(r.text).not.toMatch(/stacktrace|\n\s+at |node_modules/);
  });

  it('still answers a query within the limits', async () => {
    const r = await post('{ node { id child { id } } }');
    expect(r.status).toBe(200);
    expect(r.body.errors).toBeUndefined();
  });
});
