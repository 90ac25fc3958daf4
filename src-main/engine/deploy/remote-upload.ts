// Puts one bundle of files into a remote folder over SFTP or FTP/FTPS (issue 17), so the files in
// place stay as they were until the new ones are complete: every file is uploaded under a
// temporary name first, then the old file steps aside and the new one takes its name. When an
// upload, a rename or the command after it fails, the earlier files are put back. Keys are 0600.
import { randomBytes } from 'node:crypto';
import { CertdeskError, textError } from '../../shared/errors.ts';
import { text } from '../../shared/engine-text.ts';
import { RemoteOpError, type DeployFs } from '../challenges/upload/remote-fs.ts';
import { joinRemote, showRemote } from '../challenges/upload/remote-path.ts';
import type { PlannedFile } from '../export/formats.ts';
import { SECRET_MODE, PUBLIC_MODE } from '../export/writer.ts';

export type CommandOutcome = { exitCode: number | null; outputTail: string[]; timedOut: boolean };

/** A command that failed after the upload: the error carries its exit status and output. */
export class DeployCommandError extends CertdeskError {
  readonly command: CommandOutcome;
  constructor(base: CertdeskError, command: CommandOutcome) {
    super(base.code, base.message, {
      ...(base.detail ? { detail: base.detail } : {}),
      ...(base.text ? { text: base.text } : {}),
      retryable: true,
    });
    this.command = command;
  }
}

/** A file operation that failed, as the one sentence the person reads. */
export function remoteOpFailure(fs: DeployFs, folder: string, e: unknown): CertdeskError {
  if (e instanceof CertdeskError) return e;
  const server = fs.where;
  const shown = showRemote(folder);
  if (e instanceof RemoteOpError && e.kind === 'permission')
    return textError(
      'permission-denied',
      text('deploy.noWrite', { user: fs.user, folder: shown, server }),
      {
        detail: e.message,
      },
    );
  if (e instanceof RemoteOpError && e.kind === 'not-found')
    return textError('not-found', text('deploy.missingFolder', { folder: shown, server }), {
      detail: e.message,
    });
  const msg = e instanceof Error ? e.message : String(e);
  return textError('solver', text('deployCheck.copyFailed', { server }), {
    retryable: true,
    detail: msg,
  });
}

/** The folder must exist and be a folder: Certdesk never guesses where a server reads its files. */
export async function checkRemoteFolder(fs: DeployFs, folder: string): Promise<void> {
  let kind;
  try {
    kind = await fs.kind(folder);
  } catch (e) {
    throw remoteOpFailure(fs, folder, e);
  }
  const shown = showRemote(folder);
  if (kind === 'missing')
    throw textError('not-found', text('deploy.missingFolder', { folder: shown, server: fs.where }));
  if (kind === 'file')
    throw textError(
      'invalid-input',
      text('deploy.notAFolder', { folder: shown, server: fs.where }),
    );
}

/** "Test": a probe file is written and removed again, which proves write permission (nothing stays). */
/** A target's "Test" (issue 17): connect, prove the folder takes a file, change nothing. */
export async function testRemote(fs: DeployFs, folder: string): Promise<void> {
  try {
    await fs.connect();
    await probeWrite(fs, folder);
  } finally {
    await fs.close();
  }
}

export async function probeWrite(fs: DeployFs, folder: string): Promise<void> {
  await checkRemoteFolder(fs, folder);
  const probe = joinRemote(folder, `.certdesk-test-${randomBytes(4).toString('hex')}`);
  try {
    await fs.writeFile(probe, 'Certdesk checks that it may write here; this file is removed.\n');
  } catch (e) {
    throw remoteOpFailure(fs, folder, e);
  }
  await fs.unlink(probe).catch(() => {});
}

type Placed = { name: string; backup: string | null; placed: boolean };

/**
 * Uploads `files` into `folder` and, when given, runs `after` (the remote command). Resolves with
 * the command's outcome; throws a CertdeskError (DeployCommandError for the command) with every
 * earlier file back in place.
 */
export async function uploadBundle(
  fs: DeployFs,
  folder: string,
  files: readonly PlannedFile[],
  after?: () => Promise<CommandOutcome & { error?: CertdeskError }>,
): Promise<CommandOutcome | undefined> {
  await checkRemoteFolder(fs, folder);
  const tag = randomBytes(4).toString('hex');
  const at = (name: string): string => joinRemote(folder, name);
  const temp = (name: string): string => at(`.certdesk-${tag}-${name}.new`);
  const old = (name: string): string => at(`.certdesk-${tag}-${name}.old`);
  const uploaded: string[] = [];
  const placed: Placed[] = [];
  const dropTemps = async (): Promise<void> => {
    for (const t of uploaded) await fs.unlink(t).catch(() => {});
  };
  const putBack = async (): Promise<void> => {
    for (const p of [...placed].reverse()) {
      if (p.placed) await fs.unlink(at(p.name)).catch(() => {});
      if (p.backup) await fs.rename(p.backup, at(p.name)).catch(() => {});
    }
  };
  try {
    for (const f of files) {
      const data = typeof f.data === 'string' ? f.data : Buffer.from(f.data);
      await fs.writeFile(temp(f.name), data, f.secret ? SECRET_MODE : PUBLIC_MODE);
      uploaded.push(temp(f.name));
    }
    for (const f of files) {
      const p: Placed = { name: f.name, backup: null, placed: false };
      placed.push(p);
      if ((await fs.kind(at(f.name))) !== 'missing') {
        await fs.rename(at(f.name), old(f.name));
        p.backup = old(f.name);
      }
      await fs.rename(temp(f.name), at(f.name));
      p.placed = true;
      uploaded.splice(uploaded.indexOf(temp(f.name)), 1);
    }
  } catch (e) {
    await putBack();
    await dropTemps();
    throw remoteOpFailure(fs, folder, e);
  }
  let outcome: (CommandOutcome & { error?: CertdeskError }) | undefined;
  if (after) {
    try {
      outcome = await after();
    } catch (e) {
      await putBack();
      throw remoteOpFailure(fs, folder, e);
    }
    if (outcome.error) {
      await putBack();
      const { error, ...command } = outcome;
      throw new DeployCommandError(error, command);
    }
  }
  for (const p of placed) if (p.backup) await fs.unlink(p.backup).catch(() => {});
  if (!outcome) return undefined;
  const { error: _none, ...command } = outcome;
  return command;
}
