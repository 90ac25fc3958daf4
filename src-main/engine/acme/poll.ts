// Waiting for the CA: the order's status after the challenges, then after finalize (RFC 8555
// section 7.5.1 and 7.4). Issue 21: the CA usually validates and issues within a second (a local
// Pebble in tens of milliseconds); acme-client starts at 5 s, which makes every issuance wait for
// nothing. So: poll at a short interval for the first second (first after 25 ms, then every 50 ms,
// at most 20 requests), then double from 250 ms up to 3 s and honour the CA's Retry-After (Let's
// Encrypt sends one on orders that are processing; capped at 10 s). Give up after 5 minutes.
import { CertdeskError, textError } from '../../shared/errors.ts';
import { text } from '../../shared/engine-text.ts';
import { textFromEnglish } from '../history-text.ts';
import { SECOND_MS, MINUTE_MS } from '../../shared/durations.ts';
import { parseRetryAfter } from './problems.ts';

export type PollOptions = {
  firstMs?: number;
  quickMs?: number;
  quickForMs?: number;
  maxMs?: number;
  timeoutMs?: number;
};

export const POLL_DEFAULTS: Required<PollOptions> = {
  firstMs: 25,
  quickMs: 50,
  quickForMs: SECOND_MS,
  maxMs: 3 * SECOND_MS,
  timeoutMs: 5 * MINUTE_MS,
};
const SLOW_START_MS = 250;
const RETRY_AFTER_CAP_MS = 10 * SECOND_MS;

/** The delay before the next poll, given the last one's time since the first and Retry-After. */
export function nextPollDelay(
  opts: Required<PollOptions>,
  elapsedMs: number,
  slowPolls: number,
  retryAfterMs: number,
): number {
  if (elapsedMs < opts.quickForMs) return opts.quickMs;
  const backoff = Math.min(Math.max(SLOW_START_MS, opts.quickMs) * 2 ** slowPolls, opts.maxMs);
  return Math.max(backoff, Math.min(retryAfterMs, RETRY_AFTER_CAP_MS));
}

export async function pollUntil<T>(
  get: () => Promise<{ data: T; retryAfter?: string }>,
  done: (t: T) => boolean,
  opts: Required<PollOptions>,
  signal: AbortSignal,
  what: string,
): Promise<T> {
  const started = Date.now();
  const deadline = started + opts.timeoutMs;
  let delay = opts.firstMs;
  let slowPolls = 0;
  for (;;) {
    await sleep(delay, signal);
    const { data, retryAfter } = await get();
    if (done(data)) return data;
    const now = Date.now();
    if (now > deadline)
      // `what` is English (engine/issue.ts); a phrase Certdesk knows is said in the window's language.
      throw textError(
        'timeout',
        text('failure.gaveUp', { what: textFromEnglish(what, 4) ?? what }),
        { retryable: true },
      );
    const ra = parseRetryAfter(retryAfter, now);
    delay = nextPollDelay(opts, now - started, slowPolls, ra ? Date.parse(ra) - now : 0);
    if (now - started >= opts.quickForMs) slowPolls += 1;
  }
}

const cancelled = (): CertdeskError => textError('cancelled', text('failure.cancelled'));

export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(cancelled());
    const t = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(cancelled());
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
