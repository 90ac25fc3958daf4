// Backoff after failed renewals (issue 5, R22): 1 minute, 10 minutes, 100 minutes, then once a day
// per certificate, as Let's Encrypt's integration guide advises. A CA's Retry-After is a floor.
// Counted from the persisted attempt history, so a restart does not reset it (DESIGN.md conv. 6).
import type { Attempt } from '../../shared/types.ts';
import { DAY_MS, MINUTE_MS } from '../../shared/durations.ts';
import { renewalText } from '../../shared/engine-text-renewal.ts';
import { say, text, type Text } from '../../shared/engine-text.ts';

/** Wait after the 1st, 2nd, 3rd failure in a row; every later one waits BACKOFF_DAILY_MS. */
export const BACKOFF_STEPS_MS: readonly number[] = [1 * MINUTE_MS, 10 * MINUTE_MS, 100 * MINUTE_MS];
export const BACKOFF_DAILY_MS = DAY_MS;
/**
 * In the last 1/20 of a lifetime (or its last day) a day between tries could let the certificate
 * expire: there the daily step shrinks to this (our choice; the "renew regardless" rule of issue 5).
 */
export const BACKOFF_EMERGENCY_MS = 100 * MINUTE_MS;

/** How long to wait after `failures` failures in a row (1-based). */
export function backoffDelay(failures: number, emergency = false): number {
  if (failures <= 0) return 0;
  const step =
    failures <= BACKOFF_STEPS_MS.length ? BACKOFF_STEPS_MS[failures - 1] : BACKOFF_DAILY_MS;
  return emergency ? Math.min(step, BACKOFF_EMERGENCY_MS) : step;
}

/**
 * Problems a retry cannot fix: they wait for the person (status needs-attention) and the scheduler
 * does not try again until someone renews by hand. The CA's own words are in the attempt's message.
 */
export const NON_RETRYABLE_CODES: ReadonlySet<string> = new Set([
  'caa',
  'rejected-identifier',
  'eab-required',
  'eab-invalid',
  'no-account',
  'tos-not-agreed',
  'bad-signature-algorithm',
  'account-paused',
]);
/** Worth one fresh attempt (a new order gets new authorizations); the second one in a row waits for the person. */
export const RETRY_ONCE_CODES: ReadonlySet<string> = new Set([
  'unauthorized',
  'incorrect-response',
]);

/** The problem in a few English words; its Text is renewal.problem.<code> (shared/engine-text-renewal.ts). */
const SHORT_PROBLEM: Record<string, string> = renewalText.problem;

export type FailureStreak = {
  /** Failures since the last success (0 when the last attempt succeeded or there is none). */
  count: number;
  last: Attempt | null;
  /** Set when the streak ended on a problem only the person can fix. */
  needsPerson: string | null;
};

/** Looks at the attempts newest first; stops at the last success. */
export function failureStreak(attempts: readonly Attempt[]): FailureStreak {
  let count = 0;
  for (let i = attempts.length - 1; i >= 0 && attempts[i].outcome === 'failure'; i--) count++;
  if (count === 0) return { count: 0, last: null, needsPerson: null };
  const last = attempts[attempts.length - 1];
  const code = last.errorCode ?? '';
  let needsPerson: string | null = null;
  if (NON_RETRYABLE_CODES.has(code)) needsPerson = SHORT_PROBLEM[code] ?? code;
  else if (
    RETRY_ONCE_CODES.has(code) &&
    count >= 2 &&
    attempts[attempts.length - 2].errorCode === code
  )
    needsPerson = SHORT_PROBLEM[code] ?? code;
  return { count, last, needsPerson };
}

/** The earliest time an automatic retry may start after the streak (null: none ever, it needs the person). */
export function nextRetryAt(streak: FailureStreak, emergencyAt = Infinity): number | null {
  if (streak.count === 0 || !streak.last) return Number.NEGATIVE_INFINITY;
  if (streak.needsPerson) return null;
  const lastAt = Date.parse(streak.last.at);
  let at = lastAt + backoffDelay(streak.count);
  if (at > emergencyAt) at = Math.max(emergencyAt, lastAt + backoffDelay(streak.count, true));
  const ra = streak.last.retryAfter ? Date.parse(streak.last.retryAfter) : NaN;
  return Number.isNaN(ra) ? at : Math.max(at, ra);
}

/** "1 minute", "100 minutes", "1 day", as a Text (renewal.delay.*). */
export function delayText(ms: number): Text {
  if (ms >= DAY_MS && ms % DAY_MS === 0) return text('renewal.delay.days', { count: ms / DAY_MS });
  const m = Math.round(ms / MINUTE_MS);
  if (m < 120) return text('renewal.delay.minutes', { count: m });
  return text('renewal.delay.hours', { count: Math.round(m / 60) });
}

/** "1 minute", "100 minutes", "1 day". */
export const describeDelay = (ms: number): string => say(delayText(ms));
