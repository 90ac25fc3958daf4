// What `certdesk deploy add` reads from its options (issue 17): the place, the files it wants and
// its credentials, each read from a file (never the command line, where `ps` shows them).
import { CertdeskError } from '../../shared/errors.ts';
import type { DeploySecrets, DeployTargetConfig, DeployFiles } from '../../shared/deploy.ts';
import { EXPORT_FORMATS, PRESET_IDS } from '../../engine/export/types.ts';
import { readSecretFile, str } from '../context.ts';
import type { OptionSpec } from './types.ts';
import type { CliContext } from '../context.ts';

const file = (help: string): OptionSpec => ({ type: 'string', arg: 'FILE', help });
export const ADD_OPTIONS: Record<string, OptionSpec> = {
  'sftp-host': { type: 'string', arg: 'HOST[:PORT]', help: 'SFTP/SSH server to upload to' },
  'sftp-user': { type: 'string', arg: 'USER', help: 'SSH user name' },
  'sftp-password-file': file('file with the SSH password'),
  'sftp-key-file': file('private key file (OpenSSH or PEM) instead of a password'),
  'sftp-passphrase-file': file('file with the passphrase of the key'),
  'sftp-host-key': {
    type: 'string',
    arg: 'SHA256:...',
    help: 'accept only this server key (default: remember the key seen first)',
  },
  then: {
    type: 'string',
    arg: 'CMD',
    help: 'command after the files are in place: over SSH for --sftp-host, locally for --local-dir',
  },
  'ftp-host': { type: 'string', arg: 'HOST[:PORT]', help: 'FTP server to upload to' },
  'ftp-user': { type: 'string', arg: 'USER', help: 'FTP user name' },
  'ftp-password-file': file('file with the FTP password'),
  ftps: { type: 'boolean', help: 'encrypt the FTP connection (explicit TLS)' },
  'ftps-insecure': { type: 'boolean', help: "with --ftps: accept the server's own certificate" },
  'remote-dir': { type: 'string', arg: 'DIR', help: 'folder on the server (must exist)' },
  'cpanel-url': {
    type: 'string',
    arg: 'URL',
    help: 'cPanel address, e.g. https://example.com:2083',
  },
  'cpanel-user': { type: 'string', arg: 'USER', help: 'cPanel account name' },
  'cpanel-token-file': file('file with a cPanel API token (Security > Manage API Tokens)'),
  'cpanel-domain': {
    type: 'string',
    arg: 'DOMAIN',
    help: 'site to install for (default: first name)',
  },
  'cpanel-insecure': { type: 'boolean', help: "accept cPanel's own (self-signed) certificate" },
  'local-dir': { type: 'string', arg: 'DIR', help: 'folder on this computer' },
  manual: {
    type: 'string',
    arg: 'WHERE',
    help: 'a place you update by hand, e.g. "Router admin page"',
  },
  notes: { type: 'string', arg: 'TEXT', help: 'with --manual: your own notes on how' },
  preset: { type: 'string', arg: 'NAME', help: `files for: ${PRESET_IDS.join(', ')}` },
  format: { type: 'string', arg: 'FORMAT', help: EXPORT_FORMATS.join(', ') },
  'pfx-password-file': file('PFX password, for PFX formats'),
  pkcs1: { type: 'boolean', help: 'RSA key as "BEGIN RSA PRIVATE KEY"' },
  'no-run': { type: 'boolean', help: 'only save the target; do not deploy now' },
};

function need(v: string | undefined, sentence: string): string {
  if (!v?.trim()) throw new CertdeskError('invalid-input', sentence);
  return v;
}

function filesOf(ctx: CliContext): DeployFiles {
  const preset = str(ctx.values, 'preset');
  const format = str(ctx.values, 'format');
  return {
    ...(preset ? { preset } : {}),
    ...(format ? { format } : {}),
    ...(format === 'pfx-legacy' ? { pfxEncoding: 'legacy' as const } : {}),
    ...(ctx.values.pkcs1 ? { rsaKeyFormat: 'pkcs1' as const } : {}),
  };
}

/** The target and its credentials from the options (exactly one kind). */
export function targetFromOptions(ctx: CliContext): {
  config: DeployTargetConfig;
  secrets: DeploySecrets;
} {
  const v = ctx.values;
  const kinds = ['sftp-host', 'ftp-host', 'cpanel-url', 'local-dir', 'manual'].filter((k) =>
    str(v, k),
  );
  if (kinds.length !== 1)
    throw new CertdeskError(
      'invalid-input',
      'Give exactly one place: --sftp-host, --ftp-host, --cpanel-url, --local-dir or --manual.',
    );
  const secrets: DeploySecrets = {};
  const pfx = str(v, 'pfx-password-file');
  if (pfx) secrets.pfxPassword = readSecretFile(pfx, 'the PFX password');
  const then = str(v, 'then');
  switch (kinds[0]) {
    case 'sftp-host': {
      const pw = str(v, 'sftp-password-file');
      const key = str(v, 'sftp-key-file');
      const pass = str(v, 'sftp-passphrase-file');
      if (!pw && !key)
        throw new CertdeskError(
          'invalid-input',
          'SFTP needs --sftp-password-file FILE or --sftp-key-file FILE.',
        );
      if (pw) secrets.password = readSecretFile(pw, 'the SSH password');
      if (key) secrets.privateKey = readSecretFile(key, 'the private key');
      if (pass) secrets.passphrase = readSecretFile(pass, 'the key passphrase');
      const hostKey = str(v, 'sftp-host-key');
      return {
        config: {
          kind: 'sftp',
          host: str(v, 'sftp-host')!,
          user: need(str(v, 'sftp-user'), 'SFTP needs --sftp-user USER.'),
          remoteDir: need(str(v, 'remote-dir'), 'SFTP needs --remote-dir DIR (it must exist).'),
          ...(hostKey ? { hostKey } : {}),
          ...(then ? { command: then } : {}),
          ...filesOf(ctx),
        },
        secrets,
      };
    }
    case 'ftp-host': {
      secrets.password = readSecretFile(
        need(str(v, 'ftp-password-file'), 'FTP needs --ftp-password-file FILE.'),
        'the FTP password',
      );
      if (then)
        throw new CertdeskError('invalid-input', 'FTP cannot run a command: leave out --then.');
      return {
        config: {
          kind: 'ftp',
          host: str(v, 'ftp-host')!,
          user: need(str(v, 'ftp-user'), 'FTP needs --ftp-user USER.'),
          remoteDir: need(str(v, 'remote-dir'), 'FTP needs --remote-dir DIR (it must exist).'),
          ...(v.ftps ? { tls: true } : {}),
          ...(v['ftps-insecure'] ? { tls: true, insecureTls: true } : {}),
          ...filesOf(ctx),
        },
        secrets,
      };
    }
    case 'cpanel-url': {
      secrets.apiToken = readSecretFile(
        need(str(v, 'cpanel-token-file'), 'cPanel needs --cpanel-token-file FILE.'),
        'the cPanel API token',
      );
      const domain = str(v, 'cpanel-domain');
      return {
        config: {
          kind: 'cpanel',
          url: str(v, 'cpanel-url')!,
          user: need(str(v, 'cpanel-user'), 'cPanel needs --cpanel-user USER.'),
          ...(domain ? { domain } : {}),
          ...(v['cpanel-insecure'] ? { insecureTls: true } : {}),
        },
        secrets,
      };
    }
    case 'local-dir':
      return {
        config: {
          kind: 'local',
          dir: str(v, 'local-dir')!,
          ...(then ? { postCommand: then } : {}),
          ...filesOf(ctx),
        },
        secrets,
      };
    default: {
      const notes = str(v, 'notes');
      const preset = str(v, 'preset');
      return {
        config: {
          kind: 'manual',
          label: str(v, 'manual')!,
          ...(notes ? { notes } : {}),
          ...(preset ? { preset } : {}),
        },
        secrets,
      };
    }
  }
}
