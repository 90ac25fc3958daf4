// Human-readable output of the CLI.
import type { AccountSummary, CertificateSummary } from '../shared/types.ts';
import { routeLabel } from '../shared/route-facts.ts';

/** "2026-12-02 06:40 UTC" (the CLI's one way to show a time). */
export const day = (iso: string | null): string =>
  iso ? iso.slice(0, 16).replace('T', ' ') + ' UTC' : '-';

const attemptText = (a: NonNullable<CertificateSummary['lastAttempt']>): string =>
  `${day(a.at)} ${a.outcome} (${a.trigger})${a.errorCode ? ` ${a.errorCode}: ${a.message ?? ''}` : ''}`;

/**
 * The names as people read them, each internationalised one followed by the punycode the
 * certificate holds: "bücher.test (xn--bcher-kva.test), www.example.com". --json keeps punycode.
 */
export function shownNames(c: Pick<CertificateSummary, 'names' | 'unicodeNames'>): string {
  return c.names
    .map((ascii, i) => {
      const unicode = c.unicodeNames[i];
      return unicode && unicode !== ascii ? `${unicode} (${ascii})` : ascii;
    })
    .join(', ');
}

/** One certificate in `certdesk list`: the facts on one line, then why it renews when, and the last attempt. */
export function certLine(c: CertificateSummary): string {
  const when = `expires ${day(c.notAfter)}  renews ${day(c.nextRenewalAt)}`;
  const head = `${c.id}  ${c.status.padEnd(15)}  ${when}  ${shownNames(c)}`;
  const why = c.renewalReason ? `\n    why: ${c.renewalReason}` : '';
  const last = c.lastAttempt ? `\n    last attempt: ${attemptText(c.lastAttempt)}` : '';
  return head + why + last;
}

export function certDetails(c: CertificateSummary): string {
  const lines = [
    `Certificate ${c.id}`,
    `  names:         ${shownNames(c)}`,
    `  status:        ${c.status}`,
    `  key type:      ${c.keyType}${c.twin ? ` + ${c.twin.keyType} twin (serial ${c.twin.serial ?? '-'}, valid until ${c.twin.notAfter ?? '-'})` : ''}`,
    `  profile:       ${c.profile ?? "the CA's default"}`,
    `  valid:         ${day(c.notBefore)} to ${day(c.notAfter)}`,
    `  next renewal:  ${day(c.nextRenewalAt)}${c.renewalReason ? ` (${c.renewalReason})` : ''}`,
    `  issuer chain:  ${c.chainIssuers.join(' <- ') || '-'}`,
    `  serial:        ${c.serial ?? '-'}`,
    `  challenge:     ${routeLabel(c.challenge)}`,
  ];
  if (c.caWindow)
    lines.push(
      `  CA's window:   ${day(c.caWindow.start)} to ${day(c.caWindow.end)} (ARI)${c.caWindow.explanationUrl ? `, why: ${c.caWindow.explanationUrl}` : ''}`,
    );
  if (c.lastAttempt) lines.push(`  last attempt:  ${attemptText(c.lastAttempt)}`);
  if (c.lastAttempt?.retryAfter)
    lines.push(`  CA asked to wait until ${day(c.lastAttempt.retryAfter)}`);
  for (const e of c.exports)
    lines.push(
      `  exports to:    ${e.dir} (${e.preset ?? e.format})${e.lastOutcome ? ` last: ${e.lastOutcome}` : ''}`,
    );
  return lines.join('\n');
}

export function accountLine(a: AccountSummary): string {
  return `${a.id}  ${a.caId.padEnd(20)}  ${a.email}  ${a.keyType}  created ${day(a.createdAt)}`;
}

/** ISO times and the fields scripts rely on (issue 2, issue 5). */
export function certJson(c: CertificateSummary, chainPem?: string | null): Record<string, unknown> {
  return {
    id: c.id,
    names: c.names,
    status: c.status,
    keyType: c.keyType,
    /** null: the CA's default profile (issue 18). */
    profile: c.profile ?? null,
    ...(c.twin ? { twin: c.twin } : {}),
    /** Issue 18: the CA paused the account for these names (url: its unpause page). */
    ...(c.paused ? { paused: c.paused } : {}),
    notBefore: c.notBefore,
    notAfter: c.notAfter,
    nextRenewalAt: c.nextRenewalAt,
    renewalReason: c.renewalReason,
    caWindow: c.caWindow ?? null,
    lastAttempt: c.lastAttempt,
    lastError: c.lastError,
    serial: c.serial,
    issuer: c.issuer,
    chainIssuers: c.chainIssuers,
    challenge: c.challenge,
    accountId: c.accountId,
    exports: c.exports,
    ...(chainPem !== undefined ? { chainPem } : {}),
  };
}
