// The "http-01" self-check (R10, R11): fetch http://<name>/.well-known/acme-challenge/<token>
// exactly as the CA does (src-main/engine/net/http-check.ts: at most 10 redirects, http/https
// only, ports 80/443 only, never to an IP, certificates unchecked), once through every address of
// the name, and report every hop.
import type { HttpMode } from '../../shared/types.ts';
import { followLikeCa, type HttpCheckResult, type HttpCheckVerdict } from '../net/http-check.ts';
import { worst, type CheckResult, type Verdict } from './types.ts';
import { fixed, said, text, type Text } from '../../shared/engine-text.ts';

export type HttpSelfCheckInput = {
  name: string;
  /** Addresses to start from (each checked on its own); empty: resolve as the CA would. */
  addresses: string[];
  token: string;
  /** The body the CA must see; null when the file could not be placed (reachability only). */
  expected: string | null;
  mode: HttpMode;
  webroot?: string;
  httpPort?: number;
  resolver?: string;
  signal?: AbortSignal;
  timeoutMs?: number;
};

export function hopLines(r: HttpCheckResult): string[] {
  return r.hops.map(
    (h) =>
      `GET ${h.url}${h.address ? ` [${h.address}]` : ''} -> ${h.status !== undefined ? `HTTP ${h.status}` : (h.error ?? '?')}${h.location ? ` (Location: ${h.location})` : ''}`,
  );
}

function fixFor(
  v: HttpCheckVerdict,
  i: HttpSelfCheckInput,
): { fix: string; fixText: Text } | Record<string, never> {
  const port = i.httpPort ?? 80;
  const placed =
    i.mode === 'builtin'
      ? fixed('preflight.http.fixBuiltin', { name: i.name, port })
      : i.mode === 'webroot'
        ? fixed('preflight.http.fixWebroot', {
            name: i.name,
            webroot: i.webroot ?? text('preflight.http.theWebFolder'),
          })
        : fixed('preflight.http.fixPlaced', { name: i.name });
  switch (v) {
    case 'not-found':
    case 'wrong-content':
      return placed;
    case 'http-error':
      return fixed('preflight.http.fixHttpError');
    case 'redirect-loop':
      return fixed('preflight.http.fixRedirectLoop');
    case 'too-many-redirects':
      return fixed('preflight.http.fixTooManyRedirects');
    case 'bad-redirect':
      return fixed('preflight.http.fixBadRedirect');
    case 'dns':
      return fixed('preflight.fixAddA', { name: i.name });
    case 'timeout':
    case 'unreachable':
      return fixed(
        i.mode === 'builtin'
          ? 'preflight.http.fixUnreachableBuiltin'
          : 'preflight.http.fixUnreachable',
        { port },
      );
    case 'ok':
      return {};
  }
}

function classify(r: HttpCheckResult, reachabilityOnly: boolean): Verdict {
  if (r.verdict === 'ok') return 'pass';
  // Without a placed file, any answer from a web server shows it is reachable.
  if (
    reachabilityOnly &&
    (r.verdict === 'not-found' || r.verdict === 'http-error' || r.verdict === 'wrong-content')
  )
    return 'pass';
  return 'fail';
}

export async function httpSelfCheck(i: HttpSelfCheckInput): Promise<CheckResult> {
  const url = `http://${i.name}/.well-known/acme-challenge/${i.token}`;
  const starts = i.addresses.length ? i.addresses : [undefined];
  const runs = await Promise.all(
    starts.map(async (addr) => ({
      addr,
      r: await followLikeCa(url, i.expected, {
        resolver: i.resolver,
        httpPort: i.httpPort,
        signal: i.signal,
        timeoutMs: i.timeoutMs ?? 8000,
        ...(addr ? { firstAddress: addr } : {}),
      }),
    })),
  );
  const reachOnly = i.expected === null;
  const details = runs.flatMap(({ addr, r }) => [
    `${addr ? `via ${addr}` : 'via DNS'}: ${r.verdict}`,
    ...hopLines(r).map((l) => `  ${l}`),
  ]);
  const verdict = worst(runs.map(({ r }) => classify(r, reachOnly)));
  const base = { check: 'http-01' as const, domain: i.name };
  if (verdict === 'pass') {
    const hops = Math.max(...runs.map(({ r }) => r.hops.length));
    return reachOnly
      ? {
          ...base,
          verdict,
          ...said('preflight.http.reachable', { name: i.name, port: i.httpPort ?? 80 }),
          details,
        }
      : {
          ...base,
          verdict,
          ...(hops > 1
            ? said('preflight.http.okRedirects', { name: i.name, count: hops - 1 })
            : said('preflight.http.ok', { name: i.name })),
          details,
        };
  }
  const bad = runs.find(({ r }) => classify(r, reachOnly) === 'fail')!;
  const reason = bad.r.reason ?? bad.r.verdict;
  const msg =
    runs.length > 1 && bad.addr
      ? said('preflight.http.failedVia', { url, address: bad.addr, reason })
      : said('preflight.http.failed', { url, reason });
  return { ...base, verdict, ...msg, ...fixFor(bad.r.verdict, i), details };
}
