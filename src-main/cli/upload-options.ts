// CLI options of the shared-hosting http-01 route (issue 3, R10/R11): upload the challenge file
// over SFTP or FTP(S). Passwords, keys and passphrases are read from files, never taken from the
// command line, where `ps` and shell history would show them.
import { CertdeskError } from '../shared/errors.ts';
import type { ChallengeConfig } from '../shared/types.ts';
import { isPrivateKeyText } from '../shared/route-facts.ts';
import type { RouteSecrets } from '../shared/route.ts';
import { normaliseRemoteRoot, parseHostPort } from '../engine/challenges/upload/remote-path.ts';
import { isHostKeyFingerprint } from '../engine/challenges/upload/sftp.ts';
import { str, readSecretFile, type CliContext } from './context.ts';
import type { OptionSpec } from './commands/types.ts';

export const UPLOAD_OPTS: Record<string, OptionSpec> = {
  'sftp-host': {
    type: 'string',
    arg: 'HOST[:PORT]',
    help: 'upload the challenge file over SFTP to this server (implies --http-mode sftp)',
  },
  'sftp-user': { type: 'string', arg: 'USER', help: 'SFTP/SSH user name of the hosting account' },
  'sftp-password-file': { type: 'string', arg: 'FILE', help: 'file with the SFTP password' },
  'sftp-key-file': {
    type: 'string',
    arg: 'FILE',
    help: 'private key file (OpenSSH or PEM) for SFTP login instead of a password',
  },
  'sftp-passphrase-file': {
    type: 'string',
    arg: 'FILE',
    help: 'file with the passphrase of --sftp-key-file',
  },
  'sftp-host-key': {
    type: 'string',
    arg: 'SHA256:...',
    help: 'accept only this server key (default: remember the key seen first, refuse a changed one)',
  },
  'ftp-host': {
    type: 'string',
    arg: 'HOST[:PORT]',
    help: 'upload the challenge file over FTP to this server (implies --http-mode ftp)',
  },
  'ftp-user': { type: 'string', arg: 'USER', help: 'FTP user name of the hosting account' },
  'ftp-password-file': { type: 'string', arg: 'FILE', help: 'file with the FTP password' },
  'ftp-tls': {
    type: 'boolean',
    help: 'FTPS: encrypt with explicit TLS (AUTH TLS); recommended whenever the host offers it',
  },
  'ftp-insecure-tls': {
    type: 'boolean',
    help: "FTPS without checking the server's certificate (self-signed); implies --ftp-tls",
  },
  'remote-root': {
    type: 'string',
    arg: 'PATH',
    help: 'the site\'s web root on the server, e.g. public_html ("." = the login folder)',
  },
  'upload-timeout': {
    type: 'string',
    arg: 'SEC',
    help: 'time limit for connecting and logging in (default 20)',
  },
  'skip-upload-check': {
    type: 'boolean',
    help: 'do not fetch the uploaded file over HTTP before asking the CA',
  },
};

const SFTP_ONLY = [
  'sftp-host',
  'sftp-user',
  'sftp-password-file',
  'sftp-key-file',
  'sftp-passphrase-file',
  'sftp-host-key',
];
const FTP_ONLY = ['ftp-host', 'ftp-user', 'ftp-password-file', 'ftp-tls', 'ftp-insecure-tls'];
const BOTH = ['remote-root', 'upload-timeout', 'skip-upload-check'];

/** --sftp-host / --ftp-host alone choose the upload mode when --http-mode was not given. */
export function uploadModeFromOptions(ctx: CliContext): 'sftp' | 'ftp' | null {
  if (str(ctx.values, 'http-mode') !== undefined) return null;
  const given = (name: string): boolean =>
    ctx.values[name] !== undefined && ctx.values[name] !== false;
  if (given('sftp-host') && given('ftp-host'))
    throw new CertdeskError(
      'invalid-input',
      'Give either --sftp-host or --ftp-host, not both: Certdesk uploads over one of them.',
    );
  return given('sftp-host') ? 'sftp' : given('ftp-host') ? 'ftp' : null;
}

/** Upload options with another route are a mistake worth saying rather than silently ignoring. */
export function assertNoUploadOptions(ctx: CliContext, route: string): void {
  for (const name of [...SFTP_ONLY, ...FTP_ONLY, ...BOTH]) {
    if (ctx.values[name] === undefined || ctx.values[name] === false) continue;
    const owner = SFTP_ONLY.includes(name) ? 'sftp' : FTP_ONLY.includes(name) ? 'ftp' : null;
    throw new CertdeskError(
      'invalid-input',
      `--${name} belongs to uploading the challenge file (--http-mode ${owner ?? 'sftp or ftp'}), but this certificate uses ${route}. Use --http-mode ${owner ?? 'sftp'}, or leave --${name} out.`,
    );
  }
}

type UploadBuilt = {
  challenge: Extract<ChallengeConfig, { httpMode: 'sftp' | 'ftp' }>;
  secrets: RouteSecrets;
};

/** The http-01:sftp or http-01:ftp route and its credentials (read from files) from the options. */
export function uploadFromOptions(ctx: CliContext, mode: 'sftp' | 'ftp'): UploadBuilt {
  for (const name of mode === 'sftp' ? FTP_ONLY : SFTP_ONLY) {
    if (ctx.values[name] === undefined || ctx.values[name] === false) continue;
    const owner = mode === 'sftp' ? 'ftp' : 'sftp';
    throw new CertdeskError(
      'invalid-input',
      `--${name} belongs to --http-mode ${owner}, but the upload method is ${mode}. Use --http-mode ${owner}, or leave --${name} out.`,
    );
  }
  const need = (name: string, what: string): string => {
    const v = str(ctx.values, name);
    if (!v)
      throw new CertdeskError(
        'invalid-input',
        `Uploading over ${mode.toUpperCase()} needs ${what}: --${name}`,
      );
    return v;
  };
  const remoteRoot = need(
    'remote-root',
    'the site\'s web root on the server (e.g. public_html; "." if you log in to it)',
  );
  normaliseRemoteRoot(remoteRoot); // says what is wrong now rather than at the first upload
  const common: { remoteRoot: string; connectTimeout?: number; selfCheck?: boolean } = {
    remoteRoot,
  };
  const t = str(ctx.values, 'upload-timeout');
  if (t !== undefined) {
    const n = Number(t);
    if (!Number.isInteger(n) || n < 1 || n > 600)
      throw new CertdeskError(
        'invalid-input',
        `--upload-timeout needs a number of seconds from 1 to 600, not "${t}".`,
      );
    common.connectTimeout = n;
  }
  if (ctx.values['skip-upload-check'] === true) common.selfCheck = false;
  const secrets: RouteSecrets = {};

  if (mode === 'sftp') {
    const host = need('sftp-host', 'the SFTP server (HOST or HOST:PORT)');
    parseHostPort(host, 22, 'SFTP');
    const user = need('sftp-user', 'the SFTP user name');
    const pin = str(ctx.values, 'sftp-host-key');
    if (pin !== undefined && !isHostKeyFingerprint(pin)) {
      throw new CertdeskError(
        'invalid-input',
        `--sftp-host-key needs a fingerprint like SHA256: followed by 43 characters (as ssh-keygen -lf prints it), not "${pin}".`,
      );
    }
    const pw = str(ctx.values, 'sftp-password-file');
    const key = str(ctx.values, 'sftp-key-file');
    const pass = str(ctx.values, 'sftp-passphrase-file');
    if (!pw && !key)
      throw new CertdeskError(
        'invalid-input',
        'SFTP needs a password or a private key: --sftp-password-file FILE or --sftp-key-file FILE (files readable only by you).',
      );
    if (pass && !key)
      throw new CertdeskError(
        'invalid-input',
        '--sftp-passphrase-file unlocks a private key: give --sftp-key-file too.',
      );
    if (pw) secrets.sftpPassword = readSecretFile(pw, 'the SFTP password');
    if (key) {
      const pem = readSecretFile(key, 'the private key');
      if (!isPrivateKeyText(pem)) {
        throw new CertdeskError(
          'invalid-input',
          `${key} is not a private key file (it should start with "-----BEGIN ... PRIVATE KEY-----"; the .pub file is the public half). PuTTY .ppk keys must be exported as OpenSSH first.`,
        );
      }
      secrets.sftpPrivateKey = `${pem}\n`;
    }
    if (pass) secrets.sftpPassphrase = readSecretFile(pass, 'the key passphrase');
    return {
      challenge: {
        type: 'http-01',
        httpMode: 'sftp',
        host,
        user,
        ...common,
        ...(pin !== undefined ? { hostKey: pin.trim() } : {}),
      },
      secrets,
    };
  }
  const host = need('ftp-host', 'the FTP server (HOST or HOST:PORT)');
  parseHostPort(host, 21, 'FTP');
  const user = need('ftp-user', 'the FTP user name');
  secrets.ftpPassword = readSecretFile(
    need('ftp-password-file', 'a file holding the FTP password'),
    'the FTP password',
  );
  const insecure = ctx.values['ftp-insecure-tls'] === true;
  const tls = ctx.values['ftp-tls'] === true || insecure;
  return {
    challenge: {
      type: 'http-01',
      httpMode: 'ftp',
      host,
      user,
      ...common,
      ...(tls ? { tls: true } : {}),
      ...(insecure ? { insecureTls: true } : {}),
    },
    secrets,
  };
}
