// A TCP relay in front of the test Neo4j that a test can cut: after `blackhole()` open
// connections drop and new ones are accepted but never answered, as a hung or unreachable
// Neo4j looks to the driver.

import net from 'node:net';

export interface BoltProxy {
  /** bolt:// URI of the relay. */
  uri: string;
  blackhole(): void;
  close(): Promise<void>;
}

/** Starts a relay on a free loopback port forwarding to `target` (a bolt:// or neo4j:// URI). */
export async function startBoltProxy(target: string): Promise<BoltProxy> {
  const { hostname, port } = new URL(target.replace(/^[a-z+]+:/, 'http:'));
  const sockets = new Set<net.Socket>();
  let cut = false;
  const server = net.createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => {});
    if (cut) return;
    const upstream = net.connect(Number(port || 7687), hostname);
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address() as net.AddressInfo;
  return {
    uri: `bolt://127.0.0.1:${address.port}`,
    blackhole() {
      cut = true;
      for (const s of sockets) s.destroy();
    },
    close: () => {
      for (const s of sockets) s.destroy();
      return new Promise((r) => server.close(() => r()));
    },
  };
}
