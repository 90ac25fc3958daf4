// The proxy field of Settings (issue 19): an http(s) proxy address, or empty for the environment
// variables; plus the hosts to reach directly, as NO_PROXY lists them. No password is kept in the
// settings file: a proxy that needs one is given in HTTPS_PROXY=http://user:password@host:port.
import { CertdeskError } from '../../shared/errors.ts';
import { parseProxyUrl } from '../net/proxy.ts';

export function checkProxySetting(
  input: { url: string; noProxy?: string } | null,
): { url: string; noProxy?: string } | null {
  if (!input || !input.url.trim()) return null;
  const u = parseProxyUrl(input.url);
  if (!u)
    throw new CertdeskError(
      'invalid-input',
      `That is not a proxy address. Write it as http://proxy.example.com:3128 (ask your network administrator), or leave the field empty to use the HTTPS_PROXY setting of this computer.`,
    );
  if (u.username || u.password)
    throw new CertdeskError(
      'invalid-input',
      'Certdesk does not keep proxy passwords in its settings. Leave the user name and password out here, and give them in the HTTPS_PROXY environment variable instead (http://user:password@proxy:port).',
    );
  if (u.pathname !== '/' || u.search || u.hash)
    throw new CertdeskError(
      'invalid-input',
      'A proxy address has only a scheme, a server name and a port, such as http://proxy.example.com:3128.',
    );
  const noProxy = (input.noProxy ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .join(', ');
  return { url: `${u.protocol}//${u.host}`, ...(noProxy ? { noProxy } : {}) };
}
