// When to renew one certificate (issue 5, R20-R22): a pure function of the stored certificate and
// the time, so it is tested table-driven and the scheduler, the CLI and the UI all say the same.
//
// - R20 floor: renew when one third of the certificate's own lifetime is left (one half for
//   lifetimes of 10 days or less; Let's Encrypt's 6-day "shortlived" profile). Never a fixed 30 days.
// - R21 ARI (RFC 9773 section 4.2): the time chosen at random inside the CA's suggested window,
//   when that is earlier than the floor. A later window does not delay the floor.
// - R22 backoff after failures (backoff.ts), Retry-After as a floor, problems that need the
//   person stop automatic retries. Inside the last 1/20 of the lifetime, retries come faster.
import type { ChallengeConfig, CertStatus } from '../../shared/types.ts';
import { isInteractiveRoute } from '../../shared/route-facts.ts';
import type { StoredCertificate } from '../../storage/schema.ts';
import { DAY_MS } from '../../shared/durations.ts';
import { say, text, type Text, type TextKey } from '../../shared/engine-text.ts';
import { renewalText } from '../../shared/engine-text-renewal.ts';
import { delayText, failureStreak, nextRetryAt } from './backoff.ts';

export type RenewalPlan = {
  /** When to renew (ms since epoch); null when nothing automatic will happen. */
  at: number | null;
  /** Plain English: why then (the CLI, logs and --json). */
  reason: string | null;
  /** The same as a Text, for the window to say in the person's language (issue 16). */
  text: Text | null;
  status: CertStatus;
  /** The challenge method needs a person at every renewal (manual http-01 or dns-01). */
  needsPerson?: boolean;
};

export type PlanOptions = {
  /** A renewal of this certificate is running right now. */
  inFlight?: boolean;
};

/** Lifetimes of 10 days or less renew at half their lifetime (R20). */
export const SHORT_LIFETIME_MS = 10 * DAY_MS;
/** Near expiry: renew regardless of ARI, and retry faster (issue 5). */
export const EMERGENCY_FRACTION = 1 / 20;

export const isManualChallenge = (c: ChallengeConfig): boolean => isInteractiveRoute(c);

export const renewalFraction = (lifetimeMs: number): number =>
  lifetimeMs <= SHORT_LIFETIME_MS ? 1 / 2 : 1 / 3;

const iso = (t: number): string =>
  new Date(t).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
/** Whole days, or tenths of a day (a 6.5-day lifetime). */
const lifetimeDays = (ms: number): number => Math.round((ms / DAY_MS) * 10) / 10;

/** A plan's reason: the Text and its English sentence. */
const why = (t: Text): { reason: string; text: Text } => ({ reason: say(t), text: t });

/** The time the certificate should be renewed if nothing fails (ratio floor, ARI, emergency). */
function basePlan(cert: StoredCertificate, nb: number, na: number): { at: number; text: Text } {
  const life = Math.max(na - nb, 1);
  const fraction = renewalFraction(life);
  const floorAt = na - life * fraction;
  const floorReason = text(fraction === 1 / 2 ? 'renewal.half' : 'renewal.third', {
    days: lifetimeDays(life),
  });
  const ari = cert.ari;
  // ARI is about one certificate: an answer about the previous one says nothing about this one.
  const ariForCurrent =
    ari && (!ari.certId || !cert.current?.ariCertId || ari.certId === cert.current.ariCertId);
  if (ari && ariForCurrent) {
    const chosen = Date.parse(ari.chosenAt);
    if (!Number.isNaN(chosen)) {
      if (chosen < floorAt) {
        const window = {
          start: iso(Date.parse(ari.windowStart)),
          end: iso(Date.parse(ari.windowEnd)),
        };
        return {
          at: chosen,
          text: text(ari.movedEarlierAt ? 'renewal.ariMoved' : 'renewal.ari', window),
        };
      }
      return { at: floorAt, text: text('renewal.ariLater', { floor: floorReason }) };
    }
  }
  return { at: floorAt, text: floorReason };
}

export function planRenewal(
  cert: StoredCertificate,
  now: number,
  opts: PlanOptions = {},
): RenewalPlan {
  const needsPerson = isManualChallenge(cert.challenge);
  const extra = needsPerson ? { needsPerson: true } : {};
  if (opts.inFlight)
    return { at: null, ...why(text('renewal.renewing')), status: 'renewing', ...extra };
  if (cert.revoked)
    return { at: null, ...why(text('renewal.revoked')), status: 'needs-attention', ...extra };
  if (!cert.current)
    return { at: null, ...why(text('renewal.notIssued')), status: 'needs-attention', ...extra };
  const nb = Date.parse(cert.current.notBefore);
  const na = Date.parse(cert.current.notAfter);
  // Issue 18: a paused account renews nothing for these names until the person says it is unpaused.
  if (cert.paused)
    return {
      at: null,
      status: na <= now ? 'expired' : 'needs-attention',
      ...why(text('renewal.needsYou', { problem: text('renewal.problem.account-paused') })),
      ...extra,
    };
  const life = Math.max(na - nb, 1);
  const emergencyAt =
    na - Math.max(life * EMERGENCY_FRACTION, Math.min(DAY_MS, life * renewalFraction(life)));
  const expired = na <= now;
  const expiredOn = iso(na);
  const base = expired
    ? { at: now, text: text('renewal.expired', { date: expiredOn }) }
    : basePlan(cert, nb, na);

  const streak = failureStreak(cert.attempts);
  if (streak.needsPerson) {
    return {
      at: null,
      status: expired ? 'expired' : 'needs-attention',
      ...why(
        expired
          ? text('renewal.needsYouExpired', { problem: problemText(streak), date: expiredOn })
          : text('renewal.needsYou', { problem: problemText(streak) }),
      ),
      ...extra,
    };
  }
  let at = base.at;
  let reason = base.text;
  let status: CertStatus = expired ? 'expired' : 'valid';
  if (streak.count > 0 && streak.last) {
    const retry = nextRetryAt(streak, emergencyAt) ?? Infinity;
    if (retry > at) {
      at = retry;
      const waitMs = retry - Date.parse(streak.last.at);
      const ra = streak.last.retryAfter && Date.parse(streak.last.retryAfter) >= retry;
      const attempt = streak.count + 1;
      reason = ra
        ? text('renewal.retryWaitCa', { attempt, date: iso(retry) })
        : text('renewal.retryWait', { attempt, delay: delayText(waitMs) });
      if (expired) reason = text('renewal.whileExpired', { reason, date: expiredOn });
      if (!expired && retry > now) status = 'retry-wait';
      if (!expired && retry >= emergencyAt) reason = text('renewal.closeToExpiry', { reason });
    }
  }
  if (needsPerson && at <= now) {
    return {
      at,
      ...why(text('renewal.manual', { reason })),
      status: expired ? 'expired' : 'needs-attention',
      needsPerson,
    };
  }
  return { at, ...why(reason), status, ...extra };
}

/** The problem only the person can fix, as a Text when it is one of the known ones. */
function problemText(streak: { last: { errorCode?: string } | null; needsPerson: string | null }) {
  const code = streak.last?.errorCode ?? '';
  return Object.hasOwn(renewalText.problem, code)
    ? text(`renewal.problem.${code}` as TextKey)
    : (streak.needsPerson ?? code);
}
