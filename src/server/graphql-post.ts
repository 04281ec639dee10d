// POST /graphql without Express: the API's hot path. Express's router, body parser, content
// negotiation and ETag cost the server about a tenth of its CPU per query (bench:api profile),
// and a GraphQL POST needs none of them. This handler takes the plain case (a JSON body in
// UTF-8, no content encoding) and hands every other request to Express unchanged, so the
// answers to odd requests (gzip bodies, other charsets, form posts) stay Express's.

import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { sendJsonError } from './guards.js';

export interface GraphQLPostOptions<C extends BaseContext> {
  /** Largest body accepted, in bytes; a longer one gets 413 PAYLOAD_TOO_LARGE. */
  bodyLimit: number;
  context: (req: IncomingMessage) => Promise<C>;
  /** Answers an error the handler cannot (Apollo failing outside a query) as the server does. */
  onError: (err: unknown, res: ServerResponse) => void;
}

const JSON_TYPE = /^application\/json\s*(?:;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

/** Whether `req` is a POST to /graphql that this handler answers (else Express does). */
export function isPlainGraphQLPost(req: IncomingMessage): boolean {
  if (req.method !== 'POST') return false;
  const url = req.url ?? '';
  const q = url.indexOf('?');
  if ((q < 0 ? url : url.slice(0, q)) !== '/graphql') return false;
  const encoding = req.headers['content-encoding'];
  if (encoding !== undefined && encoding.toLowerCase() !== 'identity') return false;
  return JSON_TYPE.test(req.headers['content-type'] ?? '');
}

/** An error carrying the HTTP status and code of a body the handler refuses. */
class BodyError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) { super(message); }
}

/** The request body as text, refused past `limit` bytes (declared or received). */
function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length']);
  const tooLarge = (): BodyError => new BodyError(413, 'PAYLOAD_TOO_LARGE', `request entity too large: the limit is ${limit} bytes`);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    return Promise.reject(tooLarge());
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (c: Buffer): void => {
      size += c.length;
      if (size > limit) {
        req.off('data', onData);
        req.resume();
        reject(tooLarge());
        return;
      }
      chunks.push(c);
    };
    req.on('data', onData);
    req.on('end', () => resolve(chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks).toString('utf8')));
    // A client that goes away mid-body is no server fault: answered (to no one) as a bad request, not logged as a 500.
    req.on('error', (err) => reject(new BodyError(400, 'BAD_REQUEST', `request body not received: ${err.message}`)));
  });
}

/** Parses the body as a JSON object or array (what body-parser's strict mode accepts). */
function parseBody(text: string): unknown {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (err) {
    throw new BodyError(400, 'BAD_REQUEST', (err as Error).message.split('\n')[0]);
  }
  if (body === null || typeof body !== 'object') throw new BodyError(400, 'BAD_REQUEST', 'the body must be a JSON object');
  return body;
}

/** The handler for a request `isPlainGraphQLPost` accepts. */
export function graphqlPost<C extends BaseContext>(apollo: ApolloServer<C>, o: GraphQLPostOptions<C>): (req: IncomingMessage, res: ServerResponse) => void {
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let body: unknown;
    try {
      body = parseBody(await readBody(req, o.bodyLimit));
    } catch (err) {
      if (!(err instanceof BodyError)) throw err;
      sendJsonError(res, err.status, err.message, err.code, err.status === 413);
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = req.url ?? '';
    const q = url.indexOf('?');
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: q < 0 ? '' : url.slice(q), body },
      context: () => o.context(req),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.setHeader('content-length', Buffer.byteLength(response.body.string));
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
  return (req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (res.headersSent) res.destroy();
      else o.onError(err, res);
    });
  };
}
