// A logging HTTPS reverse proxy in front of Pebble: counts the requests each client sends to the CA.
// Pebble builds its URLs from the Host header, so clients that talk to the proxy stay on it.
import https from 'node:https';
import type { AddressInfo } from 'node:net';

/** One request as the proxy saw it: times in ms of performance.now() in the bench process. */
export type Exchange = {
  method: string;
  path: string;
  status: number;
  /** The request arrived at the proxy. */
  start: number;
  /** Pebble's answer started (the CA's own time plus one loopback hop). */
  answered: number;
  /** The answer was passed on in full. */
  end: number;
  /** The CA's Retry-After, if it sent one. */
  retryAfter?: string;
};

export type CountingProxy = {
  url: string;
  port: number;
  reset(): void;
  count(): number;
  methods(): Record<string, number>;
  /** Every request since the last reset, in arrival order (issue 21: where the time goes). */
  timeline(): Exchange[];
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
  let log: Exchange[] = [];
  const server = https.createServer({ key: opts.key, cert: opts.cert }, (req, res) => {
    count += 1;
    const x: Exchange = {
      method: req.method ?? '?',
      path: req.url ?? '',
      status: 0,
      start: performance.now(),
      answered: NaN,
      end: NaN,
    };
    log.push(x);
    res.on('finish', () => (x.end = performance.now()));
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
        x.answered = performance.now();
        x.status = r.statusCode ?? 0;
        const ra = r.headers['retry-after'];
        if (ra) x.retryAfter = String(ra);
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
      log = [];
    },
    count: () => count,
    methods: () => ({ ...byMethod }),
    timeline: () => [...log],
    stop: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
        agent.destroy();
      }),
  };
}
