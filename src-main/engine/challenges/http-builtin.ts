// http-01 through Certdesk's own tiny web server (R10): answers only the current tokens (404
// otherwise), only GET/HEAD under /.well-known/acme-challenge/, small header limit, no bodies,
// and stops when the issuance ends.
import http from 'node:http';
import { CertdeskError } from '../../shared/errors.ts';
import type { ChallengeSolver, ChallengeContext } from './types.ts';
import { portError } from './port-errors.ts';

const PREFIX = '/.well-known/acme-challenge/';

export class BuiltinHttpSolver implements ChallengeSolver {
  readonly type = 'http-01' as const;
  readonly interactive = false;
  readonly label: string;
  private readonly port: number;
  private readonly host: string | undefined;
  private readonly tokens = new Map<string, string>();
  private server: http.Server | null = null;

  constructor(opts: { port?: number; host?: string } = {}) {
    this.port = opts.port ?? 80;
    this.host = opts.host;
    this.label = `built-in web server on port ${this.port}`;
  }

  get listening(): boolean { return this.server?.listening ?? false; }

  async start(): Promise<void> {
    if (this.server) return;
    const server = http.createServer({ maxHeaderSize: 8 * 1024, requestTimeout: 10_000, headersTimeout: 10_000 }, (req, res) => {
      const url = req.url ?? '';
      const token = url.startsWith(PREFIX) ? url.slice(PREFIX.length).split('?')[0] : '';
      const body = (req.method === 'GET' || req.method === 'HEAD') ? this.tokens.get(token) : undefined;
      req.resume();
      if (body === undefined) {
        res.writeHead(404, { 'content-type': 'text/plain', connection: 'close' });
        res.end('Not found\n');
        return;
      }
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': Buffer.byteLength(body) });
      res.end(req.method === 'HEAD' ? undefined : body);
    });
    server.maxRequestsPerSocket = 20;
    await new Promise<void>((resolve, reject) => {
      server.once('error', (e) => reject(portError(e as NodeJS.ErrnoException, this.port, 'http-01')));
      server.listen({ port: this.port, host: this.host, ipv6Only: false }, () => resolve());
    });
    this.server = server;
  }

  async present(ctx: ChallengeContext): Promise<void> {
    if (!this.server) throw new CertdeskError('internal', 'The built-in web server was not started.');
    this.tokens.set(ctx.token, ctx.keyAuthorization);
  }

  async cleanup(ctx: ChallengeContext): Promise<void> {
    this.tokens.delete(ctx.token);
  }

  async stop(): Promise<void> {
    this.tokens.clear();
    const s = this.server;
    this.server = null;
    if (!s) return;
    s.closeAllConnections();
    await new Promise<void>((resolve) => s.close(() => resolve()));
  }
}
