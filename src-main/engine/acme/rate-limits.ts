// The CA's rate-limit answers explained (issue 18), from Let's Encrypt's documented shapes:
// - a paused account (after 1,152 failed validations in a row for a name): Boulder answers newOrder
//   with "Your account is temporarily prevented from requesting certificates for NAMES and possibly
//   others. Please visit: URL" (429 rateLimited today; matched on the words whatever the type);
// - the other limits are `rateLimited` whose detail names the limit ("too many new orders
//   recently", "too many certificates (50) already issued for \"example.com\"", "... for this exact
//   set of identifiers", "too many failed authorizations recently") and links the limit's section
//   of letsencrypt.org/docs/rate-limits; Retry-After (RFC 8555 section 6.6) says when, and newer
//   details repeat it as "retry after 2025-09-18 09:13:16 UTC".
// The sentence names the limit and when Certdesk tries again; where Let's Encrypt exempts renewals
// that name the certificate they replace (ARI, RFC 9773), it says so.
import { CertdeskError, textError } from '../../shared/errors.ts';
import { say, text, type Text, type TextKey } from '../../shared/engine-text.ts';
import type { AcmeProblem } from './problems.ts';

const PAUSED =
  /temporarily prevented from requesting certificates for (.+?)(?: and possibly others)?\.\s*Please visit:?\s*(https:\/\/\S+)/i;

export type PausedInfo = { names: string[]; url: string };

/** The paused-account answer's names and unpause page, or null for any other problem. */
export function pausedInfo(p: AcmeProblem): PausedInfo | null {
  const m = PAUSED.exec(p.detail ?? '');
  if (!m) return null;
  const names = m[1]
    .split(/,\s*/)
    .map((n) => n.trim().replace(/^"|"$/g, ''))
    .filter(Boolean);
  return { names, url: m[2].replace(/[.,;)]+$/, '') };
}

export function pausedError(info: PausedInfo, detail?: string): CertdeskError {
  return textError('account-paused', text('limits.paused', { names: info.names.join(', ') }), {
    retryable: false,
    link: info.url,
    // The unpause link carries a token for this account: keep it out of details and logs.
    ...(detail ? { detail: detail.replace(info.url, '<unpause page>') } : {}),
  });
}

type Limit = { key: TextKey; exemptForRenewals: boolean };

function whichLimit(detail: string): Limit {
  const d = detail.toLowerCase();
  if (/new-orders-per-account|too many new orders/.test(d))
    return { key: 'limits.newOrders', exemptForRenewals: true };
  if (/exact-set|exact set of|duplicate/.test(d))
    return { key: 'limits.duplicate', exemptForRenewals: true };
  if (/failed-validation|authorization-failures|failed authorizations/.test(d))
    return { key: 'limits.failedValidations', exemptForRenewals: false };
  if (/per-registered-domain|certificates[^:]*already issued for/.test(d))
    return { key: 'limits.perDomain', exemptForRenewals: true };
  if (/registrations|new accounts/.test(d))
    return { key: 'limits.registrations', exemptForRenewals: false };
  return { key: 'limits.other', exemptForRenewals: false };
}

/** "example.com" from '... issued for "example.com" ...' or the problem's identifier. */
function domainOf(p: AcmeProblem): string {
  const quoted = /for "([^"]+)"/.exec(p.detail ?? '')?.[1];
  const named = /for ([a-z0-9*][a-z0-9.*-]*\.[a-z0-9-]+)/i.exec(p.detail ?? '')?.[1];
  return p.identifier?.value ?? quoted ?? named ?? '';
}

/** When the detail itself says it: "retry after 2025-09-18 09:13:16 UTC". */
function retryAfterInDetail(detail: string): string | undefined {
  const m = /retry after (\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(?:\s*UTC|Z)?/i.exec(detail);
  if (!m) return undefined;
  const t = Date.parse(`${m[1]}T${m[2]}Z`);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

const readable = (iso: string): string => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

/** A rateLimited problem as one sentence that names the limit and when to try again. */
export function rateLimitError(
  p: AcmeProblem,
  retryAfter: string | undefined,
  fullDetail: string,
): CertdeskError {
  const paused = pausedInfo(p);
  if (paused) return pausedError(paused, fullDetail);
  const detail = p.detail ?? '';
  const limit = whichLimit(detail);
  const at = retryAfter ?? retryAfterInDetail(detail);
  const parts: Text[] = [
    text(limit.key, limit.key === 'limits.other' ? undefined : { domain: domainOf(p) }),
    at ? text('limits.retryAt', { at: readable(at) }) : text('limits.retryLater'),
  ];
  // Let's Encrypt's renewal exemption, said only where the answer is Let's Encrypt's and the
  // limit is one it applies to (a failing validation is never exempt).
  if (limit.exemptForRenewals && /letsencrypt\.org/.test(detail))
    parts.push(text('limits.ariExempt'));
  const t = text('limits.joined', {
    first: parts[0],
    second: parts[1],
    third: parts[2] ?? '',
  });
  return new CertdeskError('rate-limited', say(t).trim(), {
    retryable: true,
    text: t,
    detail: fullDetail,
    ...(at ? { retryAfter: at } : {}),
  });
}
