// A TCP relay in front of the test Neo4j that a test can cut: after `blackhole()` open
// connections drop and new ones are accepted but never answered, as a hung or unreachable
// Neo4j looks to the driver; after `refuse()` every connection is reset, as a stopped Neo4j
// looks; `restore()` relays again, as a Neo4j that came back.

import net from 'node:net';

export interface BoltProxy {
  /** bolt:// URI of the relay. */
  uri: string;
  blackhole(): void;
  refuse(): void;
  restore(): void;
  close(): Promise<void>;
}

/** Starts a relay on a free loopback port forwarding to `target` (a bolt:// or neo4j:// URI). */
export async function startBoltProxy(target: string): Promise<BoltProxy> {
  const { hostname, port } = new URL(target.replace(/^[a-z+]+:/, 'http:'));
  const sockets = new Set<net.Socket>();
  let cut = false;
  let refusing = false;
  const server = net.createServer((client) => {
    client.on('error', () => {});
    if (refusing) return void client.resetAndDestroy();
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
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
    refuse() {
      refusing = true;
      for (const s of sockets) s.destroy();
    },
    restore() {
      cut = false;
      refusing = false;
    },
    close: () => {
      for (const s of sockets) s.destroy();
      return new Promise((r) => server.close(() => r()));
    },
  };
}
