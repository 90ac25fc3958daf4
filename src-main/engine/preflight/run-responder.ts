// Pre-flight step 2: the temporary responder the real challenge uses, with a test token per name.
import { CertdeskError } from '../../shared/errors.ts';
import { BuiltinHttpSolver } from '../challenges/http-builtin.ts';
import { WebrootHttpSolver } from '../challenges/http-webroot.ts';
import { TlsAlpnSolver } from '../challenges/tls-alpn.ts';
import type { ChallengeContext, ChallengeSolver } from '../challenges/types.ts';
import { isWildcard } from '../names.ts';
import { bindCheck, randomChallenge, testContext, type TestChallenge } from './responder.ts';
import { deadline } from './guard.ts';
import { fixed, said } from '../../shared/engine-text.ts';
import { DEFAULT_CHECK_TIMEOUT_MS, type CheckResult, type PreflightInput } from './types.ts';

export type Responder = {
  solver: ChallengeSolver;
  started: boolean;
  contexts: ChallengeContext[];
  tokens: Map<string, TestChallenge>;
  failure?: CheckResult;
};

/** Step 2: the same responder the real challenge uses, with a random token per name. */
export async function startResponder(
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

export async function stopResponder(r: Responder | null): Promise<void> {
  if (!r || !r.started) return;
  for (const ctx of r.contexts) await r.solver.cleanup(ctx).catch(() => {});
  await r.solver.stop?.().catch(() => {});
}
