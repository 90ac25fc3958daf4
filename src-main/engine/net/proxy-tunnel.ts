// Sending http(s) requests through a proxy: CONNECT tunnels (RFC 9110 9.3.6) and absolute form.
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import type { Duplex } from 'node:stream';
import { bare, defaultPort, proxyFor, type ProxyChoice } from './proxy-choice.ts';
import { ProxyError } from './proxy-error.ts';

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
