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
// This file is the one door: the choice lives in proxy-choice.ts, the errors in proxy-error.ts,
// the tunnels and request routing in proxy-tunnel.ts; here is fetch() over them.
import http from 'node:http';
import { proxyFor } from './proxy-choice.ts';
import { ProxyError } from './proxy-error.ts';
import { blameProxy, requestRoute } from './proxy-tunnel.ts';

export {
  noProxyMatches,
  parseProxyUrl,
  proxyFor,
  proxyLabel,
  useSettingsProxy,
  type ProxyChoice,
  type ProxyEnv,
  type ProxySettings,
} from './proxy-choice.ts';
export { ProxyError, proxyErrorIn, proxySentence, proxyWhere } from './proxy-error.ts';
export {
  TUNNEL_TIMEOUT_MS,
  blameProxy,
  openTunnel,
  requestRoute,
  tunnelAgent,
} from './proxy-tunnel.ts';

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
