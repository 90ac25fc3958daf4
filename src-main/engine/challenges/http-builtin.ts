// http-01 through Certdesk's own tiny web server (R10): answers only the current tokens (404
// otherwise), only GET/HEAD under /.well-known/acme-challenge/, small header limit, no bodies,
// and stops when the last issuance using it ends. Issuances running at once in one process (the
// app renews several certificates) share one listener per port instead of fighting over port 80.
import http from 'node:http';
import { CertdeskError } from '../../shared/errors.ts';
import type { ChallengeSolver, ChallengeContext } from './types.ts';
import { portError } from './port-errors.ts';
import { CONNECTIONS_CHECKING_INTERVAL_MS, refuseBadRequest } from '../net/listener-limits.ts';
import { say, text, type Text } from '../../shared/engine-text.ts';

const PREFIX = '/.well-known/acme-challenge/';

/**
 * Limits of the listener on port 80 (issue 20, part 4). Node checks header and request timeouts
 * only every connectionsCheckingInterval (30 s by default), so a 10 s limit took 30 s: checked
 * every second here. The CA's validators open a few connections; scanners must not open more.
 */
export type Http01Limits = { headersTimeoutMs: number; maxConnections: number };
export const HTTP01_LIMITS: Http01Limits = { headersTimeoutMs: 10_000, maxConnections: 128 };
const MAX_HEADER_BYTES = 8 * 1024;

type Shared = {
  server: http.Server;
  tokens: Map<string, string>;
  users: number;
  ready: Promise<void>;
};
const listeners = new Map<string, Shared>();

function acquire(port: number, host: string | undefined, limits: Http01Limits): Shared {
  const key = `${host ?? '*'}:${port}`;
  const existing = listeners.get(key);
  if (existing) {
    existing.users += 1;
    return existing;
  }
  const tokens = new Map<string, string>();
  const server = http.createServer(
    {
      maxHeaderSize: MAX_HEADER_BYTES,
      requestTimeout: limits.headersTimeoutMs,
      headersTimeout: limits.headersTimeoutMs,
      connectionsCheckingInterval: CONNECTIONS_CHECKING_INTERVAL_MS,
    },
    (req, res) => {
      const url = req.url ?? '';
      const token = url.startsWith(PREFIX) ? url.slice(PREFIX.length).split('?')[0] : '';
      const body = req.method === 'GET' || req.method === 'HEAD' ? tokens.get(token) : undefined;
      req.resume();
      if (body === undefined) {
        res.writeHead(404, { 'content-type': 'text/plain', connection: 'close' });
        res.end('Not found\n');
        return;
      }
      res.writeHead(200, {
        'content-type': 'text/plain',
        'content-length': Buffer.byteLength(body),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    },
  );
  server.maxRequestsPerSocket = 20;
  server.maxConnections = limits.maxConnections;
  server.on('clientError', refuseBadRequest);
  const shared: Shared = {
    server,
    tokens,
    users: 1,
    ready: new Promise<void>((resolve, reject) => {
      server.once('error', (e) => {
        listeners.delete(key);
        reject(portError(e as NodeJS.ErrnoException, port, 'http-01'));
      });
      server.listen({ port, host, ipv6Only: false }, () => resolve());
    }),
  };
  listeners.set(key, shared);
  return shared;
}

async function release(port: number, host: string | undefined, shared: Shared): Promise<void> {
  shared.users -= 1;
  if (shared.users > 0) return;
  listeners.delete(`${host ?? '*'}:${port}`);
  shared.server.closeAllConnections();
  await new Promise<void>((resolve) => shared.server.close(() => resolve()));
}

export class BuiltinHttpSolver implements ChallengeSolver {
  readonly type = 'http-01' as const;
  readonly interactive = false;
  readonly label: string;
  readonly labelText: Text;
  private readonly port: number;
  private readonly host: string | undefined;
  private readonly mine = new Set<string>();
  private shared: Shared | null = null;

  private readonly limits: Http01Limits;

  /** `limits` only from tests (smaller, to be quick); routes and faces never pass it. */
  constructor(opts: { port?: number; host?: string; limits?: Partial<Http01Limits> } = {}) {
    this.port = opts.port ?? 80;
    this.host = opts.host;
    this.limits = { ...HTTP01_LIMITS, ...opts.limits };
    this.labelText = text('solver.builtin', { port: this.port });
    this.label = say(this.labelText);
  }

  get listening(): boolean {
    return this.shared?.server.listening ?? false;
  }

  async start(): Promise<void> {
    if (this.shared) return;
    const shared = acquire(this.port, this.host, this.limits);
    try {
      await shared.ready;
    } catch (e) {
      shared.users -= 1;
      throw e;
    }
    this.shared = shared;
  }

  async present(ctx: ChallengeContext): Promise<void> {
    if (!this.shared)
      throw new CertdeskError('internal', 'The built-in web server was not started.');
    this.shared.tokens.set(ctx.token, ctx.keyAuthorization);
    this.mine.add(ctx.token);
  }

  async cleanup(ctx: ChallengeContext): Promise<void> {
    this.shared?.tokens.delete(ctx.token);
    this.mine.delete(ctx.token);
  }

  async stop(): Promise<void> {
    const s = this.shared;
    this.shared = null;
    if (!s) return;
    for (const t of this.mine) s.tokens.delete(t);
    this.mine.clear();
    await release(this.port, this.host, s);
  }
}
