// The HTTP listener: the few lines that bind a port. Refuses a non-loopback host without an
// API token unless the caller says the exposure is intended.

import { createServer, type RequestListener, type Server } from 'node:http';
import { WhosaidError } from '../errors.js';
import { isLoopback } from './auth.js';

export interface ListenOptions { host: string; port: number; apiToken: string | null; insecure: boolean }

/** Checks the bind address against the token rule; throws CONFIG with the way out. */
export function checkExposure(o: ListenOptions): void {
  if (!isLoopback(o.host) && o.apiToken === null && !o.insecure) {
    throw new WhosaidError('CONFIG', `serve: refusing to listen on ${o.host} without WHOSAID_API_TOKEN (anyone could write); set a token or pass --insecure`);
  }
}

/** Listens and resolves with the server and its URL once bound. */
export function listen(app: RequestListener, o: ListenOptions): Promise<{ server: Server; url: string }> {
  checkExposure(o);
  return new Promise((resolve, reject) => {
    const server = createServer(app);
    server.listen(o.port, o.host, () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : o.port;
      const host = o.host.includes(':') ? `[${o.host}]` : o.host;
      resolve({ server, url: `http://${host}:${port}/graphql` });
    });
    server.on('error', (err) => reject(new WhosaidError('CONFIG', `serve: cannot listen on ${o.host}:${o.port}: ${err.message}`, { cause: err })));
  });
}
