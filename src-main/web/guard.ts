// The checks every browser-mode request passes before it reaches anything (DESIGN.md convention 2
// for a face without Electron's sandbox): the server binds loopback only; the Host header must
// name this server (a DNS-rebinding page has its own host name there); an Origin header must be
// ours (another site's page cannot call the API, and no CORS header is ever sent); and every API
// request carries the random token printed on the console, compared in constant time.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_HEADER = 'x-certdesk-token';

export const newToken = (): string => randomBytes(32).toString('base64url');

/** Constant-time comparison: both sides are hashed first, so the buffers always have equal length. */
export function tokenMatches(given: string | undefined | null, token: string): boolean {
  if (typeof given !== 'string' || given.length === 0 || given.length > 512) return false;
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(token).digest();
  return timingSafeEqual(a, b);
}

/** The Host values this server answers to: its loopback address or "localhost", with its port. */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function hostOk(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host;
  return typeof host === 'string' && allowedHosts(port).has(host.toLowerCase());
}

/** An Origin, when the browser sends one, must be this server's own. */
export function originOk(req: IncomingMessage, port: number): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  if (typeof origin !== 'string') return false;
  return [...allowedHosts(port)].some((h) => origin.toLowerCase() === `http://${h}`);
}

/** Browsers tell where a request came from; anything but our own page (or a typed URL) is refused. */
export function fetchSiteOk(req: IncomingMessage): boolean {
  const site = req.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin' || site === 'none';
}

export function requestToken(req: IncomingMessage, url: URL, allowQuery: boolean): string | null {
  const h = req.headers[TOKEN_HEADER];
  if (typeof h === 'string') return h;
  if (allowQuery) return url.searchParams.get('token');
  return null;
}
