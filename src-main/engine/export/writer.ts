// Writes one export bundle as a unit (issue 6): every file goes to a temp file in the same folder
// (created with its final mode, fsynced), then all are renamed into place. If any step fails, the
// temp files are removed and the files of this export already renamed are put back as they were,
// so a target never sees half a bundle. Existing files are never replaced without `overwrite`.
import { open, lstat, stat, rename, unlink, link, copyFile } from 'node:fs/promises';
import { openSync, fsyncSync, closeSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { userInfo } from 'node:os';
import path from 'node:path';
import { CertdeskError, textError } from '../../shared/errors.ts';
import { text } from '../../shared/engine-text.ts';
import type { PlannedFile } from './formats.ts';

/** Secret files (key, PFX, combined PEM) are 0600 from the moment they exist (R8). */
export const SECRET_MODE = 0o600;
export const PUBLIC_MODE = 0o644;

const errCode = (e: unknown): string | undefined => (e as NodeJS.ErrnoException | undefined)?.code;
const errDetail = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Maps a file-system error to a stable code and a sentence that says what to do next. */
export function fsExportError(e: unknown, dir: string): CertdeskError {
  if (e instanceof CertdeskError) return e;
  const code = errCode(e);
  const opts = { detail: errDetail(e), cause: e };
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return textError('disk-full', text('exportCheck.diskFull', { folder: dir }), opts);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return textError('permission-denied', text('exportCheck.denied', { folder: dir }), opts);
    case 'ENOENT':
    case 'ENOTDIR':
      return missingFolder(dir, e);
    case 'EBUSY':
    case 'ETXTBSY':
      return textError('export', text('exportCheck.busy', { folder: dir }), {
        ...opts,
        retryable: true,
      });
    default:
      return textError('export', text('exportCheck.failed', { folder: dir }), {
        ...opts,
        retryable: true,
      });
  }
}

const missingFolder = (dir: string, cause?: unknown): CertdeskError =>
  textError(
    'export',
    text('exportCheck.missing', { folder: dir }),
    cause === undefined ? {} : { detail: errDetail(cause), cause },
  );

export async function checkFolder(dir: string): Promise<void> {
  let st;
  try {
    st = await stat(dir);
  } catch (e) {
    throw errCode(e) === 'ENOENT' || errCode(e) === 'ENOTDIR'
      ? missingFolder(dir, e)
      : fsExportError(e, dir);
  }
  if (!st.isDirectory()) throw textError('export', text('exportCheck.notFolder', { folder: dir }));
}

const hidden = (name: string, ext: string): string =>
  `.${name}.certdesk-${randomBytes(6).toString('hex')}.${ext}`;

/** Windows has no mode bits: cut inherited access and grant the current user alone (R8). */
async function restrictToUserOnWindows(file: string): Promise<void> {
  const user = process.env.USERNAME ?? userInfo().username;
  await new Promise<void>((resolve, reject) => {
    execFile(
      'icacls',
      [file, '/inheritance:r', '/grant:r', `${user}:F`],
      { windowsHide: true },
      (err) => (err ? reject(err) : resolve()),
    );
  }).catch((e: unknown) => {
    throw new CertdeskError(
      'permission-denied',
      `Certdesk could not make the key file in ${path.dirname(file)} readable only by you, so nothing was exported. Pick a folder on a local NTFS disk.`,
      { detail: errDetail(e), cause: e },
    );
  });
}

function fsyncDir(dir: string): void {
  if (process.platform === 'win32') return;
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    /* best effort */
  }
}

async function writeTemp(dir: string, f: PlannedFile): Promise<string> {
  const tmp = path.join(dir, hidden(f.name, 'tmp'));
  // Mode at creation ('wx' = O_CREAT|O_EXCL): a secret is never readable by others, not even
  // for the moment between create and chmod.
  const fh = await open(tmp, 'wx', f.secret ? SECRET_MODE : PUBLIC_MODE);
  try {
    if (f.secret && process.platform === 'win32') await restrictToUserOnWindows(tmp);
    await fh.writeFile(f.data);
    await fh.sync();
  } catch (e) {
    await fh.close().catch(() => {});
    await unlink(tmp).catch(() => {});
    throw e;
  }
  await fh.close();
  return tmp;
}

/** Existing files among `names` (relative to dir); directories in the way are an error even with overwrite. */
export async function existingFiles(dir: string, names: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const name of names) {
    try {
      const st = await lstat(path.join(dir, name));
      if (st.isDirectory())
        throw new CertdeskError(
          'export',
          `There is a folder named ${name} in ${dir}, where Certdesk needs to write a file. Rename that folder or pick another one.`,
        );
      found.push(name);
    } catch (e) {
      if (errCode(e) !== 'ENOENT') throw fsExportError(e, dir);
    }
  }
  return found;
}

type Placed = { target: string; backup: string | null };

async function backupOf(target: string): Promise<string | null> {
  const backup = path.join(path.dirname(target), hidden(path.basename(target), 'bak'));
  try {
    await link(target, backup); // a second name for the old file: no copy, no extra space
  } catch (e) {
    if (errCode(e) === 'ENOENT') return null;
    await copyFile(target, backup); // file systems without hard links (FAT, some shares)
  }
  return backup;
}

async function rollback(placed: Placed[]): Promise<string[]> {
  const problems: string[] = [];
  for (const p of placed.reverse()) {
    try {
      if (p.backup) await rename(p.backup, p.target);
      else await unlink(p.target);
    } catch (e) {
      problems.push(`${path.basename(p.target)}: ${errDetail(e)}`);
    }
  }
  return problems;
}

export type WriteOptions = { overwrite?: boolean };

/** Writes all files or none; returns the absolute paths in the order given. */
export async function writeBundle(
  dir: string,
  files: PlannedFile[],
  opts: WriteOptions = {},
): Promise<string[]> {
  await checkFolder(dir);
  const existing = await existingFiles(
    dir,
    files.map((f) => f.name),
  );
  if (existing.length && !opts.overwrite) {
    throw new CertdeskError(
      'file-exists',
      `These files already exist in ${dir}: ${existing.join(', ')}. Choose to replace them, or pick another folder.`,
      { detail: existing.map((n) => path.join(dir, n)).join('\n') },
    );
  }

  const temps: string[] = [];
  try {
    for (const f of files) temps.push(await writeTemp(dir, f));
  } catch (e) {
    await Promise.all(temps.map((t) => unlink(t).catch(() => {})));
    throw fsExportError(e, dir);
  }

  const placed: Placed[] = [];
  const backups: string[] = [];
  try {
    for (let i = 0; i < files.length; i++) {
      const target = path.join(dir, files[i].name);
      const backup = await backupOf(target);
      if (backup) backups.push(backup);
      await rename(temps[i], target);
      placed.push({ target, backup });
    }
  } catch (e) {
    const problems = await rollback(placed);
    const restored = new Set(placed.map((p) => p.backup));
    await Promise.all(
      [...temps, ...backups.filter((b) => !restored.has(b))].map((t) => unlink(t).catch(() => {})),
    );
    const err = fsExportError(e, dir);
    if (problems.length === 0) throw err;
    throw new CertdeskError(
      err.code,
      `${err.message} Some earlier files could not be put back: check ${dir}.`,
      { detail: `${err.detail ?? ''}\nrollback: ${problems.join('; ')}`, cause: e },
    );
  }
  await Promise.all(backups.map((b) => unlink(b).catch(() => {})));
  fsyncDir(dir);
  return files.map((f) => path.join(dir, f.name));
}
