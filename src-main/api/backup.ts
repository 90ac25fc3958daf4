// Backup of the data folder (issue 7): a dated copy of everything but the running process's lock,
// into a folder the person picked, never inside the data folder itself.
import { cp, mkdir } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { CertdeskError } from '../shared/errors.ts';

const stamp = (ms: number): string =>
  new Date(ms).toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);

export async function backupDataFolder(
  dataDir: string,
  dir: string,
  now: number,
): Promise<{ path: string }> {
  const target = path.resolve(dir);
  if (!existsSync(target) || !statSync(target).isDirectory())
    throw new CertdeskError(
      'invalid-input',
      `The folder ${target} does not exist. Create it or pick another one, then try again.`,
    );
  const source = path.resolve(dataDir);
  const dest = path.join(target, `certdesk-backup-${stamp(now)}`);
  if (dest === source || dest.startsWith(source + path.sep))
    throw new CertdeskError(
      'invalid-input',
      'A backup cannot go inside the data folder itself. Pick a folder elsewhere, ideally on another disk.',
    );
  await mkdir(dest, { recursive: false, mode: 0o700 }).catch((e: NodeJS.ErrnoException) => {
    throw new CertdeskError(
      e.code === 'EEXIST' ? 'file-exists' : 'permission-denied',
      `Certdesk could not create ${dest}. Check that you may write in ${target}, then try again.`,
      { detail: e.message },
    );
  });
  // The lock file belongs to the running process; everything else (store, keys, logs) is copied.
  await cp(source, dest, {
    recursive: true,
    filter: (src) => !src.endsWith('.lock') && !src.includes(`${path.sep}certdesk.lock`),
  });
  return { path: dest };
}
