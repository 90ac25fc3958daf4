// What this build and face can do: a part that is missing answers 'unsupported' with a sentence,
// never a fake success; availableRoutes() tells the wizard which validation routes exist.
import { CertdeskError } from '../shared/errors.ts';
import type { RouteKey, RouteOf } from '../shared/route.ts';
import { createSolver } from '../engine/challenges/index.ts';
import type { Engine } from '../engine/engine.ts';

export const notAvailable = (what: string): CertdeskError =>
  new CertdeskError(
    'unsupported',
    `${what} is not available in this version of Certdesk yet. You can carry on without it.`,
  );

/** One route of each kind, with placeholder fields: only whether a solver exists is asked. */
const upload = { host: 'example.invalid', user: 'x', remoteRoot: '.' };
const ROUTES: { key: RouteKey; cfg: RouteOf<RouteKey> }[] = [
  { key: 'http-01:builtin', cfg: { type: 'http-01', httpMode: 'builtin' } },
  {
    key: 'http-01:webroot',
    cfg: { type: 'http-01', httpMode: 'webroot', webroot: '/nonexistent' },
  },
  { key: 'http-01:manual', cfg: { type: 'http-01', httpMode: 'manual' } },
  { key: 'http-01:sftp', cfg: { type: 'http-01', httpMode: 'sftp', ...upload } },
  { key: 'http-01:ftp', cfg: { type: 'http-01', httpMode: 'ftp', ...upload } },
  { key: 'dns-01:manual', cfg: { type: 'dns-01', dnsMode: 'manual' } },
  {
    key: 'dns-01:rfc2136',
    cfg: { type: 'dns-01', dnsMode: 'rfc2136', server: '127.0.0.1:53', tsigName: 'x' },
  },
  {
    key: 'dns-01:acme-dns',
    cfg: { type: 'dns-01', dnsMode: 'acme-dns', server: 'https://example.invalid' },
  },
  { key: 'dns-01:exec', cfg: { type: 'dns-01', dnsMode: 'exec', command: '/nonexistent' } },
  { key: 'dns-01:cloudflare', cfg: { type: 'dns-01', dnsMode: 'cloudflare' } },
  { key: 'tls-alpn-01', cfg: { type: 'tls-alpn-01' } },
];

let routeCache: Record<string, boolean> | null = null;

/**
 * Which validation routes this build can run: a route is missing when building its solver says
 * 'unsupported'; a complaint about missing settings means the solver exists. Building a solver
 * opens nothing (listeners start in start()).
 */
export function availableRoutes(engine: Engine): Record<string, boolean> {
  if (routeCache) return routeCache;
  const out: Record<string, boolean> = {};
  for (const { key, cfg } of ROUTES) {
    try {
      createSolver(cfg, {
        httpPort: engine.opts.httpPort,
        tlsPort: engine.opts.tlsPort,
        dnsResolver: engine.opts.dnsResolver,
        prompter: { waitForUser: async () => {} },
        secret: () => undefined,
        saveSecret: async () => {},
        log: engine.log,
      });
      out[key] = true;
    } catch (e) {
      out[key] = !(e instanceof CertdeskError && e.code === 'unsupported');
    }
  }
  routeCache = out;
  return out;
}
