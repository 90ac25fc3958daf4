// SFTP/SSH and FTP/FTPS deployment targets (issue 17), over the same clients as the upload
// challenge route (engine/challenges/upload/): one SFTP client, one FTP client, one host-key
// policy (trust on first use, or the key the person pinned; the same saved key for a host and port).
import { CertdeskError, textError } from '../../shared/errors.ts';
import { text, type Text } from '../../shared/engine-text.ts';
import type { FtpTargetConfig, SftpTargetConfig } from '../../shared/deploy.ts';
import { SECOND_MS, minutes } from '../../shared/durations.ts';
import { FtpFs } from '../challenges/upload/ftp.ts';
import {
  hasControlChars,
  normaliseRemoteRoot,
  parseHostPort,
} from '../challenges/upload/remote-path.ts';
import { isHostKeyFingerprint, normaliseFingerprint, SftpFs } from '../challenges/upload/sftp.ts';
import { scrubOutput, OUTPUT_TAIL_LINES } from '../export/post-command.ts';
import type { PlannedFile } from '../export/formats.ts';
import { testRemote, uploadBundle, type CommandOutcome } from './remote-upload.ts';
import type { DeployDriver, DriverEnv } from './driver.ts';

const CONNECT_MS = 20 * SECOND_MS;
const OPERATION_MS = 30 * SECOND_MS;
/** The remote command's time limit (a reload takes seconds; a stuck `sudo` prompt never ends). */
export const REMOTE_COMMAND_TIMEOUT_MS = minutes(2);

function need(value: string, sentence: Text): string {
  const v = value.trim();
  if (!v) throw textError('invalid-input', sentence);
  if (hasControlChars(v)) throw textError('invalid-input', text('deployCheck.controlChars'));
  return v;
}

/** Checks an SFTP target when it is added (the same rules as the SFTP challenge route). */
export function checkSftpConfig(c: SftpTargetConfig): SftpTargetConfig {
  need(c.host, text('deployCheck.sftpHost'));
  parseHostPort(c.host, 22, 'SFTP');
  need(c.user, text('deployCheck.sftpUser'));
  need(c.remoteDir, text('deployCheck.sftpFolder'));
  normaliseRemoteRoot(c.remoteDir);
  if (c.hostKey?.trim() && !isHostKeyFingerprint(c.hostKey))
    throw textError('invalid-input', text('deployCheck.hostKey', { value: c.hostKey }));
  if (c.command !== undefined && hasControlChars(c.command))
    throw textError('invalid-input', text('deployCheck.commandOneLine'));
  return c;
}

export function checkFtpConfig(c: FtpTargetConfig): FtpTargetConfig {
  need(c.host, text('deployCheck.ftpHost'));
  parseHostPort(c.host, 21, 'FTP');
  need(c.user, text('deployCheck.ftpUser'));
  need(c.remoteDir, text('deployCheck.ftpFolder'));
  normaliseRemoteRoot(c.remoteDir);
  return c;
}

export function sftpDriver(c: SftpTargetConfig, env: DriverEnv): DeployDriver {
  const { host, port } = parseHostPort(c.host, 22, 'SFTP');
  const folder = normaliseRemoteRoot(c.remoteDir);
  const password = env.secret('password');
  const privateKey = env.secret('privateKey');
  const passphrase = env.secret('passphrase');
  if (!password && !privateKey)
    throw textError('credentials-needed', text('deployCheck.sftpLoginAgain'));
  const pinned = c.hostKey?.trim() ? normaliseFingerprint(c.hostKey) : undefined;
  const known = env.knownHost(host, port);
  const open = (): SftpFs =>
    new SftpFs({
      host,
      port,
      user: c.user.trim(),
      ...(password ? { password } : {}),
      ...(privateKey ? { privateKey } : {}),
      ...(passphrase ? { passphrase } : {}),
      connectTimeoutMs: CONNECT_MS,
      operationTimeoutMs: OPERATION_MS,
      hostKey: {
        ...(pinned ? { pinned } : {}),
        ...(known ? { known } : {}),
        remember: (fp) => env.saveKnownHost(host, port, fp),
      },
    });
  const where = `${c.user}@${c.host}:${c.remoteDir}`;
  return {
    async test(): Promise<Text> {
      await testRemote(open(), folder);
      return text('deploy.tested', { where });
    },
    async deploy(files: PlannedFile[]) {
      const fs = open();
      const cmd = c.command?.trim();
      try {
        await fs.connect();
        const command = await uploadBundle(
          fs,
          folder,
          files,
          cmd ? () => runRemote(fs, cmd, env.redact) : undefined,
        );
        return { command, text: text('deploy.deployed', { where }) };
      } finally {
        await fs.close();
      }
    },
  };
}

async function runRemote(
  fs: SftpFs,
  command: string,
  redact: string[],
): Promise<CommandOutcome & { error?: CertdeskError }> {
  const r = await fs.exec(command, REMOTE_COMMAND_TIMEOUT_MS);
  const outputTail = scrubOutput(r.output, redact)
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(-OUTPUT_TAIL_LINES);
  const outcome: CommandOutcome = { exitCode: r.exitCode, outputTail, timedOut: r.timedOut };
  if (r.exitCode === 0 && !r.timedOut) return outcome;
  const error = r.timedOut
    ? textError(
        'timeout',
        text('deploy.commandStopped', {
          command,
          server: fs.where,
          seconds: REMOTE_COMMAND_TIMEOUT_MS / SECOND_MS,
        }),
      )
    : textError(
        'solver',
        text('deploy.commandFailed', {
          command,
          server: fs.where,
          code: r.exitCode === null ? `signal ${r.signal ?? '?'}` : String(r.exitCode),
        }),
        { detail: outputTail.join('\n') },
      );
  return { ...outcome, error };
}

export function ftpDriver(c: FtpTargetConfig, env: DriverEnv): DeployDriver {
  const { host, port } = parseHostPort(c.host, 21, 'FTP');
  const folder = normaliseRemoteRoot(c.remoteDir);
  const password = env.secret('password');
  if (!password) throw textError('credentials-needed', text('deployCheck.ftpPasswordAgain'));
  const insecureTls = c.insecureTls ?? false;
  const open = (): FtpFs =>
    new FtpFs({
      host,
      port,
      user: c.user.trim(),
      password,
      tls: (c.tls ?? false) || insecureTls,
      insecureTls,
      connectTimeoutMs: CONNECT_MS,
      operationTimeoutMs: OPERATION_MS,
    });
  const where = `${c.user}@${c.host}:${c.remoteDir}`;
  return {
    async test(): Promise<Text> {
      await testRemote(open(), folder);
      return text('deploy.tested', { where });
    },
    async deploy(files: PlannedFile[]) {
      const fs = open();
      try {
        await fs.connect();
        await uploadBundle(fs, folder, files);
        return { text: text('deploy.deployed', { where }) };
      } finally {
        await fs.close();
      }
    },
  };
}
