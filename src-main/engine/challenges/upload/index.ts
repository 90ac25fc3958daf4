// Registers the shared-hosting http-01 solvers (issue 3, R10/R11): httpMode 'sftp' and 'ftp'.
// Importing this module is enough.
//
// ChallengeConfig.options used here (non-secret; secrets come through env.secret):
//   sftpHost "HOST[:PORT]", sftpUser, sftpHostKey "SHA256:..." (pin)     secrets: sftpPassword | sftpPrivateKey (+ sftpPassphrase)
//   ftpHost "HOST[:PORT]", ftpUser, ftpTls, ftpInsecureTls                secret:  ftpPassword
//   remoteRoot       the site's web root on the server ("public_html"; "." = the login folder)
//   uploadSelfCheck  false to skip fetching the URL before the CA does (default true)
//   connectTimeout, operationTimeout   seconds (default 20 and 30)
// Saved by the solver (env.saveSecret): sftpKnownHost:<host>:<port> = the host key seen first (TOFU).
import { CertdeskError } from '../../../shared/errors.ts';
import { SECOND_MS } from '../../../shared/durations.ts';
import type { ChallengeConfig } from '../../../shared/types.ts';
import { registerSolverFactory, type SolverEnv } from '../index.ts';
import type { ChallengeSolver } from '../types.ts';
import { FtpFs } from './ftp.ts';
import { hasControlChars, normaliseRemoteRoot, parseHostPort } from './remote-path.ts';
import { isHostKeyFingerprint, normaliseFingerprint, SftpFs } from './sftp.ts';
import { UploadHttpSolver } from './solver.ts';

export const UPLOAD_SECRET_NAMES = {
  sftpPassword: 'sftpPassword', sftpPrivateKey: 'sftpPrivateKey', sftpPassphrase: 'sftpPassphrase', ftpPassword: 'ftpPassword',
} as const;

export const CONNECT_TIMEOUT_DEFAULT_S = 20;
export const OPERATION_TIMEOUT_DEFAULT_S = 30;

/** Name of the saved host key of one SFTP server (host and port: one host may run several sshd). */
export const knownHostSecretName = (host: string, port: number): string => `sftpKnownHost:${host.toLowerCase()}:${port}`;

/** "Forget host key": the next connection records whatever key the server shows (trust on first use again). */
export async function forgetSftpHostKey(saveSecret: SolverEnv['saveSecret'], hostPort: string): Promise<void> {
  const { host, port } = parseHostPort(hostPort, 22, 'SFTP');
  await saveSecret(knownHostSecretName(host, port), '');
}

const opt = (cfg: ChallengeConfig, name: string): string | undefined => {
  const v = cfg.options?.[name];
  return v === undefined || v === '' ? undefined : String(v);
};
const flag = (cfg: ChallengeConfig, name: string, dflt: boolean): boolean => {
  const v = cfg.options?.[name];
  return v === undefined ? dflt : v === true || v === 'true';
};
function seconds(cfg: ChallengeConfig, name: string, dflt: number): number {
  const v = cfg.options?.[name];
  if (v === undefined || v === '') return dflt * SECOND_MS;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 1 || n > 600) throw new CertdeskError('invalid-input', `The ${name} must be between 1 and 600 seconds, not "${String(v)}".`);
  return n * SECOND_MS;
}
function userName(cfg: ChallengeConfig, name: string, flagName: string, what: string): string {
  const u = opt(cfg, name);
  if (!u) throw new CertdeskError('invalid-input', `${what} upload needs the user name of the hosting account: --${flagName} NAME.`);
  if (hasControlChars(u)) throw new CertdeskError('invalid-input', 'The user name contains control characters. Type it again.');
  return u;
}
function remoteRoot(cfg: ChallengeConfig): string {
  const r = opt(cfg, 'remoteRoot');
  if (r === undefined) throw new CertdeskError('invalid-input', 'Uploading needs the site\'s web root on the server: --remote-root public_html (the folder your site is served from; "." if that is the folder you log in to).');
  return normaliseRemoteRoot(r);
}

export function createUploadSolver(cfg: ChallengeConfig, env: SolverEnv): ChallengeSolver {
  const mode = cfg.httpMode;
  const root = remoteRoot(cfg);
  const connectTimeoutMs = seconds(cfg, 'connectTimeout', CONNECT_TIMEOUT_DEFAULT_S);
  const operationTimeoutMs = seconds(cfg, 'operationTimeout', OPERATION_TIMEOUT_DEFAULT_S);
  const common = {
    root, log: env.log, selfCheck: flag(cfg, 'uploadSelfCheck', true),
    check: { httpPort: env.httpPort, resolver: env.dnsResolver },
  };
  if (mode === 'sftp') {
    const hostText = opt(cfg, 'sftpHost');
    if (!hostText) throw new CertdeskError('invalid-input', 'SFTP upload needs the server your hosting provider gives: --sftp-host HOST[:PORT].');
    const { host, port } = parseHostPort(hostText, 22, 'SFTP');
    const user = userName(cfg, 'sftpUser', 'sftp-user', 'SFTP');
    const pinned = opt(cfg, 'sftpHostKey');
    if (pinned && !isHostKeyFingerprint(pinned)) {
      throw new CertdeskError('invalid-input', `"${pinned}" is not an SSH host key fingerprint. It looks like SHA256:followed-by-43-characters (ssh-keygen -lf on the server's key, or your hosting provider's documentation).`);
    }
    const password = env.secret(UPLOAD_SECRET_NAMES.sftpPassword) || undefined;
    const privateKey = env.secret(UPLOAD_SECRET_NAMES.sftpPrivateKey) || undefined;
    const passphrase = env.secret(UPLOAD_SECRET_NAMES.sftpPassphrase) || undefined;
    if (!password && !privateKey) {
      throw new CertdeskError('invalid-input', 'SFTP upload needs a password or a private key: put it in a file readable only by you and give --sftp-password-file FILE or --sftp-key-file FILE.');
    }
    const secretName = knownHostSecretName(host, port);
    const known = env.secret(secretName) || undefined;
    const fs = new SftpFs({
      host, port, user, password, privateKey, passphrase, connectTimeoutMs, operationTimeoutMs,
      hostKey: {
        ...(pinned ? { pinned: normaliseFingerprint(pinned) } : {}),
        ...(known ? { known } : {}),
        remember: async (fp) => {
          env.log.info(known ? 'upload: recorded the SFTP host key you pinned' : 'upload: first connection, recorded the SFTP host key', { server: `${host}:${port}`, fingerprint: fp });
          await env.saveSecret(secretName, fp);
        },
      },
    });
    return new UploadHttpSolver({ ...common, fs });
  }
  const hostText = opt(cfg, 'ftpHost');
  if (!hostText) throw new CertdeskError('invalid-input', 'FTP upload needs the server your hosting provider gives: --ftp-host HOST[:PORT].');
  const { host, port } = parseHostPort(hostText, 21, 'FTP');
  const user = userName(cfg, 'ftpUser', 'ftp-user', 'FTP');
  const password = env.secret(UPLOAD_SECRET_NAMES.ftpPassword);
  if (!password) throw new CertdeskError('invalid-input', 'FTP upload needs the account\'s password: put it in a file readable only by you and give --ftp-password-file FILE.');
  if (hasControlChars(password)) throw new CertdeskError('invalid-input', 'The FTP password contains a line break or another control character; FTP cannot send that. Check the password file.');
  // Accepting any certificate only makes sense with TLS, so asking for it implies TLS.
  const insecureTls = flag(cfg, 'ftpInsecureTls', false);
  const tls = flag(cfg, 'ftpTls', false) || insecureTls;
  const fs = new FtpFs({ host, port, user, password, tls, insecureTls, connectTimeoutMs, operationTimeoutMs });
  return new UploadHttpSolver({ ...common, fs });
}

registerSolverFactory((cfg, env) => (cfg.type === 'http-01' && (cfg.httpMode === 'sftp' || cfg.httpMode === 'ftp') ? createUploadSolver(cfg, env) : null));
