// The "dns-01" check (R12): where the TXT record for a name must go (a CNAME on _acme-challenge
// delegates it to another zone), which name servers are authoritative for that zone (found by
// walking NS up from the name), whether each of them answers (R16: the CA asks them on port 53),
// and whether old TXT records are lying around (they make every answer larger).
import type { DnsMode } from '../../shared/types.ts';
import { challengeRecordName } from '../challenges/dns/zone.ts';
import { discoverTargets } from '../challenges/dns/propagation.ts';
import { query, rcodeOf, txtValues } from '../challenges/dns/dns-client.ts';
import type { CheckResult } from './types.ts';
import { fixed, said, text } from '../../shared/engine-text.ts';

/** Above this many TXT values at the record the answer may no longer fit a UDP packet (R12). */
const MANY_TXT = 3;

export async function dns01Check(i: {
  name: string;
  mode: DnsMode;
  resolver?: string;
  signal?: AbortSignal;
  queryTimeoutMs?: number;
}): Promise<CheckResult> {
  const record = challengeRecordName(i.name);
  const base = { check: 'dns-01' as const, domain: i.name };
  const d = await discoverTargets(record, {
    resolver: i.resolver,
    signal: i.signal,
    queryTimeoutMs: i.queryTimeoutMs ?? 2000,
  });
  const details: string[] = [];
  const delegated = d.chain.length > 1;
  if (delegated) details.push(`CNAME delegation: ${d.chain.join(' -> ')}`);
  details.push(d.zone ? `zone: ${d.zone}` : `zone: not found (no NS records up from ${d.target})`);
  // Each server on its own: who answers, and what TXT values it already holds.
  const answers = await Promise.all(
    d.targets.map(async (t) => {
      try {
        const p = await query(t.server, d.target, 'TXT', {
          recursion: t.recursion,
          signal: i.signal,
          timeoutMs: i.queryTimeoutMs ?? 2000,
          tries: 1,
        });
        const values = txtValues(p, d.target);
        details.push(
          `${t.label}: ${rcodeOf(p)}, ${values.length} TXT value(s) at ${d.target}${values.length ? `: ${values.map((v) => JSON.stringify(v)).join(', ')}` : ''}`,
        );
        return { label: t.label, ok: true, values };
      } catch (e) {
        details.push(`${t.label}: no answer (${(e as Error).message})`);
        return { label: t.label, ok: false, values: [] as string[] };
      }
    }),
  );
  const where = delegated
    ? text('preflight.dns01.whereCname', { record, target: d.target })
    : text('preflight.dns01.where', { record });
  const servers = d.zone
    ? text('preflight.dns01.serversOf', { zone: d.zone })
    : text('preflight.dns01.theServer');
  const silent = answers.filter((a) => !a.ok);
  if (silent.length > 0) {
    const all = silent.length === answers.length;
    return {
      ...base,
      verdict: 'warn',
      ...(all
        ? said('preflight.dns01.noneAnswered', {
            where,
            servers,
            silent: silent.map((s) => s.label).join(', '),
          })
        : said('preflight.dns01.someSilent', {
            where,
            count: silent.length,
            total: answers.length,
            servers,
            silent: silent.map((s) => s.label).join(', '),
          })),
      ...fixed(all ? 'preflight.dns01.fixNoneAnswered' : 'preflight.dns01.fixSomeSilent'),
      details,
    };
  }
  const stale = [...new Set(answers.flatMap((a) => a.values))];
  // acme-dns keeps the last two values by design; elsewhere leftovers mean a cleanup that did not run.
  const expected = i.mode === 'acme-dns' && delegated ? 2 : 0;
  if (stale.length > expected) {
    return {
      ...base,
      verdict: 'warn',
      ...said(stale.length >= MANY_TXT ? 'preflight.dns01.staleMany' : 'preflight.dns01.stale', {
        where,
        count: stale.length,
      }),
      ...fixed('preflight.dns01.fixStale', { target: d.target }),
      details,
    };
  }
  const who = d.viaResolver
    ? text('preflight.dns01.whoResolver', { servers: d.targets.map((t) => t.label).join(', ') })
    : text('preflight.dns01.whoServers', { count: d.targets.length });
  if (!d.zone) {
    return {
      ...base,
      verdict: 'warn',
      ...said('preflight.dns01.noZone', { where, who }),
      ...fixed('preflight.dns01.fixNoZone'),
      details,
    };
  }
  return {
    ...base,
    verdict: 'pass',
    ...said('preflight.dns01.ok', {
      where,
      servers,
      labels: d.targets.map((t) => t.label).join(', '),
    }),
    details,
  };
}
