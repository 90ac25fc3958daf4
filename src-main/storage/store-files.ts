// Errors of the file system in a person's words, and the sweep of what killed writers left behind.
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { CertdeskError } from '../shared/errors.ts';

export const isErrno = (e: unknown): boolean =>
  /^E[A-Z]+$/.test(String((e as NodeJS.ErrnoException | null)?.code ?? ''));
export function storageError(e: unknown, where: string): CertdeskError {
  if (e instanceof CertdeskError) return e;
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'ENOSPC')
    return new CertdeskError(
      'disk-full',
      `The disk is full, so Certdesk could not save to ${where}. Free some space and try again; nothing saved earlier was changed.`,
      { retryable: true, detail: err.message },
    );
  if (err.code === 'EACCES' || err.code === 'EPERM' || err.code === 'EROFS')
    return new CertdeskError(
      'permission-denied',
      `Certdesk is not allowed to write to ${where}. Check the folder's permissions.`,
      { detail: err.message },
    );
  return new CertdeskError('storage', `Certdesk could not save to ${where}: ${err.message}.`, {
    retryable: true,
    detail: err.message,
  });
}

/**
 * Temp files of atomic writes whose writer was killed mid-write (`.<name>.<pid>.<hex>.tmp`):
 * never read, but clutter. Removed on open when their process is gone; a live writer's are kept.
 */
export function removeDeadTempFiles(dataDir: string): number {
  const alive = (pid: number): boolean => {
    if (pid === process.pid) return true;
    try {
      process.kill(pid, 0);
      return true;
    } catch (e) {
      return (e as NodeJS.ErrnoException).code === 'EPERM';
    }
  };
  let removed = 0;
  const sweep = (dir: string, depth: number): void => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        // A certificate folder renamed away to be deleted by a process killed before it finished.
        if (/^\.deleted-/.test(e.name)) rmSync(full, { recursive: true, force: true });
        else if (depth > 0) sweep(full, depth - 1);
        continue;
      }
      const m = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/.exec(e.name);
      if (m && !alive(Number(m[1]))) {
        try {
          rmSync(full, { force: true });
          removed++;
        } catch {
          /* next time */
        }
      }
    }
  };
  // The store's folder, accounts/, and certs/<id>/<version>/ below it.
  sweep(dataDir, 0);
  sweep(path.join(dataDir, 'accounts'), 0);
  sweep(path.join(dataDir, 'certs'), 2);
  return removed;
}
