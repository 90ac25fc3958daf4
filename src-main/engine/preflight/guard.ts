// Every check ends within its own time limit, whatever the network does (issue 4): a black-holed
// DNS server or a web server that accepts and never answers must not hang the wizard. Work that
// cannot be cancelled (a DNS lookup in flight) is left behind; its answer is ignored.
import { CertdeskError } from '../../shared/errors.ts';
import type { CheckId, CheckResult } from './types.ts';
import { fixed, said } from '../../shared/engine-text.ts';

/** A signal that fires on the parent's abort or after `ms`, whichever comes first. */
export function deadline(ms: number, parent?: AbortSignal): AbortSignal {
  return parent ? AbortSignal.any([parent, AbortSignal.timeout(ms)]) : AbortSignal.timeout(ms);
}

/** Resolves with fn's value, or with onAbort() once `signal` fires (fn keeps running, unobserved). */
export function raceSignal<T>(
  signal: AbortSignal,
  fn: () => Promise<T>,
  onAbort: () => T,
): Promise<T> {
  if (signal.aborted) return Promise.resolve(onAbort());
  return new Promise<T>((resolve, reject) => {
    const stop = () => resolve(onAbort());
    signal.addEventListener('abort', stop, { once: true });
    fn().then(
      (v) => {
        signal.removeEventListener('abort', stop);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', stop);
        if (signal.aborted) resolve(onAbort());
        else reject(e);
      },
    );
  });
}

const seconds = (ms: number) => Math.round(ms / 1000);

/**
 * Runs one check with its own deadline. A check that throws or runs out of time still yields a
 * result: "warn, could not finish" (the check is advisory; not knowing is not a failure).
 */
export async function runCheck(
  check: CheckId,
  domain: string | undefined,
  ms: number,
  parent: AbortSignal | undefined,
  fn: (signal: AbortSignal) => Promise<CheckResult>,
): Promise<CheckResult> {
  const signal = deadline(ms, parent);
  const base = domain ? { check, domain } : { check };
  const timedOut = (): CheckResult =>
    parent?.aborted
      ? { ...base, verdict: 'skip', ...said('preflight.guard.cancelled') }
      : {
          ...base,
          verdict: 'warn',
          ...said('preflight.guard.timeout', { seconds: seconds(ms) }),
          ...fixed('preflight.fixNetwork'),
        };
  try {
    const r = await raceSignal(signal, () => fn(signal), timedOut);
    return domain && !r.domain ? { ...r, domain } : r;
  } catch (e) {
    if (signal.aborted) return timedOut();
    const msg =
      e instanceof CertdeskError
        ? { message: e.message }
        : said('preflight.guard.unexpected', { error: (e as Error).message });
    return {
      ...base,
      verdict: 'warn',
      ...msg,
      ...(e instanceof CertdeskError && e.detail ? { details: [e.detail] } : {}),
    };
  }
}
