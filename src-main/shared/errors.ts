// Stable error codes with a sentence a non-expert understands and what to do next
// (DESIGN.md convention 3). Shared by engine, CLI, IPC and the renderer. An engine error may carry
// its sentence as a Text (key + params, ./engine-text.ts) so the window says it in the person's
// language; `message` stays the English for the CLI, logs and --json. Neither names a CLI flag:
// the CLI adds its own flag hints by Text key (src-main/cli/error-hints.ts).
import { say, text, type Text } from './engine-text.ts';

export type ErrorCode =
  | 'invalid-input'
  | 'invalid-name'
  | 'invalid-email'
  | 'tos-not-agreed'
  | 'eab-required'
  | 'eab-invalid'
  | 'no-account'
  | 'ambiguous-account'
  | 'not-found'
  | 'rate-limited'
  /** The CA paused the account for these names after many failed validations in a row (issue 18). */
  | 'account-paused'
  | 'bad-nonce'
  | 'caa'
  | 'dns'
  | 'connection'
  | 'unauthorized'
  | 'rejected-identifier'
  | 'incorrect-response'
  | 'tls'
  | 'server-internal'
  | 'malformed'
  | 'bad-csr'
  | 'bad-signature-algorithm'
  | 'already-revoked'
  | 'ca-unreachable'
  | 'ca-misbehaved'
  | 'timeout'
  | 'cancelled'
  | 'port-in-use'
  | 'port-not-permitted'
  | 'webroot'
  | 'challenge-failed'
  | 'solver'
  /** A DNS provider, DNS server or upload target refused the credentials Certdesk was given. */
  | 'credentials-refused'
  /** A route needs a credential that was not given, or was stored for a server the route no longer names. */
  | 'credentials-needed'
  /** An SFTP server showed another host key than the one recorded or pinned (possible interception). */
  | 'host-key-changed'
  /** A mail server or webhook answered but would not take a notification (refused sender or recipient, non-2xx status). */
  | 'notify-failed'
  | 'storage'
  | 'store-corrupt'
  | 'store-too-new'
  | 'store-locked'
  | 'export'
  | 'file-exists'
  | 'disk-full'
  | 'permission-denied'
  | 'wrong-password'
  | 'unsupported'
  | 'internal';

export type AppErrorShape = {
  code: ErrorCode;
  /** One sentence a non-expert understands, ending with what to do next. */
  message: string;
  retryable: boolean;
  /** ISO 8601 time before which a retry is pointless (from Retry-After). */
  retryAfter?: string;
  /** Technical detail, shown behind "Show details". Never contains secrets. */
  detail?: string;
  /** The sentence as key + params, for the window's language (message is its English). */
  text?: Text;
  /** A page the person must open to go on (the CA's unpause page): a button in the window. */
  link?: string;
};

export class CertdeskError extends Error {
  readonly code: ErrorCode;
  readonly retryable: boolean;
  readonly retryAfter?: string;
  readonly detail?: string;
  readonly text?: Text;
  readonly link?: string;

  constructor(
    code: ErrorCode,
    message: string,
    opts: {
      retryable?: boolean;
      retryAfter?: string;
      detail?: string;
      text?: Text;
      link?: string;
      cause?: unknown;
    } = {},
  ) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'CertdeskError';
    this.code = code;
    this.retryable = opts.retryable ?? false;
    if (opts.retryAfter !== undefined) this.retryAfter = opts.retryAfter;
    if (opts.detail !== undefined) this.detail = opts.detail;
    if (opts.text !== undefined) this.text = opts.text;
    if (opts.link !== undefined) this.link = opts.link;
  }

  toShape(): AppErrorShape {
    const shape: AppErrorShape = {
      code: this.code,
      message: this.message,
      retryable: this.retryable,
    };
    if (this.retryAfter !== undefined) shape.retryAfter = this.retryAfter;
    if (this.detail !== undefined) shape.detail = this.detail;
    if (this.text !== undefined) shape.text = this.text;
    if (this.link !== undefined) shape.link = this.link;
    return shape;
  }
}

/**
 * An error whose sentence is a Text: its English is the message, unless `english` says more for
 * the CLI and logs (e.g. a script's output), which the window then shows behind "Show details".
 */
export function textError(
  code: ErrorCode,
  t: Text,
  opts: {
    retryable?: boolean;
    retryAfter?: string;
    detail?: string;
    link?: string;
    cause?: unknown;
    english?: string;
  } = {},
): CertdeskError {
  const { english, ...rest } = opts;
  return new CertdeskError(code, english ?? say(t), { ...rest, text: t });
}

export const isCertdeskError = (e: unknown): e is CertdeskError => e instanceof CertdeskError;

/** Any thrown value as an error shape; unknown errors become 'internal' with their message as detail. */
export function toErrorShape(e: unknown): AppErrorShape {
  if (isCertdeskError(e)) return e.toShape();
  const detail = e instanceof Error ? e.message : String(e);
  const t = text('failure.internal');
  return { code: 'internal', message: say(t), text: t, retryable: true, detail };
}
