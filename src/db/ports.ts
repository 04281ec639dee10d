// Picks a loopback port for Bolt: the preferred one when free, else the next free one.

import net from 'node:net';
import { WhosaidError } from '../errors.js';

export const LOOPBACK = '127.0.0.1';

/** Resolves true when a server can listen on host:port right now. */
export function isPortFree(port: number, host = LOOPBACK): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** A port the OS reports free (it may be taken again before it is used). */
export function anyFreePort(host = LOOPBACK): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen({ port: 0, host }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Returns `preferred` if free, else the first free port among the next `attempts - 1`;
 * preferred 0 asks the OS for any free port. Throws MISSING_PREREQUISITE when none is free.
 */
export async function pickPort(preferred: number, attempts = 20, host = LOOPBACK): Promise<number> {
  if (!Number.isInteger(preferred) || preferred < 0 || preferred > 65535) {
    throw new WhosaidError('BAD_INPUT', `db: port ${preferred} is not a port number (0-65535)`);
  }
  if (preferred === 0) return anyFreePort(host);
  const last = Math.min(65535, preferred + attempts - 1);
  for (let port = preferred; port <= last; port++) {
    if (await isPortFree(port, host)) return port;
  }
  throw new WhosaidError(
    'MISSING_PREREQUISITE',
    `db: no free port for Neo4j Bolt in ${preferred}-${last} on ${host}; stop what listens there or set NEO4J_BOLT_PORT`,
  );
}
