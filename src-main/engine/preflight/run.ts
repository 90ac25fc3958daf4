// runPreflight: every check for a set of names, in parallel where they do not depend on each
// other, each within its own time limit (default 10 s) and every name's checks within 30 s, even
// when the network is down. Order of work:
//   1. names (instant); the CA's directory (outbound) and the firewall start at once;
//   2. the temporary responder the chosen method uses is started (the port80/port443 check), and
//      a random test token per name is placed the way the real challenge will be;
//   3. per name: dns (with each address probed on the validation port), caa, and the self-check
//      (http-01, tls-alpn-01) or the dns-01 check;
//   4. the responder stops and the test files go; then, only if asked, the trial run at the CA.
import { CertdeskError } from '../../shared/errors.ts';
import type { AcmeDirectory } from '../acme/client.ts';
import { BuiltinHttpSolver } from '../challenges/http-builtin.ts';
import { WebrootHttpSolver } from '../challenges/http-webroot.ts';
import { TlsAlpnSolver } from '../challenges/tls-alpn.ts';
import type { ChallengeContext, ChallengeSolver } from '../challenges/types.ts';
import { isWildcard } from '../names.ts';
import { ipOf } from '../profiles.ts';
import { ipChecks } from './ip.ts';
import { namesCheck } from './names.ts';
import { fetchDirectoryFor, outboundVerdict } from './outbound.ts';
import { firewallVerdict, readFirewalls, systemRunner } from './firewall.ts';
import { bindCheck, randomChallenge, testContext, type TestChallenge } from './responder.ts';
import { dnsVerdict, lookupAddresses, probeTcp, type AddressLookup } from './dns.ts';
import { caaVerdict, findRelevantCaa } from './caa.ts';
import { httpSelfCheck } from './http.ts';
import { tlsSelfCheck } from './tls.ts';
import { dns01Check } from './dns01.ts';
import { trialRun } from './trial-run.ts';
import { deadline, raceSignal, runCheck } from './guard.ts';
import { fixed, said } from '../../shared/engine-text.ts';
import {
  DEFAULT_CHECK_TIMEOUT_MS,
  DEFAULT_NAME_TIMEOUT_MS,
  DEFAULT_TRIAL_RUN_TIMEOUT_MS,
  type CheckId,
  type CheckResult,
  type PreflightInput,
  type PreflightOutput,
} from './types.ts';

const ORDER: CheckId[] = [
  'names',
  'outbound',
  'firewall',
  'port80',
  'port443',
  'dns',
  'caa',
  'http-01',
  'tls-alpn-01',
  'dns-01',
  'trial-run',
];
const NAME_CONCURRENCY = 8;

type Responder = {
  solver: ChallengeSolver;
  started: boolean;
  contexts: ChallengeContext[];
  tokens: Map<string, TestChallenge>;
  failure?: CheckResult;
};

export async function runPreflight(input: PreflightInput): Promise<PreflightOutput> {
  const results: CheckResult[] = [];
  const emit = (r: CheckResult) => {
    results.push(r);
    try {
      input.onResult?.(r);
    } catch {
      /* a listener must not stop the checks */
    }
  };
  const checkMs = input.checkTimeoutMs ?? DEFAULT_CHECK_TIMEOUT_MS;
  const nameMs = input.nameTimeoutMs ?? DEFAULT_NAME_TIMEOUT_MS;
  const cfg = input.challenge;
  const mode = cfg.type === 'http-01' ? (cfg.httpMode ?? 'builtin') : null;
  const resolver = input.dnsResolver;

  const named = namesCheck(input.names, cfg.type, { allowIp: input.allowIp === true });
  named.results.forEach(emit);
  const names = named.names;

  // The directory: the outbound check, and the CA's CAA identities for the caa check (R24).
  const dirSignal = deadline(Math.round(checkMs * 0.8), input.signal);
  const dirP: Promise<{ dir: AcmeDirectory } | { error: unknown }> = raceSignal(
    dirSignal,
    () =>
      fetchDirectoryFor(input.directoryUrl, input.caCertPem, Math.round(checkMs * 0.8)).then(
        (dir) => ({ dir }),
        (error: unknown) => ({ error }),
      ),
    () => ({
      error: new CertdeskError(
        'timeout',
        `The CA (${new URL(input.directoryUrl).host}) did not answer within ${Math.round((checkMs * 0.8) / 1000)} seconds.`,
      ),
    }),
  );
  const outboundP = runCheck('outbound', undefined, checkMs, input.signal, async () =>
    outboundVerdict(input.directoryUrl, await dirP),
  ).then(emit);

  // The firewall matters only where this computer itself answers the CA.
  const port = cfg.type === 'tls-alpn-01' ? (input.tlsPort ?? 443) : (input.httpPort ?? 80);
  const localAnswer = cfg.type === 'tls-alpn-01' || mode === 'builtin' || mode === 'webroot';
  const firewallP = localAnswer
    ? runCheck('firewall', undefined, checkMs, input.signal, async (signal) =>
        firewallVerdict(
          await readFirewalls(
            [port],
            process.platform,
            systemRunner(Math.min(5000, checkMs), signal),
          ),
          [port],
        ),
      ).then(emit)
    : Promise.resolve();

  const responder = names.length ? await startResponder(input, names, emit) : null;
  try {
    const queue = [...names];
    const worker = async () => {
      for (let n = queue.shift(); n !== undefined; n = queue.shift())
        await checkName(n, input, responder, dirP, checkMs, nameMs, emit);
    };
    await Promise.all(Array.from({ length: Math.min(NAME_CONCURRENCY, names.length) }, worker));
  } finally {
    await stopResponder(responder);
  }
  await Promise.all([outboundP, firewallP]);

  if (input.trialRun && names.length && !input.signal?.aborted) {
    // Not raced: the trial run must always clean up what it placed, so it ends on its own deadline.
    const signal = deadline(input.trialRunTimeoutMs ?? DEFAULT_TRIAL_RUN_TIMEOUT_MS, input.signal);
    try {
      for (const r of await trialRun({ ...input, names, signal, dnsResolver: resolver })) emit(r);
    } catch (e) {
      const timedOut = signal.aborted;
      emit({
        check: 'trial-run',
        verdict: timedOut ? 'warn' : 'fail',
        ...(timedOut
          ? said('preflight.trial.timeout')
          : e instanceof CertdeskError
            ? { message: e.message }
            : said('preflight.trial.stopped', { error: (e as Error).message })),
        ...(e instanceof CertdeskError && e.detail ? { details: [e.detail] } : {}),
      });
    }
  }

  const rank = (r: CheckResult) =>
    ORDER.indexOf(r.check) * 1000 + (r.domain ? Math.max(0, names.indexOf(r.domain)) : 0);
  const sorted = results
    .map((r, i) => ({ r, i }))
    .sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i)
    .map((x) => x.r);
  return { results: sorted, ok: sorted.every((r) => r.verdict !== 'fail') };
}

/** Step 2: the same responder the real challenge uses, with a random token per name. */
async function startResponder(
  input: PreflightInput,
  names: string[],
  emit: (r: CheckResult) => void,
): Promise<Responder | null> {
  const cfg = input.challenge;
  const mode = cfg.type === 'http-01' ? (cfg.httpMode ?? 'builtin') : null;
  let solver: ChallengeSolver;
  if (mode === 'builtin')
    solver = new BuiltinHttpSolver({ port: input.httpPort, host: input.httpHost });
  else if (cfg.type === 'http-01' && cfg.httpMode === 'webroot' && cfg.webroot)
    solver = new WebrootHttpSolver(cfg.webroot);
  else if (cfg.type === 'tls-alpn-01')
    solver = new TlsAlpnSolver({ port: input.tlsPort, host: input.httpHost });
  else return null;
  const r: Responder = { solver, started: false, contexts: [], tokens: new Map() };
  if (mode === 'webroot') {
    try {
      await solver.start?.();
      r.started = true;
    } catch (e) {
      r.failure = {
        check: 'http-01',
        verdict: 'fail',
        message: e instanceof CertdeskError ? e.message : (e as Error).message,
        ...fixed('preflight.responder.fixWebroot'),
      };
      emit(r.failure);
      return r;
    }
  } else {
    const check = cfg.type === 'tls-alpn-01' ? 'port443' : 'port80';
    const bound = await bindCheck(
      solver,
      check,
      cfg.type === 'tls-alpn-01' ? (input.tlsPort ?? 443) : (input.httpPort ?? 80),
      cfg.type === 'tls-alpn-01' ? 'tls-alpn-01' : 'http-01',
    );
    emit(bound.result);
    r.started = bound.started;
    if (!bound.started) {
      r.failure = bound.result;
      return r;
    }
  }
  const placeSignal = deadline(DEFAULT_CHECK_TIMEOUT_MS, input.signal);
  for (const name of names) {
    if (isWildcard(name)) continue;
    const c = randomChallenge();
    const ctx = testContext(name, c, placeSignal);
    try {
      await solver.present(ctx);
      r.contexts.push(ctx);
      r.tokens.set(name, c);
    } catch (e) {
      emit({
        check: cfg.type === 'tls-alpn-01' ? 'tls-alpn-01' : 'http-01',
        domain: name,
        verdict: 'fail',
        ...said('preflight.responder.notPlaced', {
          name,
          error: e instanceof CertdeskError ? e.message : (e as Error).message,
        }),
      });
    }
  }
  return r;
}

async function stopResponder(r: Responder | null): Promise<void> {
  if (!r || !r.started) return;
  for (const ctx of r.contexts) await r.solver.cleanup(ctx).catch(() => {});
  await r.solver.stop?.().catch(() => {});
}

const noAnswer = (): AddressLookup => ({
  v4: [],
  v6: [],
  nxdomain: false,
  errors: ['A/AAAA: no answer in time'],
});

/** Step 3: one name's checks, in parallel, within the name's own deadline. */
async function checkName(
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
