// The "dns-01" check (R12): where the TXT record for a name must go (a CNAME on _acme-challenge
// delegates it to another zone), which name servers are authoritative for that zone (found by
// walking NS up from the name), whether each of them answers (R16: the CA asks them on port 53),
// and whether old TXT records are lying around (they make every answer larger).
import type { DnsMode } from '../../shared/types.ts';
import { challengeRecordName } from '../challenges/dns/zone.ts';
import { discoverTargets } from '../challenges/dns/propagation.ts';
import { query, rcodeOf, txtValues } from '../challenges/dns/dns-client.ts';
import type { CheckResult } from './types.ts';

/** Above this many TXT values at the record the answer may no longer fit a UDP packet (R12). */
const MANY_TXT = 3;

export async function dns01Check(i: { name: string; mode: DnsMode; resolver?: string; signal?: AbortSignal; queryTimeoutMs?: number }): Promise<CheckResult> {
  const record = challengeRecordName(i.name);
  const base = { check: 'dns-01' as const, domain: i.name };
  const d = await discoverTargets(record, { resolver: i.resolver, signal: i.signal, queryTimeoutMs: i.queryTimeoutMs ?? 2000 });
  const details: string[] = [];
  const delegated = d.chain.length > 1;
  if (delegated) details.push(`CNAME delegation: ${d.chain.join(' -> ')}`);
  details.push(d.zone ? `zone: ${d.zone}` : `zone: not found (no NS records up from ${d.target})`);
  // Each server on its own: who answers, and what TXT values it already holds.
  const answers = await Promise.all(d.targets.map(async (t) => {
    try {
      const p = await query(t.server, d.target, 'TXT', { recursion: t.recursion, signal: i.signal, timeoutMs: i.queryTimeoutMs ?? 2000, tries: 1 });
      const values = txtValues(p, d.target);
      details.push(`${t.label}: ${rcodeOf(p)}, ${values.length} TXT value(s) at ${d.target}${values.length ? `: ${values.map((v) => JSON.stringify(v)).join(', ')}` : ''}`);
      return { label: t.label, ok: true, values };
    } catch (e) {
      details.push(`${t.label}: no answer (${(e as Error).message})`);
      return { label: t.label, ok: false, values: [] as string[] };
    }
  }));
  const where = delegated ? `${record} points to ${d.target} (CNAME delegation), so the TXT record goes there` : `The TXT record goes at ${record}`;
  const servers = d.zone ? `the name servers of ${d.zone}` : 'the DNS server';
  const silent = answers.filter((a) => !a.ok);
  if (silent.length > 0) {
    const all = silent.length === answers.length;
    return {
      ...base, verdict: 'warn',
      message: `${where}, but ${all ? 'none' : `${silent.length} of ${answers.length}`} of ${servers} answered from this computer (${silent.map((s) => s.label).join(', ')}).`,
      fix: all
        ? 'Your network may block DNS to anything but its own resolver; that is fine for the CA, but Certdesk will then check through your resolver. If the servers are down, fix them first: the CA asks them directly.'
        : 'Check the name servers that did not answer: the CA may ask any of them, on port 53 over UDP and TCP, from several places.',
      details,
    };
  }
  const stale = [...new Set(answers.flatMap((a) => a.values))];
  // acme-dns keeps the last two values by design; elsewhere leftovers mean a cleanup that did not run.
  const expected = i.mode === 'acme-dns' && delegated ? 2 : 0;
  if (stale.length > expected) {
    return {
      ...base, verdict: 'warn',
      message: `${where}. It already holds ${stale.length} TXT value${stale.length > 1 ? 's' : ''} from earlier attempts; old records make the answer larger${stale.length >= MANY_TXT ? ', and this many may no longer fit the CA\'s DNS answer' : ''}.`,
      fix: `Remove the old TXT records at ${d.target} (Certdesk adds a fresh one for each validation).`,
      details,
    };
  }
  const who = d.viaResolver ? `(checked through ${d.targets.map((t) => t.label).join(', ')})` : `(${d.targets.length} server${d.targets.length === 1 ? '' : 's'} answer${d.targets.length === 1 ? 's' : ''})`;
  if (!d.zone) {
    return { ...base, verdict: 'warn', message: `${where}, but Certdesk could not find which name servers are authoritative for it ${who}; it will check through your DNS resolver instead.`, fix: 'If this name is on a private or test DNS server, that is expected; otherwise check the NS records of your domain at your registrar.', details };
  }
  return { ...base, verdict: 'pass', message: `${where}; ${servers} (${d.targets.map((t) => t.label).join(', ')}) answer, and there are no old records.`, details };
}
