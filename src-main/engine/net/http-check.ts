// Fetch a challenge URL the way the CA does (R10): start at http://<name>/.well-known/acme-challenge/<token>
// on port 80, follow at most 10 redirects, only to http/https, only to ports 80/443, never to an IP
// address, without checking certificates. Every hop is reported so a person can see where it broke.
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { resolveAddresses, type DnsConfig } from './resolve.ts';

export type Hop = {
  url: string;
  address?: string;
  status?: number;
  location?: string;
  error?: string;
};
export type HttpCheckVerdict =
  | 'ok'
  | 'not-found'
  | 'wrong-content'
  | 'redirect-loop'
  | 'too-many-redirects'
  | 'bad-redirect'
  | 'timeout'
  | 'unreachable'
  | 'http-error'
  | 'dns';
export type HttpCheckResult = {
  verdict: HttpCheckVerdict;
  hops: Hop[];
  body?: string;
  reason?: string;
};

export type HttpCheckOptions = DnsConfig & {
  /** Test CAs validate on another port: where http:// (default 80) and https:// (default 443) go. */
  httpPort?: number;
  httpsPort?: number;
  timeoutMs?: number;
  maxRedirects?: number;
  signal?: AbortSignal;
  /** Connect the first hop to this address instead of resolving the name (check each A/AAAA on its own). */
  firstAddress?: string;
};

const MAX_BODY = 64 * 1024;

export async function checkChallengeUrl(
  name: string,
  token: string,
  expected: string,
  opts: HttpCheckOptions = {},
): Promise<HttpCheckResult> {
  return followLikeCa(`http://${name}/.well-known/acme-challenge/${token}`, expected, opts);
}

export async function followLikeCa(
  startUrl: string,
  expected: string | null,
  opts: HttpCheckOptions = {},
): Promise<HttpCheckResult> {
  const hops: Hop[] = [];
  const seen = new Set<string>();
  const max = opts.maxRedirects ?? 10;
  let url = startUrl;
  for (let i = 0; ; i++) {
    const u = new URL(url);
    const hop: Hop = { url };
    hops.push(hop);
    if (seen.has(url))
      return {
        verdict: 'redirect-loop',
        hops,
        reason: `The redirects go round in a circle back to ${url}.`,
      };
    seen.add(url);
    let address: string;
    if (i === 0 && opts.firstAddress) {
      address = hop.address = opts.firstAddress;
    } else {
      try {
        const addrs = await resolveAddresses(u.hostname, opts);
        if (addrs.length === 0) throw new Error('no addresses');
        address = addrs.find((a) => isIP(a) === 4) ?? addrs[0];
        hop.address = address;
      } catch (e) {
        hop.error = (e as Error).message;
        return { verdict: 'dns', hops, reason: `${u.hostname} has no address in DNS.` };
      }
    }
    const port = u.protocol === 'https:' ? (opts.httpsPort ?? 443) : (opts.httpPort ?? 80);
    let res: { status: number; location?: string; body: string };
    try {
      res = await get(u, address, port, opts.timeoutMs ?? 10_000, opts.signal);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      hop.error = `${err.code ?? ''} ${err.message}`.trim();
      if (err.code === 'ETIMEDOUT' || err.code === 'ABORT_ERR' || /timed? ?out/i.test(err.message))
        return { verdict: 'timeout', hops, reason: `${u.host} did not answer in time.` };
      return {
        verdict: 'unreachable',
        hops,
        reason: `Nothing answers on ${u.hostname} port ${port} (${err.code ?? err.message}).`,
      };
    }
    hop.status = res.status;
    if (res.status >= 300 && res.status < 400 && res.location) {
      hop.location = res.location;
      let next: URL;
      try {
        next = new URL(res.location, url);
      } catch {
        return {
          verdict: 'bad-redirect',
          hops,
          reason: `The redirect to "${res.location}" is not a valid address.`,
        };
      }
      if (next.protocol !== 'http:' && next.protocol !== 'https:')
        return {
          verdict: 'bad-redirect',
          hops,
          reason: `The CA only follows redirects to http or https, not ${next.protocol}.`,
        };
      if (isIP(next.hostname.replace(/^\[|\]$/g, '')))
        return {
          verdict: 'bad-redirect',
          hops,
          reason: `The CA never follows a redirect to an IP address (${next.hostname}); redirect to a domain name instead.`,
        };
      if (next.port !== '' && next.port !== '80' && next.port !== '443')
        return {
          verdict: 'bad-redirect',
          hops,
          reason: `The CA only follows redirects to ports 80 and 443, not ${next.port}.`,
        };
      if (i + 1 > max)
        return {
          verdict: 'too-many-redirects',
          hops,
          reason: `More than ${max} redirects; the CA gives up after ${max}.`,
        };
      url = next.toString();
      continue;
    }
    if (res.status === 404)
      return {
        verdict: 'not-found',
        hops,
        body: res.body,
        reason: 'The server answered 404 Not Found: the challenge file is not where the CA looks.',
      };
    if (res.status !== 200)
      return {
        verdict: 'http-error',
        hops,
        body: res.body,
        reason: `The server answered HTTP ${res.status}.`,
      };
    if (expected !== null && res.body.trim() !== expected)
      return {
        verdict: 'wrong-content',
        hops,
        body: res.body,
        reason:
          'The server answered, but with other content than the challenge value (often a CMS page or a catch-all rule).',
      };
    return { verdict: 'ok', hops, body: res.body };
  }
}

function get(
  u: URL,
  address: string,
  port: number,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<{ status: number; location?: string; body: string }> {
  return new Promise((resolve, reject) => {
    const mod = u.protocol === 'https:' ? https : http;
    const req = mod.request(
      {
        host: address,
        port,
        method: 'GET',
        path: `${u.pathname}${u.search}`,
        headers: {
          host: u.host,
          'user-agent': 'Certdesk self-check (like an ACME CA)',
          accept: '*/*',
        },
        servername: isIP(u.hostname) ? undefined : u.hostname,
        rejectUnauthorized: false, // R10: the CA does not check certificates on an HTTPS redirect.
        timeout: timeoutMs,
        signal,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => {
          if (body.length < MAX_BODY) body += c;
        });
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, location: res.headers.location, body }),
        );
        res.on('error', reject);
      },
    );
    req.on('timeout', () =>
      req.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })),
    );
    req.on('error', reject);
    req.end();
  });
}
