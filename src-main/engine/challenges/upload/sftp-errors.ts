// What an SFTP failure means: a connection's in words (DNS, port, login, key), a request's kind.
import { CertdeskError, textError } from '../../../shared/errors.ts';
import { text } from '../../../shared/engine-text.ts';
import { connectTimeoutError, redact, type RemoteFailure } from './remote-fs.ts';
import type { SftpOptions } from './sftp.ts';

export type SshError = Error & { code?: string | number; level?: string };

// SFTP status codes (draft-ietf-secsh-filexfer-02 section 7, what OpenSSH speaks).
const SSH_FX_NO_SUCH_FILE = 2;
const SSH_FX_PERMISSION_DENIED = 3;

/** What a failed SFTP request means for the caller: the file is not there, not ours, or other. */
export function sftpOpErrorKind(err: SshError): RemoteFailure {
  return err.code === SSH_FX_NO_SUCH_FILE || err.code === 'ENOENT'
    ? 'not-found'
    : err.code === SSH_FX_PERMISSION_DENIED || err.code === 'EACCES'
      ? 'permission'
      : 'other';
}

/** The error an ssh2 connect failure is shown as; passwords and passphrases are redacted. */
export function sftpConnectError(o: SftpOptions, where: string, e: SshError): CertdeskError {
  const detail = redact(`${e.code ?? ''} ${e.level ?? ''} ${e.message}`.trim(), [
    o.password,
    o.passphrase,
  ]);
  const msg = e.message ?? '';
  const code = typeof e.code === 'string' ? e.code : '';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || /Address lookup failed/i.test(msg)) {
    return textError('solver', text('deployCheck.sftpNoHost', { host: o.host }), {
      retryable: code === 'EAI_AGAIN',
      detail,
    });
  }
  if (
    ['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET', 'EPIPE'].includes(code) ||
    /refused connection|reset the connection|Connection lost before handshake/i.test(msg)
  ) {
    return textError('solver', text('deployCheck.sftpNoConnect', { host: o.host, port: o.port }), {
      retryable: true,
      detail,
    });
  }
  if (code === 'ETIMEDOUT' || /Timed out while waiting for handshake/i.test(msg))
    return connectTimeoutError(o.host, o.port, o.connectTimeoutMs, 'SSH', detail);
  if (
    /All configured authentication methods failed/i.test(msg) ||
    e.level === 'client-authentication'
  ) {
    const key = o.privateKey
      ? o.password
        ? 'error.sftpKeyPassword'
        : 'error.sftpKey'
      : 'error.sftpPassword';
    return textError('credentials-refused', text(key, { user: o.user, server: where }), {
      detail,
    });
  }
  if (/passphrase|decrypt|bad decrypt/i.test(msg)) {
    const hadPassphrase = Boolean(o.passphrase);
    return hadPassphrase
      ? textError('credentials-refused', text('deployCheck.sftpBadPassphrase'), { detail })
      : textError('credentials-refused', text('error.sftpPassphrase'), { detail });
  }
  if (
    /Cannot parse privateKey|Unsupported key format|privateKey value does not contain|Malformed/i.test(
      msg,
    )
  ) {
    return textError('invalid-input', text('deployCheck.sftpBadKey'), { detail });
  }
  if (/Unable to start subsystem|subsystem/i.test(msg)) {
    return textError('solver', text('error.sftpNoSubsystem', { server: where }), { detail });
  }
  if (/identification|protocol|handshake|kex|no matching/i.test(msg)) {
    return textError('solver', text('deployCheck.sftpNotSsh', { host: o.host, port: o.port }), {
      detail,
    });
  }
  return textError('solver', text('deployCheck.noSession', { protocol: 'SFTP', server: where }), {
    retryable: true,
    detail,
  });
}
