// Where a TXT record really lives: follow a CNAME on _acme-challenge.<name> (the delegation pattern
// of R12: acme-dns, a validation zone), find the zone by walking up the name (RFC 1034 section
// 4.3.2: the closest enclosing zone cut answers NS), and list who answers for it.
import { CertdeskError } from '../../../shared/errors.ts';
import { query, normName, rcodeOf, serverLabel, dataOf, type DnsServer } from './dns-client.ts';
import type { Answer, DecodedPacket, RecordType } from 'dns-packet';

export type Lookup = {
  servers: DnsServer[];
  recursion: boolean;
  signal?: AbortSignal;
  timeoutMs?: number;
};

/** `_acme-challenge.<name>` for an identifier (RFC 8555 section 8.4); wildcards use the base name. */
export const challengeRecordName = (identifier: string): string =>
  `_acme-challenge.${normName(identifier.replace(/^\*\./, ''))}`;

/** Ask the servers in turn until one gives an answer we can use (not SERVFAIL/REFUSED/no reply). */
export async function ask(l: Lookup, name: string, type: RecordType): Promise<DecodedPacket> {
  let last: Error | null = null;
  let lastPacket: DecodedPacket | null = null;
  for (const s of l.servers) {
    try {
      const p = await query(s, name, type, {
        recursion: l.recursion,
        signal: l.signal,
        timeoutMs: l.timeoutMs,
      });
      const rc = rcodeOf(p);
      if (rc === 'SERVFAIL' || rc === 'REFUSED') {
        lastPacket = p;
        continue;
      }
      return p;
    } catch (e) {
      if (l.signal?.aborted) throw e;
      last = e as Error;
    }
  }
  if (lastPacket) return lastPacket;
  throw new CertdeskError(
    'dns',
    `No DNS server answered a question about ${name} (asked ${l.servers.map(serverLabel).join(', ')}). Check the network connection or the DNS server setting, then try again.`,
    { retryable: true, detail: last?.message },
  );
}

const MAX_CNAME_HOPS = 8;

/** Follows CNAMEs from `name`; returns the final owner name and the chain (for instructions). */
export async function followCname(
  name: string,
  l: Lookup,
): Promise<{ target: string; chain: string[] }> {
  let current = normName(name);
  const chain = [current];
  for (let i = 0; i < MAX_CNAME_HOPS; i++) {
    const p = await ask(l, current, 'CNAME');
    const c = (p.answers ?? []).find((a) => a.type === 'CNAME' && normName(a.name) === current);
    if (!c) return { target: current, chain };
    const next = normName(String(dataOf(c)));
    if (chain.includes(next))
      throw new CertdeskError(
        'dns',
        `The DNS name ${name} points in a circle (${[...chain, next].join(' -> ')}). Fix the CNAME records, then try again.`,
      );
    chain.push(next);
    current = next;
  }
  throw new CertdeskError(
    'dns',
    `The DNS name ${name} follows more than ${MAX_CNAME_HOPS} CNAME records (${chain.join(' -> ')}). Point it more directly, then try again.`,
  );
}

const isSuffixOf = (zone: string, name: string): boolean =>
  zone === name || name.endsWith(`.${zone}`);
const parentOf = (name: string): string | null =>
  name.includes('.') ? name.slice(name.indexOf('.') + 1) : null;

/**
 * The zone holding `name` and its NS names, or null when no server in `l` tells (a test DNS such
 * as pebble-challtestsrv serves no NS records). An SOA in the authority section of a negative
 * answer names the zone directly (RFC 2308 section 3), which saves walking label by label.
 */
export async function findZone(
  name: string,
  l: Lookup,
): Promise<{ zone: string; nameServers: string[] } | null> {
  let candidate: string | null = normName(name);
  const tried = new Set<string>();
  while (candidate && !tried.has(candidate)) {
    tried.add(candidate);
    const p = await ask(l, candidate, 'NS');
    const own: string = candidate;
    const ns = (p.answers ?? [])
      .filter((a) => a.type === 'NS' && normName(a.name) === own)
      .map((a) => normName(String(dataOf(a))));
    if (ns.length > 0) return { zone: candidate, nameServers: [...new Set(ns)].sort() };
    const soa: Answer | undefined = (p.authorities ?? []).find(
      (a) => a.type === 'SOA' && isSuffixOf(normName(a.name), own),
    );
    const soaOwner: string | null = soa ? normName(soa.name) : null;
    candidate = soaOwner && soaOwner !== own && !tried.has(soaOwner) ? soaOwner : parentOf(own);
  }
  return null;
}

/** IPv4 addresses of a host, else IPv6 (a machine without IPv6 would wait forever on those). */
export async function addressesOf(host: string, l: Lookup): Promise<string[]> {
  const a = await ask(l, host, 'A').catch(() => null);
  const v4 = (a?.answers ?? []).filter((x) => x.type === 'A').map((x) => String(dataOf(x)));
  if (v4.length > 0) return [...new Set(v4)];
  const aaaa = await ask(l, host, 'AAAA').catch(() => null);
  return [
    ...new Set(
      (aaaa?.answers ?? []).filter((x) => x.type === 'AAAA').map((x) => String(dataOf(x))),
    ),
  ];
}
