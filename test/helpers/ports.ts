// Free ports on 127.0.0.1 chosen at run time, so several test files (--test-concurrency=2) can each
// run their own Pebble, challtestsrv, solvers, ... without colliding on fixed numbers.
import net from 'node:net';
import dgram from 'node:dgram';

export type FreePortOptions = {
  /** Also require the same number to be free on UDP (a DNS server binds both, RFC 1035 §4.2). */
  udp?: boolean;
};

function tcpPort(port = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port, exclusive: true }, () => {
      const got = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(got));
    });
  });
}

function udpFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = dgram.createSocket('udp4');
    socket.unref();
    socket.once('error', () => { socket.close(); resolve(false); });
    socket.bind({ address: '127.0.0.1', port, exclusive: true }, () => socket.close(() => resolve(true)));
  });
}

/**
 * A TCP port on 127.0.0.1 that was free a moment ago (the kernel's pick for port 0). With
 * `{ udp: true }` the same number is also free on UDP. There is an unavoidable window between
 * this check and the real bind; startPebble retries when a child reports "address already in use".
 */
export async function freePort(opts: FreePortOptions = {}): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = await tcpPort();
    if (!opts.udp || await udpFree(port)) return port;
  }
  throw new Error('freePort: found no port free on both TCP and UDP after 50 tries');
}

/** Resolves once something accepts TCP connections on 127.0.0.1:port; rejects after timeoutMs. */
export async function waitForPort(port: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = net.connect({ host: '127.0.0.1', port });
      s.once('connect', () => { s.destroy(); resolve(true); });
      s.once('error', () => { s.destroy(); resolve(false); });
    });
    if (ok) return;
    if (Date.now() >= deadline) throw new Error(`nothing listened on 127.0.0.1:${port} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
