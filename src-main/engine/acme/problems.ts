// ACME problem documents (RFC 8555 section 6.7) mapped to stable codes with a plain sentence and
// what to do next (DESIGN.md convention 3). acme-client throws Error(detail) and drops the type,
// so the wrapper in client.ts keeps the problem document and hands it here.
import { textError, type CertdeskError, type ErrorCode } from '../../shared/errors.ts';
import { text, type Text, type TextParam } from '../../shared/engine-text.ts';
import { pausedError, pausedInfo, rateLimitError } from './rate-limits.ts';

export type AcmeProblem = {
  type?: string;
  detail?: string;
  status?: number;
  subproblems?: AcmeProblem[];
  identifier?: { type: string; value: string };
};

type Mapping = { code: ErrorCode; retryable: boolean; text: (p: AcmeProblem) => Text };

/** "" or " for example.com": the name the CA named, as a phrase any language can say. */
const who = (p: AcmeProblem): TextParam =>
  p.identifier?.value ? text('acme.forName', { name: p.identifier.value }) : '';

const MAP: Record<string, Mapping> = {
  rateLimited: { code: 'rate-limited', retryable: true, text: () => text('acme.rateLimited') },
  badNonce: { code: 'bad-nonce', retryable: true, text: () => text('acme.badNonce') },
  caa: { code: 'caa', retryable: false, text: (p) => text('acme.caa', { who: who(p) }) },
  dns: { code: 'dns', retryable: true, text: (p) => text('acme.dns', { who: who(p) }) },
  connection: {
    code: 'connection',
    retryable: true,
    text: (p) => text('acme.connection', { who: who(p) }),
  },
  unauthorized: {
    code: 'unauthorized',
    retryable: false,
    text: (p) => text('acme.unauthorized', { who: who(p) }),
  },
  incorrectResponse: {
    code: 'incorrect-response',
    retryable: false,
    text: (p) => text('acme.incorrectResponse', { who: who(p) }),
  },
  rejectedIdentifier: {
    code: 'rejected-identifier',
    retryable: false,
    text: (p) => text('acme.rejectedIdentifier', { who: who(p) }),
  },
  tls: { code: 'tls', retryable: true, text: (p) => text('acme.tls', { who: who(p) }) },
  serverInternal: {
    code: 'server-internal',
    retryable: true,
    text: () => text('acme.serverInternal'),
  },
  malformed: {
    code: 'malformed',
    retryable: false,
    text: (p) => text('acme.malformed', { detail: p.detail ?? 'no detail' }),
  },
  badCSR: {
    code: 'bad-csr',
    retryable: false,
    text: (p) => text('acme.badCSR', { detail: p.detail ?? 'no detail' }),
  },
  badSignatureAlgorithm: {
    code: 'bad-signature-algorithm',
    retryable: false,
    text: () => text('acme.badSignatureAlgorithm'),
  },
  badPublicKey: { code: 'bad-csr', retryable: false, text: () => text('acme.badPublicKey') },
  externalAccountRequired: {
    code: 'eab-required',
    retryable: false,
    text: () => text('acme.externalAccountRequired'),
  },
  unauthorizedEab: {
    code: 'eab-invalid',
    retryable: false,
    text: () => text('acme.unauthorizedEab'),
  },
  accountDoesNotExist: {
    code: 'no-account',
    retryable: false,
    text: () => text('acme.accountDoesNotExist'),
  },
  alreadyRevoked: {
    code: 'already-revoked',
    retryable: false,
    text: () => text('acme.alreadyRevoked'),
  },
  userActionRequired: {
    code: 'tos-not-agreed',
    retryable: false,
    text: (p) => text('acme.userActionRequired', { detail: p.detail ?? '' }),
  },
  unsupportedIdentifier: {
    code: 'rejected-identifier',
    retryable: false,
    text: (p) => text('acme.unsupportedIdentifier', { who: who(p) }),
  },
  orderNotReady: { code: 'ca-misbehaved', retryable: true, text: () => text('acme.orderNotReady') },
  invalidContact: {
    code: 'invalid-email',
    retryable: false,
    text: () => text('acme.invalidContact'),
  },
  unsupportedContact: {
    code: 'invalid-email',
    retryable: false,
    text: () => text('acme.unsupportedContact'),
  },
};

const PREFIX = 'urn:ietf:params:acme:error:';

export function problemToError(p: AcmeProblem, retryAfter?: string): CertdeskError {
  const short = (p.type ?? '').startsWith(PREFIX) ? (p.type ?? '').slice(PREFIX.length) : '';
  // A compound problem: the first subproblem names the failing identifier (RFC 8555 section 6.7.1).
  if (short === 'compound' && p.subproblems?.length)
    return problemToError(p.subproblems[0], retryAfter);
  const m = MAP[short];
  const detail = [p.type, p.detail, p.identifier ? `identifier: ${p.identifier.value}` : undefined]
    .filter(Boolean)
    .join(' — ');
  // Issue 18: a paused account (whatever the type) and the named rate limits.
  const paused = pausedInfo(p);
  if (paused) return pausedError(paused, detail);
  if (short === 'rateLimited') return rateLimitError(p, retryAfter, detail);
  if (!m) {
    return textError(
      'challenge-failed',
      text('acme.refused', { detail: p.detail ?? 'no reason given' }),
      {
        retryable: (p.status ?? 0) >= 500,
        detail,
        ...(retryAfter ? { retryAfter } : {}),
      },
    );
  }
  // Issue 18: a Text, so the history and the window say it in the person's language.
  return textError(m.code, m.text(p), {
    retryable: m.retryable,
    detail,
    ...(retryAfter ? { retryAfter } : {}),
  });
}

/** Retry-After is either seconds or an HTTP date (RFC 9110 section 10.2.3). */
export function parseRetryAfter(value: string | undefined, now: number): string | undefined {
  if (!value) return undefined;
  const secs = Number(value);
  if (Number.isFinite(secs)) return new Date(now + Math.max(0, secs) * 1000).toISOString();
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}
