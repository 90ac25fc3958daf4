// The "dns" check: A and AAAA of a name, each address reported on its own, and (for http-01 and
// tls-alpn-01) whether each one answers on the validation port. An AAAA that does not answer while
// the A does is a failure: the CA tries IPv6 first (issue 4, R10/R16).
import net from 'node:net';
import { makeResolver } from '../net/resolve.ts';
import type { CheckResult } from './types.ts';
import { fixed, said } from '../../shared/engine-text.ts';

export type AddressLookup = {
  v4: string[];
  v6: string[];
  /** The name does not exist at all (NXDOMAIN). */
  nxdomain: boolean;
  /** Lookups that failed for another reason than "no such record", e.g. "AAAA: ESERVFAIL". */
  errors: string[];
};

const EMPTY_CODES = new Set(['ENODATA', 'ENOTFOUND']);

/** A and AAAA through the configured resolver (or the system's servers), cancelled on abort. */
export async function lookupAddresses(
  host: string,
  opts: { resolver?: string; signal?: AbortSignal; timeoutMs?: number },
): Promise<AddressLookup> {
  const r = makeResolver({ resolver: opts.resolver, timeoutMs: opts.timeoutMs ?? 2500 });
  const onAbort = () => r.cancel();
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  const out: AddressLookup = { v4: [], v6: [], nxdomain: false, errors: [] };
  const one = async (type: 'A' | 'AAAA') => {
    try {
      const addrs = type === 'A' ? await r.resolve4(host) : await r.resolve6(host);
      (type === 'A' ? out.v4 : out.v6).push(...addrs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'error';
      if (code === 'ENOTFOUND') out.nxdomain = true;
      if (!EMPTY_CODES.has(code))
        out.errors.push(`${type}: ${code === 'ECANCELLED' ? 'no answer in time' : code}`);
    }
  };
  try {
    await Promise.all([one('A'), one('AAAA')]);
  } finally {
    opts.signal?.removeEventListener('abort', onAbort);
  }
  return out;
}

/** null when something accepted a TCP connection on address:port, else why not. */
export function probeTcp(
  address: string,
  port: number,
  signal?: AbortSignal,
  timeoutMs = 5000,
): Promise<string | null> {
  return new Promise((resolve) => {
    const s = net.connect({ host: address, port, signal });
    const done = (v: string | null) => {
      clearTimeout(t);
      s.destroy();
      resolve(v);
    };
    const t = setTimeout(
      () =>
        done(
          `no answer within ${Math.round(timeoutMs / 1000)} s (a firewall may drop the packets)`,
        ),
      timeoutMs,
    );
    s.once('connect', () => done(null));
    s.once('error', (e: NodeJS.ErrnoException) =>
      done(
        e.code === 'ECONNREFUSED'
          ? 'connection refused (nothing listens there)'
          : e.code === 'ABORT_ERR'
            ? 'no answer in time'
            : `${e.code ?? ''} ${e.message}`.trim(),
      ),
    );
  });
}

const PRIVATE_V4 = [
  /^10\./,
  /^127\./,
  /^192\.168\./,
  /^172\.(1[6-9]|2\d|3[01])\./,
  /^169\.254\./,
  /^100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\./,
  /^0\./,
];
export function isPrivateAddress(a: string): boolean {
  if (net.isIPv4(a)) return PRIVATE_V4.some((re) => re.test(a));
  const x = a.toLowerCase();
  return (
    x === '::1' ||
    x === '::' ||
    /^f[cd]/.test(x) ||
    /^fe[89ab]/.test(x) ||
    (x.startsWith('::ffff:') && isPrivateAddress(x.slice(7)))
  );
}

export type DnsVerdictInput = {
  name: string;
  lookup: AddressLookup;
  /** Validation port and, per address, null (answers) or why not; absent when not probed. */
  probe?: { port: number; results: Map<string, string | null> };
  /** dns-01 does not need addresses at all. */
  needsAddress: boolean;
  /** Warn about private addresses (off when a custom resolver gives a deliberately local view). */
  warnPrivate: boolean;
};

/** Pure: the finding for one name from its lookups and probes (unit-tested). */
export function dnsVerdict(i: DnsVerdictInput): CheckResult {
  const { name, lookup } = i;
  const base = { check: 'dns' as const, domain: name };
  const all = [
    ...lookup.v4.map((a) => ({ a, fam: 'IPv4', rr: 'A' })),
    ...lookup.v6.map((a) => ({ a, fam: 'IPv6', rr: 'AAAA' })),
  ];
  const details = all.map(({ a, rr }) => {
    const p = i.probe?.results.get(a);
    return `${rr} ${a}${i.probe ? (p === null ? `: answers on port ${i.probe.port}` : `: does not answer on port ${i.probe.port} (${p ?? 'not tried'})`) : ''}`;
  });
  details.push(...lookup.errors.map((e) => `lookup failed: ${e}`));
  if (all.length === 0) {
    if (!i.needsAddress)
      return {
        ...base,
        verdict: 'skip',
        ...said('preflight.dns.noAddressDns01', { name }),
        details,
      };
    if (lookup.errors.length > 0) {
      return {
        ...base,
        verdict: 'warn',
        ...said('preflight.dns.lookupFailed', { name }),
        ...fixed('preflight.fixNetwork'),
        details,
      };
    }
    return {
      ...base,
      verdict: 'fail',
      ...said(lookup.nxdomain ? 'preflight.dns.nxdomain' : 'preflight.dns.noAddress', { name }),
      ...fixed('preflight.dns.fixAddA', { name }),
      details,
    };
  }
  const listed = all.map((x) => x.a).join(', ');
  if (i.probe) {
    const dead = all.filter((x) => i.probe!.results.get(x.a) !== null);
    const alive = all.filter((x) => i.probe!.results.get(x.a) === null);
    const port = i.probe.port;
    const deadV6 = dead.filter((x) => x.fam === 'IPv6');
    if (dead.length > 0 && alive.length > 0) {
      if (deadV6.length > 0 && alive.some((x) => x.fam === 'IPv4')) {
        return {
          ...base,
          verdict: 'fail',
          ...said('preflight.dns.deadV6', {
            name,
            v6: deadV6.map((x) => x.a).join(', '),
            port,
            v4: alive
              .filter((x) => x.fam === 'IPv4')
              .map((x) => x.a)
              .join(', '),
          }),
          ...fixed('preflight.dns.fixDeadV6', { name, port }),
          details,
        };
      }
      return {
        ...base,
        verdict: 'fail',
        ...said('preflight.dns.someDead', { name, dead: dead.map((x) => x.a).join(', '), port }),
        ...fixed('preflight.dns.fixSomeDead', { name, port }),
        details,
      };
    }
    if (dead.length > 0) {
      return {
        ...base,
        verdict: 'warn',
        ...said('preflight.dns.allDead', { name, addresses: listed, port }),
        ...fixed('preflight.dns.fixAllDead', { port }),
        details,
      };
    }
  }
  const privateOnes = i.warnPrivate ? all.filter((x) => isPrivateAddress(x.a)) : [];
  if (privateOnes.length > 0) {
    return {
      ...base,
      verdict: 'warn',
      ...said('preflight.dns.private', { name, addresses: privateOnes.map((x) => x.a).join(', ') }),
      ...(i.needsAddress
        ? fixed('preflight.dns.fixPrivate', { name })
        : fixed('preflight.dns.fixPrivateDns01')),
      details,
    };
  }
  return {
    ...base,
    verdict: 'pass',
    ...(i.probe
      ? said('preflight.dns.okAnswers', {
          name,
          addresses: listed,
          count: all.length,
          port: i.probe.port,
        })
      : said('preflight.dns.ok', { name, addresses: listed })),
    details,
  };
}
