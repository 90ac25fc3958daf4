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
import { describeDelay, failureStreak, nextRetryAt } from './backoff.ts';

export type RenewalPlan = {
  /** When to renew (ms since epoch); null when nothing automatic will happen. */
  at: number | null;
  /** Plain English: why then. */
  reason: string | null;
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
const lifetimeDays = (ms: number): string => {
  const tenths = Math.round((ms / DAY_MS) * 10) / 10;
  return Number.isInteger(tenths) ? String(tenths) : tenths.toFixed(1);
};

/** The time the certificate should be renewed if nothing fails (ratio floor, ARI, emergency). */
function basePlan(cert: StoredCertificate, nb: number, na: number): { at: number; reason: string } {
  const life = Math.max(na - nb, 1);
  const fraction = renewalFraction(life);
  const floorAt = na - life * fraction;
  const floorReason = `${fraction === 1 / 2 ? 'half' : 'one third'} of the ${lifetimeDays(life)}-day lifetime left`;
  const ari = cert.ari;
  // ARI is about one certificate: an answer about the previous one says nothing about this one.
  const ariForCurrent =
    ari && (!ari.certId || !cert.current?.ariCertId || ari.certId === cert.current.ariCertId);
  if (ari && ariForCurrent) {
    const chosen = Date.parse(ari.chosenAt);
    if (!Number.isNaN(chosen)) {
      if (chosen < floorAt) {
        const moved = ari.movedEarlierAt ? '; the CA moved it earlier' : '';
        return {
          at: chosen,
          reason: `the CA asked for renewal between ${iso(Date.parse(ari.windowStart))} and ${iso(Date.parse(ari.windowEnd))} (ARI)${moved}`,
        };
      }
      return {
        at: floorAt,
        reason: `${floorReason} (the CA's ARI window is later; Certdesk does not wait past this)`,
      };
    }
  }
  return { at: floorAt, reason: floorReason };
}

export function planRenewal(
  cert: StoredCertificate,
  now: number,
  opts: PlanOptions = {},
): RenewalPlan {
  const needsPerson = isManualChallenge(cert.challenge);
  const extra = needsPerson ? { needsPerson: true } : {};
  if (opts.inFlight) return { at: null, reason: 'renewing now', status: 'renewing', ...extra };
  if (cert.revoked)
    return {
      at: null,
      reason: 'revoked: issue a new certificate',
      status: 'needs-attention',
      ...extra,
    };
  if (!cert.current)
    return {
      at: null,
      reason: 'not issued yet: issue it first',
      status: 'needs-attention',
      ...extra,
    };
  const nb = Date.parse(cert.current.notBefore);
  const na = Date.parse(cert.current.notAfter);
  const life = Math.max(na - nb, 1);
  const emergencyAt =
    na - Math.max(life * EMERGENCY_FRACTION, Math.min(DAY_MS, life * renewalFraction(life)));
  const expired = na <= now;
  const base = expired ? { at: now, reason: `expired on ${iso(na)}` } : basePlan(cert, nb, na);

  const streak = failureStreak(cert.attempts);
  if (streak.needsPerson) {
    return {
      at: null,
      status: expired ? 'expired' : 'needs-attention',
      reason: `needs you: ${streak.needsPerson}. Fix it, then renew by hand${expired ? ` (expired on ${iso(na)})` : ''}`,
      ...extra,
    };
  }
  let at = base.at;
  let reason = base.reason;
  let status: CertStatus = expired ? 'expired' : 'valid';
  if (streak.count > 0 && streak.last) {
    const retry = nextRetryAt(streak, emergencyAt) ?? Infinity;
    if (retry > at) {
      at = retry;
      const waitMs = retry - Date.parse(streak.last.at);
      const ra = streak.last.retryAfter && Date.parse(streak.last.retryAfter) >= retry;
      reason = `retry ${streak.count + 1} after a failure: ${ra ? `the CA asked to wait until ${iso(retry)}` : `waiting ${describeDelay(waitMs)}`}${expired ? ` (expired on ${iso(na)})` : ''}`;
      if (!expired && retry > now) status = 'retry-wait';
      if (!expired && retry >= emergencyAt)
        reason += '; close to expiry, so tries come at least every 100 minutes';
    }
  }
  if (needsPerson && at <= now) {
    return {
      at,
      reason: `${reason}; the manual method needs you: renew it by hand`,
      status: expired ? 'expired' : 'needs-attention',
      needsPerson,
    };
  }
  return { at, reason, status, ...extra };
}
