// Status and next renewal of a stored certificate, for list/show, the dashboard and the scheduler.
// The renewal policy itself lives in renewal/; this turns stored data into what people see.
import type { CertificateSummary } from '../shared/types.ts';
import { isText } from '../shared/engine-text.ts';
import type { StoredCertificate } from '../storage/schema.ts';
import { planRenewal, type RenewalPlan } from './renewal/policy.ts';
import { unicodeName } from './names.ts';
import { lastSiteCheck } from './services/site-check.ts';

export type RenewalDecision = RenewalPlan;
export type RenewalPlanner = (
  cert: StoredCertificate,
  now: number,
  inFlight: boolean,
) => RenewalDecision;

/** The renewal policy of issue 5 (renewal/policy.ts): ratio floor, ARI, backoff, needs-attention. */
export const policyPlanner: RenewalPlanner = (cert, now, inFlight) =>
  planRenewal(cert, now, { inFlight });

export function summarize(
  cert: StoredCertificate,
  now: number,
  planner: RenewalPlanner = policyPlanner,
  inFlight = false,
): CertificateSummary {
  const d = planner(cert, now, inFlight);
  const stored = cert.attempts.at(-1) ?? null;
  // A Text a later Certdesk wrote (a key this one does not know) is left out, not sent broken.
  const last = stored?.text && !isText(stored.text) ? { ...stored, text: undefined } : stored;
  const lastFailure = last && last.outcome === 'failure' ? last : null;
  return {
    id: cert.id,
    names: cert.names,
    unicodeNames: cert.names.map(unicodeName),
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
    ...(cert.profile ? { profile: cert.profile } : {}),
    ...caWindow(cert),
    ...(cert.twin
      ? {
          twin: {
            keyType: cert.twin.keyType,
            notAfter: cert.twin.current?.notAfter ?? null,
            serial: cert.twin.current?.serial ?? null,
          },
        }
      : {}),
    ...(cert.paused ? { paused: cert.paused } : {}),
    nextRenewalAt: d.at === null ? null : new Date(d.at).toISOString(),
    renewalReason: d.reason,
    renewalText: d.text,
    lastAttempt: last,
    lastError: lastFailure
      ? { code: lastFailure.errorCode ?? 'internal', message: lastFailure.message ?? '' }
      : null,
    exports: cert.exports,
    createdAt: cert.createdAt,
    ...served(cert),
  };
}

/** The last live-site check, when it was of the current certificate (issue 17). */
function served(cert: StoredCertificate): Pick<CertificateSummary, 'served'> {
  const s = lastSiteCheck(cert);
  return s ? { served: s } : {};
}

/** The CA's ARI window when it is about the current certificate (RFC 9773 section 4.2). */
function caWindow(cert: StoredCertificate): Pick<CertificateSummary, 'caWindow'> {
  const a = cert.ari;
  if (!a || !cert.current) return {};
  if (a.certId && cert.current.ariCertId && a.certId !== cert.current.ariCertId) return {};
  return {
    caWindow: {
      start: a.windowStart,
      end: a.windowEnd,
      ...(a.explanationUrl ? { explanationUrl: a.explanationUrl } : {}),
    },
  };
}
