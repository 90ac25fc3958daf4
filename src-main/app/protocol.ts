// Serves dist/renderer on app://certdesk/ (Electron security checklist item 18: prefer a custom
// protocol over file://). The handler is plain web-standard Request -> Response, so it is tested
// in Node without Electron.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { APP_HOST, APP_SCHEME, SECURITY_HEADERS } from './csp.ts';

/** The subset of Electron's `protocol` module used here (injected; see test/unit/app). */
export interface ProtocolLike {
  registerSchemesAsPrivileged(
    schemes: { scheme: string; privileges: { -readonly [K in keyof SchemePrivileges]: boolean } }[],
  ): void;
  handle(scheme: string, handler: (req: Request) => Response | Promise<Response>): void;
}

/**
 * Must run before `app` is ready. standard+secure gives app:// a real, secure origin (so the CSP
 * 'self', fetch and the sender check work as on https); no bypassCSP, no service workers, no
 * fetch API exposure to other schemes, no stream/CORS extras we do not use.
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  bypassCSP: false,
  allowServiceWorkers: false,
  corsEnabled: false,
  stream: false,
} as const;

type SchemePrivileges = typeof APP_SCHEME_PRIVILEGES;

export function registerAppScheme(
  protocol: Pick<ProtocolLike, 'registerSchemesAsPrivileged'>,
): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } },
  ]);
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

const notFound = (): Response =>
  new Response('Not found', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS },
  });

/**
 * Request handler for app://certdesk/<path>: files under `rootDir` only (no traversal, no other
 * host), GET/HEAD only, every response with the CSP. Paths without an extension fall back to
 * index.html so a reload on a client-side route still opens the app.
 */
export function createRendererHandler(rootDir: string): (req: Request) => Promise<Response> {
  const root = path.resolve(rootDir);
  return async (req) => {
    let url: URL;
    try {
      url = new URL(req.url);
    } catch {
      return notFound();
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return notFound();
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return new Response('Method not allowed', { status: 405, headers: { ...SECURITY_HEADERS } });
    let rel: string;
    try {
      rel = decodeURIComponent(url.pathname);
    } catch {
      return notFound();
    }
    if (rel.includes('\0')) return notFound();
    if (rel === '/' || rel === '') rel = '/index.html';
    if (!path.extname(rel)) rel = '/index.html';
    const file = path.resolve(root, '.' + path.posix.normalize(rel));
    if (file !== root && !file.startsWith(root + path.sep)) return notFound();
    try {
      if (!(await stat(file)).isFile()) return notFound();
      const body = await readFile(file);
      const type = MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      return new Response(req.method === 'HEAD' ? null : body, {
        status: 200,
        headers: { 'Content-Type': type, 'Cache-Control': 'no-cache', ...SECURITY_HEADERS },
      });
    } catch {
      return notFound();
    }
  };
}

export function serveRenderer(protocol: Pick<ProtocolLike, 'handle'>, rootDir: string): void {
  protocol.handle(APP_SCHEME, createRendererHandler(rootDir));
}
