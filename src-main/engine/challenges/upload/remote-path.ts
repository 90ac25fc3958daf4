// Remote paths and addresses for the upload route (issue 3, R10/R11). Paths on an SFTP/FTP server
// are POSIX-like whatever our own OS is, so node:path (which is win32 on Windows) is not used.
import { CertdeskError, textError } from '../../../shared/errors.ts';
import { text } from '../../../shared/engine-text.ts';
import { isSafeToken } from '../types.ts';

/** Line breaks and other C0 controls would end an FTP command early (RFC 959 section 4.1.3: commands end at CRLF). */
export const hasControlChars = (s: string): boolean =>
  [...s].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);

/** RFC 8555 section 8.3: the CA fetches /.well-known/acme-challenge/<token>. */
export const CHALLENGE_SEGMENTS = ['.well-known', 'acme-challenge'] as const;

/**
 * The web root as the user typed it ("public_html", "/home/u/www", "~/htdocs/", "sites\\blog"),
 * normalised: "\\" read as "/", "." and empty segments dropped, ".." resolved. A ".." that climbs
 * above where the path starts is refused rather than silently clamped: the upload must land where
 * the person thinks it does. "" means the login folder itself; a leading "/" is kept (absolute).
 */
export function normaliseRemoteRoot(input: string): string {
  if (hasControlChars(input)) {
    throw textError('invalid-input', text('deployCheck.remoteControl'));
  }
  let s = input.trim().replace(/\\/g, '/');
  if (s === '~') s = '';
  if (s.startsWith('~/')) s = s.slice(2);
  const absolute = s.startsWith('/');
  const out: string[] = [];
  for (const seg of s.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length === 0) {
        throw textError(
          'invalid-input',
          text(absolute ? 'deployCheck.remoteClimbsTop' : 'deployCheck.remoteClimbsHome', {
            input,
          }),
        );
      }
      out.pop();
      continue;
    }
    out.push(seg);
  }
  const joined = out.join('/');
  return absolute ? `/${joined}` : joined;
}

/** Joins normalised segments; "" (the login folder) disappears, "/" stays the root. */
export function joinRemote(...parts: string[]): string {
  let out = '';
  for (const p of parts) {
    if (p === '') continue;
    if (out === '') out = p;
    else out = out.endsWith('/') ? `${out}${p}` : `${out}/${p}`;
  }
  return out;
}

/** The folders the challenge file lives in, outermost first: [root/.well-known, root/.well-known/acme-challenge]. */
export function challengeDirs(root: string): [string, string] {
  const wk = joinRemote(root, CHALLENGE_SEGMENTS[0]);
  return [wk, joinRemote(wk, CHALLENGE_SEGMENTS[1])];
}

/** root/.well-known/acme-challenge/<token>, after checking the token cannot name another path. */
export function challengeFile(root: string, token: string): string {
  if (!isSafeToken(token)) {
    throw new CertdeskError(
      'ca-misbehaved',
      'The CA sent a challenge token that is not safe to use as a file name; Certdesk refused it.',
      { detail: token.slice(0, 80) },
    );
  }
  return joinRemote(challengeDirs(root)[1], token);
}

/** How a remote path reads in a message: "" is the login folder. */
export const showRemote = (p: string): string => (p === '' ? 'your login folder' : p);

export type HostPort = { host: string; port: number };

/**
 * "host", "host:2222", "[2001:db8::1]:22", "2001:db8::1", and what people paste from a control
 * panel ("sftp://host:22/", "ftp://user@host"). A user part is dropped: the user is a separate option.
 */
export function parseHostPort(input: string, defaultPort: number, what: string): HostPort {
  let s = input.trim();
  s = s.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/\/.*$/, '');
  const at = s.lastIndexOf('@');
  if (at >= 0) s = s.slice(at + 1);
  let host = s;
  let portText: string | undefined;
  const v6 = /^\[([0-9a-f:.]+)\](?::(\d+))?$/i.exec(s);
  if (v6) {
    host = v6[1];
    portText = v6[2];
  } else if ((s.match(/:/g) ?? []).length === 1) {
    [host, portText] = s.split(':');
  }
  const port = portText === undefined || portText === '' ? defaultPort : Number(portText);
  if (!host || !/^[a-z0-9.:_-]+$/i.test(host) || host.length > 253) {
    throw textError(
      'invalid-input',
      text(what === 'SFTP' ? 'deployCheck.badHostSftp' : 'deployCheck.badHostFtp', { input }),
    );
  }
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw textError(
      'invalid-input',
      text('deployCheck.badPort', { port: String(portText), what, input }),
    );
  }
  return { host: host.toLowerCase(), port };
}
