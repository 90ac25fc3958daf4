// What an FTP/FTPS connection failure means for the person: DNS, port, TLS, or the login.
import { CertdeskError, textError } from '../../../shared/errors.ts';
import { text } from '../../../shared/engine-text.ts';
import { connectTimeoutError, redact } from './remote-fs.ts';
import type { FtpOptions } from './ftp.ts';

export type NetError = Error & { code?: string | number };

const TLS_VERIFY_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_UNTRUSTED',
]);

/**
 * The error a failed FTP connection is shown as; `stage` is how far it got, `ftpCode` the server's
 * reply code when basic-ftp reported one (0 otherwise). The password is redacted.
 */
export function ftpConnectError(
  o: FtpOptions,
  where: string,
  protocol: string,
  e: NetError,
  stage: string,
  ftpCode: number,
): CertdeskError {
  const detail = redact(`${stage}: ${e.code ?? ''} ${e.message}`.trim(), [o.password]);
  const code = typeof e.code === 'string' ? e.code : '';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return textError('solver', text('deployCheck.ftpNoHost', { host: o.host }), {
      retryable: code === 'EAI_AGAIN',
      detail,
    });
  }
  if (
    ['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET', 'EPIPE'].includes(code) &&
    stage === 'connect'
  ) {
    return textError(
      'solver',
      text('deployCheck.ftpNoConnectPort', { host: o.host, port: o.port }),
      {
        retryable: true,
        detail,
      },
    );
  }
  if (code === 'ETIMEDOUT' || /^Timeout/i.test(e.message))
    return connectTimeoutError(o.host, o.port, o.connectTimeoutMs, 'FTP', detail);
  if (stage === 'tls') {
    if (TLS_VERIFY_CODES.has(code)) {
      const why =
        code === 'ERR_TLS_CERT_ALTNAME_INVALID'
          ? text('error.ftpsWhyName', { host: o.host })
          : code === 'CERT_HAS_EXPIRED'
            ? text('error.ftpsWhyExpired')
            : text('error.ftpsWhyUntrusted');
      return textError('tls', text('error.ftpsUnverified', { server: where, why }), {
        detail,
      });
    }
    if (ftpCode >= 400) {
      return textError('solver', text('error.ftpsNotOffered', { server: where }), {
        detail,
      });
    }
    return textError('tls', text('deployCheck.ftpsFailed', { server: where }), { detail });
  }
  if (ftpCode === 530 || ftpCode === 430 || ftpCode === 332) {
    if (/encrypt|TLS|SSL|secure/i.test(e.message) && !o.tls) {
      return textError('credentials-refused', text('error.ftpNeedsTls', { server: where }), {
        detail,
      });
    }
    return textError(
      'credentials-refused',
      text('error.ftpLogin', { user: o.user, server: where }),
      { detail },
    );
  }
  if (stage === 'connect' && /ECONNRESET|closed|end/i.test(`${code} ${e.message}`)) {
    return textError('solver', text('deployCheck.ftpNoConnect', { host: o.host, port: o.port }), {
      retryable: true,
      detail,
    });
  }
  return textError('solver', text('deployCheck.noSession', { protocol, server: where }), {
    retryable: true,
    detail,
  });
}
