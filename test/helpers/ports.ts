// Free ports on 127.0.0.1 chosen at run time, so several test files (--test-concurrency=2) can each
// run their own Pebble, challtestsrv, solvers, ... without colliding on fixed numbers.
import net from 'node:net';
import dgram from 'node:dgram';
import { readFileSync } from 'node:fs';

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
    socket.once('error', () => {
      socket.close();
      resolve(false);
    });
    socket.bind({ address: '127.0.0.1', port, exclusive: true }, () =>
      socket.close(() => resolve(true)),
    );
  });
}

/** The kernel's range for ports it hands out itself (outgoing connections, listen on port 0). */
function ephemeralRange(): [number, number] {
  try {
    const [lo, hi] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8')
      .trim()
      .split(/\s+/)
      .map(Number);
    if (lo > 0 && hi >= lo) return [lo, hi];
  } catch {
    /* not Linux */
  }
  return [32768, 60999];
}

const LOWEST = 10_000;

/**
 * A TCP port on 127.0.0.1 that was free a moment ago, chosen below the kernel's ephemeral range.
 * A test keeps some ports for minutes but listens on them only now and then (the built-in http-01
 * server during each validation); inside the ephemeral range the kernel could hand such a port to
 * another test's outgoing connection in between (a pre-flight in CI once found "port in use").
 * With `{ udp: true }` the same number is also free on UDP. There is still a window between this
 * check and the real bind; startPebble retries when a child reports "address already in use".
 */
export async function freePort(opts: FreePortOptions = {}): Promise<number> {
  const [lo] = ephemeralRange();
  const below = lo - LOWEST >= 1000;
  for (let attempt = 0; attempt < 50; attempt++) {
    const want = below ? LOWEST + Math.floor(Math.random() * (lo - LOWEST)) : 0;
    const port = await tcpPort(want).catch(() => null);
    if (port === null) continue;
    if (!opts.udp || (await udpFree(port))) return port;
  }
  throw new Error('freePort: found no free port after 50 tries');
}

/** Resolves once something accepts TCP connections on 127.0.0.1:port; rejects after timeoutMs. */
export async function waitForPort(port: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = net.connect({ host: '127.0.0.1', port });
      s.once('connect', () => {
        s.destroy();
        resolve(true);
      });
      s.once('error', () => {
        s.destroy();
        resolve(false);
      });
    });
    if (ok) return;
    if (Date.now() >= deadline)
      throw new Error(`nothing listened on 127.0.0.1:${port} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
