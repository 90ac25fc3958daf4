// The live-site check (issue 17): for each name of a certificate, every address DNS gives (A and
// AAAA, through --dns-resolver when set), a TLS handshake with SNI, and the served certificate
// compared with ours: current (the newest), outdated (an older one of ours), other (not ours), or
// unreachable (and why). It reads only; it changes nothing on the server.
import { say, text, type Text } from '../../shared/engine-text.ts';
import { SECOND_MS } from '../../shared/durations.ts';
import type { SiteResult } from '../../shared/site-check.ts';
import { makeResolver } from '../net/resolve.ts';
import { lookup } from 'node:dns/promises';
import { isServed, probeAddress, PROBE_TIMEOUT_MS } from './probe.ts';
import { isWildcard } from '../../shared/site-check.ts';

export const HTTPS_PORT = 443;
/** Handshakes at once: a certificate may have 100 names (R6), each with several addresses. */
const PARALLEL = 8;

export type KnownVersion = { serial: string; notAfter: string };

export type SiteCheckInput = {
  names: readonly string[];
  /** The newest certificate of ours. */
  current: KnownVersion;
  /** Older certificates of ours (previous versions). */
  older: readonly KnownVersion[];
  /** Default 443; another port only for tests (`--port`). */
  port?: number;
  /** "ip:port" of the DNS server to ask (global --dns-resolver); the system's when absent. */
  dnsResolver?: string;
  timeoutMs?: number;
  signal?: AbortSignal;
};

const day = (iso: string): string => iso.slice(0, 10);
const result = (base: Omit<SiteResult, 'detail' | 'text'>, t: Text, extra = ''): SiteResult => ({
  ...base,
  detail: say(t) + (extra ? ` (${extra})` : ''),
  text: t,
});

/** A and AAAA of a name; [] when it has none. Errors other than "no such name" are thrown. */
async function addressesOf(name: string, resolver?: string): Promise<string[]> {
  if (resolver) {
    const r = makeResolver({ resolver });
    const [v4, v6] = await Promise.all([
      r.resolve4(name).catch(() => [] as string[]),
      r.resolve6(name).catch(() => [] as string[]),
    ]);
    return [...v4, ...v6];
  }
  try {
    return [...new Set((await lookup(name, { all: true })).map((a) => a.address))];
  } catch {
    return [];
  }
}

async function pool<T, R>(items: readonly T[], n: number, fn: (x: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
  return out;
}

/**
 * Whether wildcard `wild` (*.example.com) covers `name`: exactly one label in its place, as a TLS
 * client matches it (RFC 6125 section 6.4.3): www.example.com, not example.com or a.b.example.com.
 */
export function covers(wild: string, name: string): boolean {
  const base = wild.slice(1); // ".example.com"
  if (!isWildcard(wild) || isWildcard(name) || !name.endsWith(base)) return false;
  const label = name.slice(0, -base.length);
  return label.length > 0 && !label.includes('.');
}

export async function checkSite(input: SiteCheckInput): Promise<SiteResult[]> {
  const port = input.port ?? HTTPS_PORT;
  const timeoutMs = input.timeoutMs ?? PROBE_TIMEOUT_MS;
  const none = { servedSerial: null, servedNotAfter: null };
  const jobs: { name: string; address: string }[] = [];
  const early: SiteResult[] = [];
  const checkable = input.names.filter((n) => !isWildcard(n));
  // A wildcard is no host to connect to: its row says so, and which names to look at instead.
  for (const name of input.names.filter(isWildcard)) {
    const covered = input.names.filter((n) => covers(name, n));
    early.push(
      result(
        { name, address: '', port, state: 'unreachable', ...none },
        covered.length > 0
          ? text('siteCheck.wildcardCovered', { name, names: covered.join(', ') })
          : text('siteCheck.wildcardAdd', { name, example: `www${name.slice(1)}` }),
      ),
    );
  }
  const resolved = await Promise.all(
    checkable.map(async (name) => ({ name, addrs: await addressesOf(name, input.dnsResolver) })),
  );
  for (const { name, addrs } of resolved) {
    if (addrs.length === 0)
      early.push(
        result(
          { name, address: '', port, state: 'unreachable', ...none },
          text('siteCheck.noAddress'),
        ),
      );
    for (const address of addrs) jobs.push({ name, address });
  }
  const olderBySerial = new Map(input.older.map((v) => [v.serial.toLowerCase(), v]));
  const probed = await pool(jobs, PARALLEL, async ({ name, address }): Promise<SiteResult> => {
    const base = { name, address, port };
    const r = await probeAddress(address, port, name, {
      timeoutMs,
      ...(input.signal ? { signal: input.signal } : {}),
    });
    if (!isServed(r)) {
      const key =
        r.reason === 'refused' || r.reason === 'timeout' || r.reason === 'unreachable'
          ? r.reason
          : 'tls';
      return result(
        { ...base, state: 'unreachable', ...none },
        text(`siteCheck.${key}`, { port, seconds: Math.round(timeoutMs / SECOND_MS) }),
        r.detail,
      );
    }
    const served = { servedSerial: r.serial, servedNotAfter: r.notAfter };
    if (r.serial === input.current.serial.toLowerCase())
      return result(
        { ...base, state: 'current', ...served },
        text('siteCheck.current', { date: day(r.notAfter) }),
      );
    if (olderBySerial.has(r.serial))
      return result(
        { ...base, state: 'outdated', ...served },
        text('siteCheck.outdated', { date: day(r.notAfter) }),
      );
    return result(
      { ...base, state: 'other', ...served },
      text('siteCheck.other', { issuer: r.issuer || '?', date: day(r.notAfter) }),
    );
  });
  // Names in the certificate's order, each name's failures to resolve first.
  const order = new Map(input.names.map((n, i) => [n, i]));
  return [...early, ...probed].sort((a, b) => order.get(a.name)! - order.get(b.name)!);
}
