// A logging HTTPS reverse proxy in front of Pebble: counts the requests each client sends to the CA.
// Pebble builds its URLs from the Host header, so clients that talk to the proxy stay on it.
import https from 'node:https';
import type { AddressInfo } from 'node:net';

export type CountingProxy = {
  url: string;
  port: number;
  reset(): void;
  count(): number;
  methods(): Record<string, number>;
  stop(): Promise<void>;
};

export async function startCountingProxy(opts: {
  target: string;
  targetCaPem: string;
  key: string;
  cert: string;
}): Promise<CountingProxy> {
  const target = new URL(opts.target);
  const agent = new https.Agent({ keepAlive: true, ca: opts.targetCaPem });
  let count = 0;
  let byMethod: Record<string, number> = {};
  const server = https.createServer({ key: opts.key, cert: opts.cert }, (req, res) => {
    count += 1;
    byMethod[req.method ?? '?'] = (byMethod[req.method ?? '?'] ?? 0) + 1;
    const up = https.request(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
        agent,
      },
      (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      },
    );
    up.on('error', () => {
      res.writeHead(502).end();
    });
    req.pipe(up);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `https://127.0.0.1:${port}`,
    port,
    reset: () => {
      count = 0;
      byMethod = {};
    },
    count: () => count,
    methods: () => ({ ...byMethod }),
    stop: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
        agent.destroy();
      }),
  };
}
