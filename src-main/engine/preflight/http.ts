// The "http-01" self-check (R10, R11): fetch http://<name>/.well-known/acme-challenge/<token>
// exactly as the CA does (src-main/engine/net/http-check.ts: at most 10 redirects, http/https
// only, ports 80/443 only, never to an IP, certificates unchecked), once through every address of
// the name, and report every hop.
import type { HttpMode } from '../../shared/types.ts';
import { followLikeCa, type HttpCheckResult, type HttpCheckVerdict } from '../net/http-check.ts';
import { worst, type CheckResult, type Verdict } from './types.ts';

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
  return r.hops.map((h) => `GET ${h.url}${h.address ? ` [${h.address}]` : ''} -> ${h.status !== undefined ? `HTTP ${h.status}` : h.error ?? '?'}${h.location ? ` (Location: ${h.location})` : ''}`);
}

function fixFor(v: HttpCheckVerdict, i: HttpSelfCheckInput): string {
  const port = i.httpPort ?? 80;
  const placed = i.mode === 'builtin'
    ? `The answer did not come from Certdesk's built-in web server: another server answers for ${i.name} on port ${port}. Check that ${i.name} points to this computer and that your router forwards port ${port} here.`
    : i.mode === 'webroot'
      ? `Check that ${i.webroot ?? 'the web folder'} is the folder your web server serves for ${i.name}, and that files under /.well-known/acme-challenge/ are served as they are (no rewrite rule, login page or app fallback catches them).`
      : `Check that the file lands in the folder your web server serves for ${i.name}.`;
  switch (v) {
    case 'not-found': case 'wrong-content': return placed;
    case 'http-error': return `Let your web server serve /.well-known/acme-challenge/ to everyone: no password, no rule that blocks folders starting with a dot, no country blocking (the CA checks from several places).`;
    case 'redirect-loop': return 'Fix the redirect rules so /.well-known/acme-challenge/ is served directly, or redirected once (for example to the https:// site).';
    case 'too-many-redirects': return 'Shorten the chain of redirects: the CA follows at most 10. One redirect from http:// to https:// is enough.';
    case 'bad-redirect': return 'Redirect only to a domain name (not an IP address), with http:// or https://, on the standard ports 80 or 443; or serve /.well-known/acme-challenge/ without a redirect.';
    case 'dns': return `At your DNS provider, add an A record for ${i.name} pointing to your server's public address.`;
    case 'timeout': case 'unreachable':
      return `Make sure ${i.mode === 'builtin' ? 'nothing blocks Certdesk on' : 'your web server runs and answers on'} port ${port}, that firewalls let port ${port} in from everywhere (the CA checks from several places), and that your router forwards it to this server. If this computer is behind a router, reaching its own public address from inside can fail even when the internet gets through; a trial run (--trial-run) checks from the CA's side.`;
    case 'ok': return '';
  }
}

function classify(r: HttpCheckResult, reachabilityOnly: boolean): Verdict {
  if (r.verdict === 'ok') return 'pass';
  // Without a placed file, any answer from a web server shows it is reachable.
  if (reachabilityOnly && (r.verdict === 'not-found' || r.verdict === 'http-error' || r.verdict === 'wrong-content')) return 'pass';
  return 'fail';
}

export async function httpSelfCheck(i: HttpSelfCheckInput): Promise<CheckResult> {
  const url = `http://${i.name}/.well-known/acme-challenge/${i.token}`;
  const starts = i.addresses.length ? i.addresses : [undefined];
  const runs = await Promise.all(starts.map(async (addr) => ({
    addr,
    r: await followLikeCa(url, i.expected, {
      resolver: i.resolver, httpPort: i.httpPort, signal: i.signal, timeoutMs: i.timeoutMs ?? 8000, ...(addr ? { firstAddress: addr } : {}),
    }),
  })));
  const reachOnly = i.expected === null;
  const details = runs.flatMap(({ addr, r }) => [`${addr ? `via ${addr}` : 'via DNS'}: ${r.verdict}`, ...hopLines(r).map((l) => `  ${l}`)]);
  const verdict = worst(runs.map(({ r }) => classify(r, reachOnly)));
  const base = { check: 'http-01' as const, domain: i.name };
  if (verdict === 'pass') {
    const hops = Math.max(...runs.map(({ r }) => r.hops.length));
    const via = hops > 1 ? ` (after ${hops - 1} redirect${hops > 2 ? 's' : ''})` : '';
    return reachOnly
      ? { ...base, verdict, message: `A web server answers for ${i.name} on port ${i.httpPort ?? 80}. With this method Certdesk cannot place a test file beforehand, so it checked only that the server is reachable.`, details }
      : { ...base, verdict, message: `The CA will find the challenge file for ${i.name}${via}: Certdesk placed a test file and fetched it the way the CA does.`, details };
  }
  const bad = runs.find(({ r }) => classify(r, reachOnly) === 'fail')!;
  const where = runs.length > 1 && bad.addr ? ` (through ${bad.addr})` : '';
  return { ...base, verdict, message: `Fetching ${url}${where} as the CA would failed: ${bad.r.reason ?? bad.r.verdict}`, fix: fixFor(bad.r.verdict, i), details };
}
