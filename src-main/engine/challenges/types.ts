// The contract every challenge solver fulfils (http-01 builtin/webroot/manual/sftp/ftp,
// dns-01 manual/rfc2136/acme-dns/exec/cloudflare, tls-alpn-01).
import type { ChallengeType } from '../../shared/types.ts';
import type { Logger, ProgressFn } from '../ports.ts';
import type { Text } from '../../shared/engine-text.ts';

export type ChallengeContext = {
  /** The authorization's identifier value, e.g. "example.com" (for "*.example.com" this is "example.com"). */
  identifier: string;
  /** True when the authorization is for a wildcard name (dns-01 only, R15). */
  wildcard: boolean;
  /** The challenge token from the CA: already checked to be base64url before a solver sees it. */
  token: string;
  /** token + "." + account key thumbprint (http-01 body; tls-alpn-01 digest input). */
  keyAuthorization: string;
  /** base64url(SHA-256(keyAuthorization)): the TXT value for dns-01 (RFC 8555 section 8.4). */
  dnsTxtValue: string;
  signal: AbortSignal;
  progress: ProgressFn;
  log: Logger;
};

export interface ChallengeSolver {
  readonly type: ChallengeType;
  /** A short label for progress lines and history, e.g. "built-in web server on port 80". */
  readonly label: string;
  /** The same label as a Text, for the window to say in its language. */
  readonly labelText?: Text;
  /** True when the solver needs a person (manual modes): such a certificate cannot renew unattended. */
  readonly interactive: boolean;
  /** Once per issuance, before the first present(): start listeners, open connections. */
  start?(): Promise<void>;
  /** Make the challenge answerable (write the file, add the TXT record, register the token). */
  present(ctx: ChallengeContext): Promise<void>;
  /** Resolve once the CA can see it (DNS propagation, URL self-check). Optional. */
  waitReady?(ctx: ChallengeContext): Promise<void>;
  /** Undo present(). Called on success, failure and interruption; must not throw for "already gone". */
  cleanup(ctx: ChallengeContext): Promise<void>;
  /** Once per issuance, after the last cleanup(): stop listeners, close connections. Always called. */
  stop?(): Promise<void>;
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;
/** RFC 8555 section 8.1: tokens are base64url. A hostile CA must not make us write "../" anywhere. */
export const isSafeToken = (token: string): boolean =>
  token.length >= 16 && token.length <= 256 && BASE64URL.test(token);
