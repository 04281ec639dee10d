// Which requests the Express-free /graphql handler takes: only a plain JSON POST; anything with
// a content encoding, another charset or another path stays with Express and its body parser.
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { isPlainGraphQLPost } from '../../../src/server/graphql-post.js';

const req = (method: string, url: string, headers: Record<string, string>): IncomingMessage =>
  ({ method, url, headers }) as unknown as IncomingMessage;

describe('isPlainGraphQLPost', () => {
  it.each([
    ['POST', '/graphql', { 'content-type': 'application/json' }],
    ['POST', '/graphql?x=1', { 'content-type': 'application/json; charset=utf-8' }],
    ['POST', '/graphql', { 'content-type': 'Application/JSON; charset="UTF-8"', 'content-encoding': 'identity' }],
  ])('takes %s %s %j', (method, url, headers) => {
    expect(isPlainGraphQLPost(req(method, url, headers))).toBe(true);
  });

  it.each([
    ['GET', '/graphql', { 'content-type': 'application/json' }],
    ['POST', '/graphql/', { 'content-type': 'application/json' }],
    ['POST', '/health', { 'content-type': 'application/json' }],
    ['POST', '/graphql', { 'content-type': 'application/json', 'content-encoding': 'gzip' }],
    ['POST', '/graphql', { 'content-type': 'application/json; charset=utf-16' }],
    ['POST', '/graphql', { 'content-type': 'application/graphql-response+json' }],
    ['POST', '/graphql', { 'content-type': 'text/plain' }],
    ['POST', '/graphql', {}],
  ])('leaves %s %s %j to Express', (method, url, headers) => {
    expect(isPlainGraphQLPost(req(method, url, headers))).toBe(false);
  });
});
