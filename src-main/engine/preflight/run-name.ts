// Pre-flight step 3: one name's checks (dns, caa, the self-check or dns-01) within its deadline.
import type { AcmeDirectory } from '../acme/client.ts';
import { isWildcard } from '../names.ts';
import { ipOf } from '../profiles.ts';
import { ipChecks } from './ip.ts';
import { randomChallenge } from './responder.ts';
import { dnsVerdict, lookupAddresses, probeTcp, type AddressLookup } from './dns.ts';
import { caaVerdict, findRelevantCaa } from './caa.ts';
import { httpSelfCheck } from './http.ts';
import { tlsSelfCheck } from './tls.ts';
import { dns01Check } from './dns01.ts';
import { deadline, raceSignal, runCheck } from './guard.ts';
import { said } from '../../shared/engine-text.ts';
import type { CheckResult, PreflightInput } from './types.ts';
import type { Responder } from './run-responder.ts';

const noAnswer = (): AddressLookup => ({
  v4: [],
  v6: [],
  nxdomain: false,
  errors: ['A/AAAA: no answer in time'],
});

/** Step 3: one name's checks, in parallel, within the name's own deadline. */
export async function checkName(
  name: string,
  input: PreflightInput,
  responder: Responder | null,
  dirP: Promise<{ dir: AcmeDirectory } | { error: unknown }>,
  checkMs: number,
  nameMs: number,
  emit: (r: CheckResult) => void,
): Promise<void> {
  const cfg = input.challenge;
  const mode = cfg.type === 'http-01' ? (cfg.httpMode ?? 'builtin') : null;
  const resolver = input.dnsResolver;
  const wildcard = isWildcard(name);
  const host = name.replace(/^\*\./, '');
  const nameSignal = deadline(nameMs, input.signal);
  const ip = ipOf(name);
  const lookupSignal = deadline(Math.round(checkMs * 0.6), nameSignal);
  const addrP = ip
    ? Promise.resolve<AddressLookup>({
        v4: ip.includes(':') ? [] : [ip],
        v6: ip.includes(':') ? [ip] : [],
        nxdomain: false,
        errors: [],
      })
    : wildcard
      ? Promise.resolve(noAnswer())
      : raceSignal(
          lookupSignal,
          () => lookupAddresses(host, { resolver, signal: lookupSignal }),
          noAnswer,
        );
  const port = cfg.type === 'tls-alpn-01' ? (input.tlsPort ?? 443) : (input.httpPort ?? 80);
  // Probing an address means something must be listening: our responder, or the user's server.
  const responderUp = responder ? responder.started && !responder.failure : true;
  const probe = cfg.type !== 'dns-01' && responderUp;
  const jobs: Promise<CheckResult>[] = [];

  if (ip) {
    // RFC 8738: the CA connects to the address itself; there is no DNS or CAA to look up.
    jobs.push(...ipChecks(name, ip, port, cfg.type, checkMs, nameSignal));
  } else if (!wildcard) {
    jobs.push(
      runCheck('dns', name, checkMs, nameSignal, async (signal) => {
        const lookup = await addrP;
        let probeResult: { port: number; results: Map<string, string | null> } | undefined;
        if (probe) {
          const all = [...lookup.v4, ...lookup.v6];
          const got = await Promise.all(
            all.map(
              async (a) => [a, await probeTcp(a, port, signal, Math.round(checkMs * 0.3))] as const,
            ),
          );
          probeResult = { port, results: new Map(got) };
        }
        return dnsVerdict({
          name,
          lookup,
          ...(probeResult ? { probe: probeResult } : {}),
          needsAddress: cfg.type !== 'dns-01',
          warnPrivate: !resolver,
        });
      }),
    );
  }

  if (!ip)
    jobs.push(
      runCheck('caa', name, checkMs, nameSignal, async (signal) => {
        const [lookup, dir] = await Promise.all([
          findRelevantCaa(host, { resolver, signal }),
          dirP,
        ]);
        const identities =
          input.caaIdentities ?? ('dir' in dir ? (dir.dir.meta?.caaIdentities ?? []) : []);
        return caaVerdict({ name, wildcard, lookup, identities, method: cfg.type });
      }),
    );

  if (cfg.type === 'http-01' && !wildcard) {
    jobs.push(
      runCheck('http-01', name, checkMs, nameSignal, async (signal) => {
        if (responder?.failure) {
          return {
            check: 'http-01',
            verdict: 'skip',
            ...said('preflight.responder.httpSkipped', { name }),
          };
        }
        const c = responder?.tokens.get(name);
        if (responder && !c)
          return {
            check: 'http-01',
            verdict: 'skip',
            ...said('preflight.responder.noTestFile', { name }),
          };
        const lookup = await addrP;
        return httpSelfCheck({
          name,
          addresses: [...lookup.v6, ...lookup.v4],
          token: c?.token ?? randomChallenge().token,
          expected: c?.keyAuthorization ?? null,
          mode: mode ?? 'builtin',
          ...(cfg.type === 'http-01' && cfg.httpMode === 'webroot' ? { webroot: cfg.webroot } : {}),
          httpPort: input.httpPort,
          resolver,
          signal,
          timeoutMs: Math.round(checkMs * 0.6),
        });
      }),
    );
  }

  if (cfg.type === 'tls-alpn-01' && !wildcard) {
    jobs.push(
      runCheck('tls-alpn-01', name, checkMs, nameSignal, async (signal) => {
        const c = responder?.tokens.get(name);
        if (!c || responder?.failure)
          return {
            check: 'tls-alpn-01',
            verdict: 'skip',
            ...said('preflight.responder.tlsSkipped', { name }),
          };
        const lookup = await addrP;
        return tlsSelfCheck({
          name,
          addresses: [...lookup.v6, ...lookup.v4],
          port,
          keyAuthorization: c.keyAuthorization,
          signal,
        });
      }),
    );
  }

  if (cfg.type === 'dns-01') {
    jobs.push(
      runCheck('dns-01', name, checkMs, nameSignal, (signal) =>
        dns01Check({
          name: host,
          mode: cfg.dnsMode ?? 'manual',
          resolver,
          signal,
          queryTimeoutMs: Math.min(2000, Math.round(checkMs / 5)),
        }).then((r) => ({ ...r, domain: name })),
      ),
    );
  }

  for (const p of jobs) void p.then(emit);
  await Promise.all(jobs);
}
