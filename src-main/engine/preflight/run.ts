// runPreflight: every check for a set of names, in parallel where they do not depend on each
// other, each within its own time limit (default 10 s) and every name's checks within 30 s, even
// when the network is down. Order of work:
//   1. names (instant); the CA's directory (outbound) and the firewall start at once;
//   2. the temporary responder the chosen method uses is started (the port80/port443 check), and
//      a random test token per name is placed the way the real challenge will be;
//   3. per name: dns (with each address probed on the validation port), caa, and the self-check
//      (http-01, tls-alpn-01) or the dns-01 check;
//   4. the responder stops and the test files go; then, only if asked, the trial run at the CA.
// Step 2 is run-responder.ts, step 3 run-name.ts.
import { CertdeskError } from '../../shared/errors.ts';
import type { AcmeDirectory } from '../acme/client.ts';
import { namesCheck } from './names.ts';
import { fetchDirectoryFor, outboundVerdict } from './outbound.ts';
import { firewallVerdict, readFirewalls, systemRunner } from './firewall.ts';
import { trialRun } from './trial-run.ts';
import { deadline, raceSignal, runCheck } from './guard.ts';
import { said } from '../../shared/engine-text.ts';
import { startResponder, stopResponder } from './run-responder.ts';
import { checkName } from './run-name.ts';
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
