// What to tell a person whose port 80/443 cannot be opened (R16), per operating system.
import { CertdeskError, textError } from '../../shared/errors.ts';
import { text } from '../../shared/engine-text.ts';

export function portError(
  e: NodeJS.ErrnoException,
  port: number,
  challenge: 'http-01' | 'tls-alpn-01',
): CertdeskError {
  const alt = text(challenge === 'http-01' ? 'failure.portAlt.http' : 'failure.portAlt.tls');
  if (e.code === 'EADDRINUSE') {
    if (challenge === 'tls-alpn-01')
      return textError('port-in-use', text('error.portInUseTls', { port }), {
        retryable: true,
        detail: e.message,
      });
    return textError('port-in-use', text('failure.portInUse', { port }), {
      retryable: true,
      detail: e.message,
    });
  }
  if (e.code === 'EACCES' || e.code === 'EPERM') {
    const os =
      process.platform === 'linux' ? 'linux' : process.platform === 'darwin' ? 'darwin' : 'windows';
    const how = text(`failure.portHow.${os}`);
    return textError('port-not-permitted', text('failure.portNotPermitted', { port, how, alt }), {
      detail: e.message,
    });
  }
  return textError('solver', text('failure.portOther', { port, error: e.message }), {
    retryable: true,
    detail: e.message,
  });
}
