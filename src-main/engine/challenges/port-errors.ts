// What to tell a person whose port 80/443 cannot be opened (R16), per operating system.
import { CertdeskError, textError } from '../../shared/errors.ts';
import { text } from '../../shared/engine-text.ts';

export function portError(
  e: NodeJS.ErrnoException,
  port: number,
  challenge: 'http-01' | 'tls-alpn-01',
): CertdeskError {
  const alt =
    challenge === 'http-01'
      ? 'or choose "upload to my web server\'s folder" so your existing web server answers the CA'
      : 'or use http-01 or dns-01 instead';
  if (e.code === 'EADDRINUSE') {
    if (challenge === 'tls-alpn-01')
      return textError('port-in-use', text('error.portInUseTls', { port }), {
        retryable: true,
        detail: e.message,
      });
    return new CertdeskError(
      'port-in-use',
      `Port ${port} is already used by another program on this computer (often a web server). Stop that program while Certdesk validates, ${alt}.`,
      { retryable: true, detail: e.message },
    );
  }
  if (e.code === 'EACCES' || e.code === 'EPERM') {
    const how =
      process.platform === 'linux'
        ? `On Linux, ports below 1024 need permission: run "sudo setcap 'cap_net_bind_service=+ep' $(readlink -f $(which node))" for the CLI, or run Certdesk as a service with that capability`
        : process.platform === 'darwin'
          ? 'On macOS, allow Certdesk in System Settings > Network > Firewall, or run it with administrator rights'
          : 'On Windows, allow Certdesk through Windows Defender Firewall when asked, or run it as administrator';
    return new CertdeskError(
      'port-not-permitted',
      `Certdesk is not allowed to open port ${port}. ${how}; ${alt}.`,
      { detail: e.message },
    );
  }
  return new CertdeskError('solver', `Certdesk could not open port ${port}: ${e.message}.`, {
    retryable: true,
    detail: e.message,
  });
}
