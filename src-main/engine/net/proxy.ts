// Outgoing HTTP(S) through a proxy (issue 19): the CA and ARI (acme/client.ts), Cloudflare,
// acme-dns, webhooks and pre-flight's outbound check all ask proxyFor() before they connect.
// Where the proxy comes from, first match wins:
//   1. the proxy set in Settings (the desktop app, browser mode and the CLI read the same store);
//   2. https_proxy / HTTPS_PROXY for https:// targets, http_proxy / HTTP_PROXY for http://
//      targets (lower case first, as curl reads them);
// and no_proxy / NO_PROXY (or the Settings field "No proxy for") lists the hosts reached directly.
// Like curl and undici, and unlike Go, loopback is NOT bypassed implicitly: a company proxy on
// this machine may be the only way out, and NO_PROXY=localhost,127.0.0.1 is one line away.
// Validation listeners and local servers only listen: they never go through here.
// https:// targets go through a CONNECT tunnel (TLS stays end to end, RFC 9110 section 9.3.6);
// http:// targets are sent to the proxy in absolute form (RFC 9112 section 3.2.2).
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import type { Duplex } from 'node:stream';

export type ProxySettings = { url: string; noProxy?: string };
export type ProxyEnv = Record<string, string | undefined>;

export type ProxyChoice = {
  url: URL;
  /** Scheme, host and port: what may appear in a message (never the credentials). */
  label: string;
  /** Where it was set, to tell the person where to change it. */
  source: 'settings' | 'HTTPS_PROXY' | 'HTTP_PROXY';
};

let settingsSource: () => ProxySettings | null | undefined = () => null;

/** The face that has a store tells where the Settings proxy is read from (on every request). */
export function useSettingsProxy(get: () => ProxySettings | null | undefined): void {
  settingsSource = get;
}

const pick = (env: ProxyEnv, name: string): string | undefined => {
  const v = env[name.toLowerCase()] ?? env[name.toUpperCase()];
  return v && v.trim() ? v.trim() : undefined;
};

/** "proxy:3128" -> http://proxy:3128; null when it is not a usable http(s) proxy address. */
export function parseProxyUrl(raw: string): URL | null {
  const s = raw.trim();
  if (!s) return null;
  try {
    const u = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(s) ? s : `http://${s}`);
    if ((u.protocol !== 'http:' && u.protocol !== 'https:') || !u.hostname) return null;
    return u;
  } catch {
    return null;
  }
}

export const proxyLabel = (u: URL): string => `${u.protocol}//${u.host}`;

const defaultPort = (u: URL): number =>
  u.port ? Number(u.port) : u.protocol === 'https:' ? 443 : 80;
const bare = (host: string): string =>
  host
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');

function inCidr(ip: string, cidr: string): boolean {
  const [base, bitsText] = cidr.split('/');
  const family = net.isIP(base);
  const bits = Number(bitsText);
  if (!family || family !== net.isIP(ip) || !Number.isInteger(bits)) return false;
  const list = new net.BlockList();
  list.addSubnet(base, bits, family === 4 ? 'ipv4' : 'ipv6');
  return list.check(ip, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * Whether NO_PROXY sends `target` directly: "*" matches everything; "example.com" and
 * ".example.com" match the name and every name under it; "host:port" only that port; IP
 * addresses exactly, or a range written as a CIDR ("10.0.0.0/8").
 */
export function noProxyMatches(target: URL, noProxy: string | undefined): boolean {
  if (!noProxy) return false;
  const host = bare(target.hostname);
  const port = defaultPort(target);
  for (const raw of noProxy.split(/[\s,]+/)) {
    let entry = raw.trim().toLowerCase();
    if (!entry) continue;
    if (entry === '*') return true;
    if (entry.includes('/')) {
      if (net.isIP(host) && inCidr(host, entry)) return true;
      continue;
    }
    let entryPort: number | null = null;
    const m = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(entry);
    if (m) {
      entry = m[1];
      entryPort = Number(m[2]);
    }
    if (entryPort !== null && entryPort !== port) continue;
    entry = bare(entry).replace(/^\*?\./, '');
    if (net.isIP(entry) || net.isIP(host)) {
      if (entry === host) return true;
      continue;
    }
    if (host === entry || host.endsWith(`.${entry}`)) return true;
  }
  return false;
}

/** The proxy for a connection to `target`, or null to connect directly. */
export function proxyFor(
  target: string | URL,
  opts: { env?: ProxyEnv; settings?: ProxySettings | null } = {},
): ProxyChoice | null {
  const u = typeof target === 'string' ? new URL(target) : target;
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  const settings = opts.settings !== undefined ? opts.settings : settingsSource();
  const fromSettings = settings?.url ? parseProxyUrl(settings.url) : null;
  if (fromSettings) {
    if (noProxyMatches(u, settings?.noProxy)) return null;
    return { url: fromSettings, label: proxyLabel(fromSettings), source: 'settings' };
  }
  const env = opts.env ?? process.env;
  const name = u.protocol === 'https:' ? 'HTTPS_PROXY' : 'HTTP_PROXY';
  const raw = pick(env, name);
  const proxy = raw ? parseProxyUrl(raw) : null;
  if (!proxy || noProxyMatches(u, pick(env, 'NO_PROXY'))) return null;
  return { url: proxy, label: proxyLabel(proxy), source: name };
}

/** A proxy that could not be reached or would not connect us: the message names the proxy. */
export class ProxyError extends Error {
  readonly proxy: ProxyChoice;
  readonly target: string;
  /** The proxy's HTTP status when it answered with a refusal. */
  readonly status?: number;
  readonly code?: string;
  constructor(
    proxy: ProxyChoice,
    target: string,
    why: { status?: number; code?: string },
    msg: string,
  ) {
    super(msg);
    this.name = 'ProxyError';
    this.proxy = proxy;
    this.target = target;
    if (why.status !== undefined) this.status = why.status;
    if (why.code !== undefined) this.code = why.code;
  }
}

/** The ProxyError behind a failed request (thrown as is, or as the cause of fetch's TypeError). */
export function proxyErrorIn(e: unknown): ProxyError | null {
  for (let x: unknown = e, i = 0; x && i < 4; i++) {
    if (x instanceof ProxyError) return x;
    x = (x as { cause?: unknown }).cause;
  }
  return null;
}

/** Where the person changes the proxy: the Settings screen, or the environment variable. */
export const proxyWhere = (p: ProxyChoice): string =>
  p.source === 'settings'
    ? 'the proxy in Settings > Network'
    : `the ${p.source} environment variable (and NO_PROXY)`;

/** One sentence that names the proxy, what it did, and what to check ("what" = "the CA (host)"). */
export function proxySentence(e: ProxyError, what: string): string {
  const reason =
    e.status === 407
      ? 'the proxy wants a user name and password (HTTP 407); put them in the proxy address, as http://user:password@proxy:port'
      : e.status !== undefined
        ? `the proxy refused (HTTP ${e.status})`
        : e.code === 'ETIMEDOUT'
          ? 'the proxy did not answer in time'
          : `Certdesk could not connect to the proxy (${e.code ?? e.message})`;
  return `Certdesk could not reach ${what} through the proxy ${e.proxy.label}: ${reason}. Check ${proxyWhere(e.proxy)}, or ask your network administrator to let Certdesk through.`;
}

const authHeader = (p: URL): Record<string, string> =>
  p.username
    ? {
        'proxy-authorization': `Basic ${Buffer.from(
          `${decodeURIComponent(p.username)}:${decodeURIComponent(p.password)}`,
        ).toString('base64')}`,
      }
    : {};

export const TUNNEL_TIMEOUT_MS = 30_000;

/** A socket to host:port through the proxy (HTTP CONNECT); rejects with a ProxyError. */
export function openTunnel(
  proxy: ProxyChoice,
  host: string,
  port: number,
  timeoutMs = TUNNEL_TIMEOUT_MS,
): Promise<Duplex> {
  const authority = `${net.isIP(host) === 6 ? `[${host}]` : host}:${port}`;
  const p = proxy.url;
  const mod = p.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = mod.request({
      host: bare(p.hostname),
      port: defaultPort(p),
      method: 'CONNECT',
      path: authority,
      agent: false,
      headers: { host: authority, ...authHeader(p) },
    });
    const timer = setTimeout(() => {
      req.destroy(Object.assign(new Error('proxy timeout'), { code: 'ETIMEDOUT' }));
    }, timeoutMs);
    req.once('connect', (res, socket, head) => {
      clearTimeout(timer);
      if (res.statusCode !== 200) {
        socket.destroy();
        reject(
          new ProxyError(
            proxy,
            authority,
            { status: res.statusCode ?? 0 },
            `The proxy ${proxy.label} refused to connect to ${authority}: HTTP ${res.statusCode} ${res.statusMessage ?? ''}`.trim(),
          ),
        );
        return;
      }
      if (head.length > 0) socket.unshift(head);
      resolve(socket);
    });
    req.once('response', (res) => {
      // A proxy that answers CONNECT without upgrading (some answer 407 this way).
      clearTimeout(timer);
      res.resume();
      reject(
        new ProxyError(
          proxy,
          authority,
          { status: res.statusCode ?? 0 },
          `The proxy ${proxy.label} refused to connect to ${authority}: HTTP ${res.statusCode}`,
        ),
      );
    });
    req.once('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        new ProxyError(
          proxy,
          authority,
          { code: e.code ?? 'error' },
          `Certdesk could not connect to the proxy ${proxy.label}: ${e.code ?? ''} ${e.message}`.trim(),
        ),
      );
    });
    req.end();
  });
}

type ConnectCallback = (err: Error | null, socket: Duplex) => void;

/** An https.Agent whose every connection is a TLS session inside a CONNECT tunnel. */
class TunnelingAgent extends https.Agent {
  private readonly proxy: ProxyChoice;
  constructor(proxy: ProxyChoice, opts: https.AgentOptions) {
    super(opts);
    this.proxy = proxy;
  }
  override createConnection(options: http.RequestOptions, cb?: ConnectCallback): undefined {
    const host = String(options.host ?? 'localhost');
    const port = Number(options.port ?? 443);
    // Node's Agent waits for the callback when createConnection returns nothing.
    openTunnel(this.proxy, bare(host), port).then(
      (socket) => {
        const secure = tls.connect({
          ...(options as tls.ConnectionOptions),
          host: bare(host),
          socket,
        });
        cb?.(null, secure);
      },
      (e: Error) => cb?.(e, undefined as unknown as Duplex),
    );
    return undefined;
  }
}

const tunnelAgents = new Map<string, https.Agent>();

/**
 * The agent for https:// requests through `proxy` (cached per proxy and `key`, which names the
 * trust and pool options, e.g. the extra CA a client trusts).
 */
export function tunnelAgent(
  proxy: ProxyChoice,
  key: string,
  opts: https.AgentOptions,
): https.Agent {
  const k = `${proxy.url.href}\u0000${key}`;
  const known = tunnelAgents.get(k);
  if (known) return known;
  const a = new TunnelingAgent(proxy, opts);
  tunnelAgents.set(k, a);
  return a;
}

/**
 * How to send one http(s) request to `target`: directly with `direct` (the caller's https agent),
 * or through the proxy (a tunnelling agent for https, absolute form to the proxy for http).
 */
export function requestRoute(
  target: URL,
  direct: { agent?: https.Agent; agentKey?: string; agentOptions?: https.AgentOptions },
  proxy: ProxyChoice | null = proxyFor(target),
): {
  request: typeof http.request;
  url: URL;
  options: http.RequestOptions;
  proxy: ProxyChoice | null;
} {
  if (!proxy) {
    return target.protocol === 'https:'
      ? {
          request: https.request,
          url: target,
          options: direct.agent ? { agent: direct.agent } : {},
          proxy,
        }
      : { request: http.request, url: target, options: {}, proxy };
  }
  if (target.protocol === 'https:') {
    const agent = tunnelAgent(proxy, direct.agentKey ?? '', {
      keepAlive: true,
      maxSockets: 8,
      ...direct.agentOptions,
    });
    return { request: https.request, url: target, options: { agent }, proxy };
  }
  const p = proxy.url;
  return {
    request: p.protocol === 'https:' ? https.request : http.request,
    url: new URL(`${p.protocol}//${p.host}/`),
    options: {
      path: target.href,
      agent: false,
      headers: { host: target.host, ...authHeader(p) },
    },
    proxy,
  };
}

/**
 * A socket error of a request sent to the proxy in absolute form (http:// targets) is the proxy's:
 * the socket goes to the proxy. Tunnelled requests report the proxy's errors from openTunnel.
 */
export function blameProxy(
  route: { proxy: ProxyChoice | null },
  target: URL,
  e: NodeJS.ErrnoException,
): Error {
  if (
    !route.proxy ||
    target.protocol !== 'http:' ||
    e instanceof ProxyError ||
    e.name === 'AbortError'
  )
    return e;
  const p = route.proxy;
  return new ProxyError(
    p,
    target.host,
    { code: e.code ?? 'error' },
    `Certdesk could not connect to the proxy ${p.label}: ${e.code ?? ''} ${e.message}`.trim(),
  );
}

const NULL_BODY = new Set([101, 204, 205, 304]);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * fetch() that honours the proxy settings: directly (the global fetch) when no proxy applies,
 * otherwise one request through the proxy, answered as a standard Response. A proxy that cannot
 * be reached or refuses throws TypeError('fetch failed') with the ProxyError as its cause, as
 * fetch reports network errors.
 */
export async function netFetch(input: string | URL, init: RequestInit = {}): Promise<Response> {
  const url = new URL(String(input));
  const proxy = proxyFor(url);
  if (!proxy) return fetch(url, init);
  let method = (init.method ?? 'GET').toUpperCase();
  let body: Buffer | undefined =
    init.body === undefined || init.body === null
      ? undefined
      : Buffer.from(await new Response(init.body).arrayBuffer());
  const headers: Record<string, string> = { 'user-agent': 'Certdesk' };
  new Headers(init.headers).forEach((v, k) => {
    headers[k] = v;
  });
  let current = url;
  for (let hop = 0; ; hop++) {
    const route = requestRoute(current, {}, proxyFor(current));
    const res = await new Promise<http.IncomingMessage & { bodyBuf: Buffer }>((resolve, reject) => {
      const req = route.request(
        route.url,
        {
          ...route.options,
          method,
          headers: {
            ...headers,
            ...(route.options.headers as Record<string, string> | undefined),
            ...(body ? { 'content-length': String(body.length) } : {}),
          },
          ...(init.signal ? { signal: init.signal } : {}),
        },
        (r) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => resolve(Object.assign(r, { bodyBuf: Buffer.concat(chunks) })));
          r.on('error', reject);
        },
      );
      req.on('error', (e: Error) => {
        if (e.name === 'AbortError' && init.signal?.aborted) reject(init.signal.reason ?? e);
        else reject(new TypeError('fetch failed', { cause: blameProxy(route, current, e) }));
      });
      req.end(body);
    });
    const status = res.statusCode ?? 0;
    if (status === 407 && route.proxy && current.protocol === 'http:') {
      // Absolute form: the proxy itself wants credentials (a tunnel reports this from openTunnel).
      const p = route.proxy;
      throw new TypeError('fetch failed', {
        cause: new ProxyError(
          p,
          current.host,
          { status },
          `The proxy ${p.label} wants a user name and password: HTTP 407`,
        ),
      });
    }
    const location = res.headers.location;
    if (REDIRECTS.has(status) && location && init.redirect !== 'manual') {
      if (init.redirect === 'error' || hop >= 20)
        throw new TypeError('fetch failed', { cause: new Error(`redirect to ${location}`) });
      current = new URL(location, current);
      if (status === 303 || ((status === 301 || status === 302) && method === 'POST')) {
        method = 'GET';
        body = undefined;
        delete headers['content-type'];
      }
      continue;
    }
    const h = new Headers();
    for (const [k, v] of Object.entries(res.headers)) {
      if (v === undefined) continue;
      for (const one of Array.isArray(v) ? v : [v]) h.append(k, one);
    }
    return new Response(NULL_BODY.has(status) ? null : new Uint8Array(res.bodyBuf), {
      status,
      statusText: res.statusMessage ?? '',
      headers: h,
    });
  }
}
