// Registers the shared-hosting http-01 solvers (issue 3, R10/R11): the routes http-01:sftp and
// http-01:ftp of the typed route contract (src-main/shared/route.ts). Importing this module is enough.
// Secrets come through env.secret (sftpPassword | sftpPrivateKey + sftpPassphrase, ftpPassword).
// Saved by the solver (env.saveSecret): sftpKnownHost:<host>:<port> = the host key seen first (TOFU).
// Messages here reach the window: they name no CLI flag (the CLI checks its own options first).
import { CertdeskError } from '../../../shared/errors.ts';
import { SECOND_MS } from '../../../shared/durations.ts';
import type { ChallengeConfig } from '../../../shared/types.ts';
import type { SecretName } from '../../../shared/route.ts';
import { registerSolverFactory, type SolverEnv } from '../index.ts';
import type { ChallengeSolver } from '../types.ts';
import { FtpFs } from './ftp.ts';
import { hasControlChars, normaliseRemoteRoot, parseHostPort } from './remote-path.ts';
import { isHostKeyFingerprint, normaliseFingerprint, SftpFs } from './sftp.ts';
import { UploadHttpSolver } from './solver.ts';

export const UPLOAD_SECRET_NAMES = {
  sftpPassword: 'sftpPassword',
  sftpPrivateKey: 'sftpPrivateKey',
  sftpPassphrase: 'sftpPassphrase',
  ftpPassword: 'ftpPassword',
} as const satisfies Record<string, SecretName>;

export const CONNECT_TIMEOUT_DEFAULT_S = 20;
export const OPERATION_TIMEOUT_DEFAULT_S = 30;

/** Name of the saved host key of one SFTP server (host and port: one host may run several sshd). */
export const knownHostSecretName = (host: string, port: number): string =>
  `sftpKnownHost:${host.toLowerCase()}:${port}`;

/** "Forget host key": the next connection records whatever key the server shows (trust on first use again). */
export async function forgetSftpHostKey(
  saveSecret: SolverEnv['saveSecret'],
  hostPort: string,
): Promise<void> {
  const { host, port } = parseHostPort(hostPort, 22, 'SFTP');
  await saveSecret(knownHostSecretName(host, port), '');
}

type UploadRoute = Extract<ChallengeConfig, { httpMode: 'sftp' | 'ftp' }>;

function seconds(value: number | undefined, what: string, dflt: number): number {
  if (value === undefined) return dflt * SECOND_MS;
  if (!Number.isFinite(value) || value < 1 || value > 600)
    throw new CertdeskError(
      'invalid-input',
      `The ${what} must be between 1 and 600 seconds, not "${String(value)}".`,
    );
  return value * SECOND_MS;
}
function userName(cfg: UploadRoute, what: string): string {
  const u = cfg.user.trim();
  if (!u)
    throw new CertdeskError(
      'invalid-input',
      `${what} upload needs the user name of the hosting account.`,
    );
  if (hasControlChars(u))
    throw new CertdeskError(
      'invalid-input',
      'The user name contains control characters. Type it again.',
    );
  return u;
}
function remoteRoot(cfg: UploadRoute): string {
  if (!cfg.remoteRoot.trim())
    throw new CertdeskError(
      'invalid-input',
      'Uploading needs the site\'s web root on the server: the folder your site is served from, such as public_html ("." if that is the folder you log in to).',
    );
  return normaliseRemoteRoot(cfg.remoteRoot);
}

export function createUploadSolver(cfg: UploadRoute, env: SolverEnv): ChallengeSolver {
  const root = remoteRoot(cfg);
  const connectTimeoutMs = seconds(
    cfg.connectTimeout,
    'connection time limit',
    CONNECT_TIMEOUT_DEFAULT_S,
  );
  const operationTimeoutMs = seconds(
    cfg.operationTimeout,
    'upload time limit',
    OPERATION_TIMEOUT_DEFAULT_S,
  );
  const common = {
    root,
    log: env.log,
    selfCheck: cfg.selfCheck ?? true,
    check: { httpPort: env.httpPort, resolver: env.dnsResolver },
  };
  if (cfg.httpMode === 'sftp') {
    if (!cfg.host.trim())
      throw new CertdeskError(
        'invalid-input',
        'SFTP upload needs the server your hosting provider gives (HOST or HOST:PORT).',
      );
    const { host, port } = parseHostPort(cfg.host, 22, 'SFTP');
    const user = userName(cfg, 'SFTP');
    const pinned = cfg.hostKey?.trim() || undefined;
    if (pinned && !isHostKeyFingerprint(pinned)) {
      throw new CertdeskError(
        'invalid-input',
        `"${pinned}" is not an SSH host key fingerprint. It looks like SHA256:followed-by-43-characters (ssh-keygen -lf on the server's key, or your hosting provider's documentation).`,
      );
    }
    const password = env.secret(UPLOAD_SECRET_NAMES.sftpPassword) || undefined;
    const privateKey = env.secret(UPLOAD_SECRET_NAMES.sftpPrivateKey) || undefined;
    const passphrase = env.secret(UPLOAD_SECRET_NAMES.sftpPassphrase) || undefined;
    if (!password && !privateKey) {
      throw new CertdeskError(
        'invalid-input',
        "SFTP upload needs the account's password or a private key. Give one of them.",
      );
    }
    const secretName = knownHostSecretName(host, port);
    const known = env.secret(secretName) || undefined;
    const fs = new SftpFs({
      host,
      port,
      user,
      password,
      privateKey,
      passphrase,
      connectTimeoutMs,
      operationTimeoutMs,
      hostKey: {
        ...(pinned ? { pinned: normaliseFingerprint(pinned) } : {}),
        ...(known ? { known } : {}),
        remember: async (fp) => {
          env.log.info(
            known
              ? 'upload: recorded the SFTP host key you pinned'
              : 'upload: first connection, recorded the SFTP host key',
            { server: `${host}:${port}`, fingerprint: fp },
          );
          await env.saveSecret(secretName, fp);
        },
      },
    });
    return new UploadHttpSolver({ ...common, fs });
  }
  if (!cfg.host.trim())
    throw new CertdeskError(
      'invalid-input',
      'FTP upload needs the server your hosting provider gives (HOST or HOST:PORT).',
    );
  const { host, port } = parseHostPort(cfg.host, 21, 'FTP');
  const user = userName(cfg, 'FTP');
  const password = env.secret(UPLOAD_SECRET_NAMES.ftpPassword);
  if (!password)
    throw new CertdeskError('invalid-input', "FTP upload needs the account's password.");
  if (hasControlChars(password))
    throw new CertdeskError(
      'invalid-input',
      'The FTP password contains a line break or another control character; FTP cannot send that. Type the password again.',
    );
  // Accepting any certificate only makes sense with TLS, so asking for it implies TLS.
  const insecureTls = cfg.insecureTls ?? false;
  const tls = (cfg.tls ?? false) || insecureTls;
  const fs = new FtpFs({
    host,
    port,
    user,
    password,
    tls,
    insecureTls,
    connectTimeoutMs,
    operationTimeoutMs,
  });
  return new UploadHttpSolver({ ...common, fs });
}

registerSolverFactory((cfg, env) =>
  cfg.type === 'http-01' && (cfg.httpMode === 'sftp' || cfg.httpMode === 'ftp')
    ? createUploadSolver(cfg, env)
    : null,
);
