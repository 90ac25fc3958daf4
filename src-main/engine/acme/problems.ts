// ACME problem documents (RFC 8555 section 6.7) mapped to stable codes with a plain sentence and
// what to do next (DESIGN.md convention 3). acme-client throws Error(detail) and drops the type,
// so the wrapper in client.ts keeps the problem document and hands it here.
import { CertdeskError, type ErrorCode } from '../../shared/errors.ts';
import { pausedError, pausedInfo, rateLimitError } from './rate-limits.ts';

export type AcmeProblem = {
  type?: string;
  detail?: string;
  status?: number;
  subproblems?: AcmeProblem[];
  identifier?: { type: string; value: string };
};

type Mapping = { code: ErrorCode; retryable: boolean; message: (p: AcmeProblem) => string };

const who = (p: AcmeProblem): string => (p.identifier?.value ? ` for ${p.identifier.value}` : '');

const MAP: Record<string, Mapping> = {
  rateLimited: {
    code: 'rate-limited',
    retryable: true,
    message: () =>
      'The CA says too many certificates or attempts were requested recently. Wait until the time shown, then try again; fix any failing validation first so retries do not count against you.',
  },
  badNonce: {
    code: 'bad-nonce',
    retryable: true,
    message: () =>
      'The CA rejected a one-time request token several times in a row. This is usually temporary: try again.',
  },
  caa: {
    code: 'caa',
    retryable: false,
    message: (p) =>
      `A CAA record in your DNS does not allow this CA to issue${who(p)}. Add a CAA record that allows it (for Let's Encrypt: 0 issue "letsencrypt.org"), or remove the restricting one.`,
  },
  dns: {
    code: 'dns',
    retryable: true,
    message: (p) =>
      `The CA could not look up your domain${who(p)} in DNS. Check that the name exists and its DNS servers answer, then try again.`,
  },
  connection: {
    code: 'connection',
    retryable: true,
    message: (p) =>
      `The CA could not connect to your server${who(p)}. Check that the name points to this server and that the port (80 for http-01, 443 for tls-alpn-01) is open to the internet.`,
  },
  unauthorized: {
    code: 'unauthorized',
    retryable: false,
    message: (p) =>
      `The CA reached your server${who(p)} but did not get the answer it expected. Check that the name points to the right server and that nothing (a CMS, CDN or redirect) intercepts the challenge.`,
  },
  incorrectResponse: {
    code: 'incorrect-response',
    retryable: false,
    message: (p) =>
      `The CA got a wrong answer to its challenge${who(p)}. Check that the file or DNS record holds exactly the value Certdesk gave.`,
  },
  rejectedIdentifier: {
    code: 'rejected-identifier',
    retryable: false,
    message: (p) =>
      `The CA will not issue certificates for this name${who(p)} (its policy forbids it). Use another name or another CA.`,
  },
  tls: {
    code: 'tls',
    retryable: true,
    message: (p) =>
      `The CA had a TLS problem talking to your server${who(p)}. Check the server on port 443.`,
  },
  serverInternal: {
    code: 'server-internal',
    retryable: true,
    message: () =>
      "The CA had an internal error. Try again later; if it persists, check the CA's status page.",
  },
  malformed: {
    code: 'malformed',
    retryable: false,
    message: (p) =>
      `The CA rejected the request as malformed: ${p.detail ?? 'no detail'}. If this keeps happening, report it.`,
  },
  badCSR: {
    code: 'bad-csr',
    retryable: false,
    message: (p) =>
      `The CA rejected the certificate request: ${p.detail ?? 'no detail'}. Try another key type.`,
  },
  badSignatureAlgorithm: {
    code: 'bad-signature-algorithm',
    retryable: false,
    message: () =>
      'The CA does not accept this account key type. Create an account with another key type (ECDSA P-256 is widely accepted).',
  },
  badPublicKey: {
    code: 'bad-csr',
    retryable: false,
    message: () =>
      'The CA does not accept this certificate key type. Choose another key type (ECDSA P-256 or RSA 2048).',
  },
  externalAccountRequired: {
    code: 'eab-required',
    retryable: false,
    message: () =>
      'This CA needs an External Account Binding: copy the key ID and HMAC key from your account page at the CA and add them to the account.',
  },
  unauthorizedEab: {
    code: 'eab-invalid',
    retryable: false,
    message: () =>
      'The CA did not accept the External Account Binding. Check the key ID and HMAC key at your CA.',
  },
  accountDoesNotExist: {
    code: 'no-account',
    retryable: false,
    message: () => 'The CA does not know this account any more. Create a new account.',
  },
  alreadyRevoked: {
    code: 'already-revoked',
    retryable: false,
    message: () => 'This certificate is already revoked.',
  },
  userActionRequired: {
    code: 'tos-not-agreed',
    retryable: false,
    message: (p) =>
      `The CA needs you to act (often: agree to new Terms of Service): ${p.detail ?? ''}`,
  },
  unsupportedIdentifier: {
    code: 'rejected-identifier',
    retryable: false,
    message: (p) => `The CA does not support this kind of name${who(p)}.`,
  },
  orderNotReady: {
    code: 'ca-misbehaved',
    retryable: true,
    message: () => 'The CA said the order was not ready. Try again.',
  },
  invalidContact: {
    code: 'invalid-email',
    retryable: false,
    message: () =>
      'The CA did not accept the e-mail address. Use an address at a real domain that reaches you.',
  },
  unsupportedContact: {
    code: 'invalid-email',
    retryable: false,
    message: () => 'The CA does not accept this kind of contact. Use a plain e-mail address.',
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
    return new CertdeskError(
      'challenge-failed',
      `The CA refused: ${p.detail ?? 'no reason given'}.`,
      { retryable: (p.status ?? 0) >= 500, detail, ...(retryAfter ? { retryAfter } : {}) },
    );
  }
  return new CertdeskError(m.code, m.message(p), {
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
