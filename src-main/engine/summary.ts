// Status and next renewal of a stored certificate, for list/show, the dashboard and the scheduler.
// The renewal policy itself lives in renewal/; this turns stored data into what people see.
import type { CertificateSummary, CertStatus } from '../shared/types.ts';
import type { StoredCertificate } from '../storage/schema.ts';
import { DAY_MS } from '../shared/durations.ts';

export type RenewalDecision = { at: number | null; reason: string | null; status: CertStatus };
export type RenewalPlanner = (cert: StoredCertificate, now: number, inFlight: boolean) => RenewalDecision;

/** R20 floor: one third of the lifetime left (one half for lifetimes of 10 days or less). */
export const simplePlanner: RenewalPlanner = (cert, now, inFlight) => {
  if (inFlight) return { at: null, reason: 'renewing now', status: 'renewing' };
  if (cert.revoked) return { at: null, reason: 'revoked: issue a new certificate', status: 'needs-attention' };
  if (!cert.current) return { at: now, reason: 'no certificate yet', status: 'needs-attention' };
  const nb = Date.parse(cert.current.notBefore);
  const na = Date.parse(cert.current.notAfter);
  if (na <= now) return { at: now, reason: 'expired', status: 'expired' };
  const life = na - nb;
  const ratio = life <= 10 * DAY_MS ? 1 / 2 : 1 / 3;
  const at = na - life * ratio;
  const days = Math.round(life / DAY_MS);
  return { at, reason: `${ratio === 1 / 2 ? 'half' : 'one third'} of the ${days}-day lifetime left`, status: 'valid' };
};

export function summarize(cert: StoredCertificate, now: number, planner: RenewalPlanner = simplePlanner, inFlight = false): CertificateSummary {
  const d = planner(cert, now, inFlight);
  const last = cert.attempts.at(-1) ?? null;
  const lastFailure = last && last.outcome === 'failure' ? last : null;
  return {
    id: cert.id,
    names: cert.names,
    accountId: cert.accountId,
    keyType: cert.keyType,
    status: d.status,
    notBefore: cert.current?.notBefore ?? null,
    notAfter: cert.current?.notAfter ?? null,
    serial: cert.current?.serial ?? null,
    issuer: cert.current?.issuer ?? null,
    chainIssuers: cert.current?.chainIssuers ?? [],
    challenge: cert.challenge,
    ...(cert.preferredChain ? { preferredChain: cert.preferredChain } : {}),
    nextRenewalAt: d.at === null ? null : new Date(d.at).toISOString(),
    renewalReason: d.reason,
    lastAttempt: last,
    lastError: lastFailure ? { code: lastFailure.errorCode ?? 'internal', message: lastFailure.message ?? '' } : null,
    exports: cert.exports,
    createdAt: cert.createdAt,
  };
}
