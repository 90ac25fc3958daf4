// The data folder is private, whoever made it (issue 20, part 3). It holds certdesk.json (with
// the commands Certdesk runs at renewal) and, without a keychain, master.key: another local user
// who can write there could replace either. So when a folder is opened:
// - ours and open to others: made 0700 (its key files 0600);
// - another user's, or still writable by group or others after that: refused with a sentence.
// POSIX only: on Windows the folder sits in the profile, whose ACL already keeps others out.
import { chmodSync, lstatSync, type Stats } from 'node:fs';
import path from 'node:path';
import { CertdeskError } from '../shared/errors.ts';

/** Files in the folder that decide what runs or which key opens the secrets. */
const GUARDED_FILES = ['certdesk.json', 'master.key'];

export type FolderCheckOptions = {
  /** Our user id (default: process.getuid()); a test gives another to stand in for a foreign owner. */
  uid?: number;
  platform?: NodeJS.Platform;
};

const statOrNull = (p: string): Stats | null => {
  try {
    return lstatSync(p);
  } catch {
    return null;
  }
};

const othersCanWrite = (st: Stats): boolean => (st.mode & 0o022) !== 0;

function refuse(what: string, why: string): never {
  throw new CertdeskError(
    'permission-denied',
    `Certdesk will not use ${what}: ${why}. Another user could change the commands Certdesk runs or its keys. Make it yours and private (chmod 700 for the folder, 600 for its files), or choose another data folder.`,
    { detail: what },
  );
}

/**
 * Makes an existing data folder private, or refuses it. A folder that does not exist yet is left
 * alone: Certdesk creates it 0700 on first write.
 */
export function secureDataFolder(dir: string, opts: FolderCheckOptions = {}): void {
  const platform = opts.platform ?? process.platform;
  if (platform === 'win32') return;
  const uid = opts.uid ?? process.getuid?.();
  if (uid === undefined) return;
  const st = statOrNull(dir);
  if (!st) return;
  if (st.isSymbolicLink() || !st.isDirectory()) refuse(dir, 'it is not a plain folder');
  if (st.uid !== uid) refuse(dir, `it belongs to another user (uid ${st.uid})`);
  if ((st.mode & 0o077) !== 0) {
    try {
      chmodSync(dir, 0o700);
    } catch {
      /* checked again below */
    }
    const again = statOrNull(dir);
    if (!again || othersCanWrite(again))
      refuse(dir, 'other users can write in it and Certdesk could not change that');
  }
  for (const name of GUARDED_FILES) {
    const file = path.join(dir, name);
    const f = statOrNull(file);
    if (!f) continue;
    if (f.isSymbolicLink() || !f.isFile()) refuse(file, 'it is not a plain file');
    if (f.uid !== uid) refuse(file, `it belongs to another user (uid ${f.uid})`);
    if ((f.mode & 0o077) !== 0) {
      try {
        chmodSync(file, 0o600);
      } catch {
        /* checked again below */
      }
      const again = statOrNull(file);
      if (!again || othersCanWrite(again))
        refuse(file, 'other users can change it and Certdesk could not change that');
    }
  }
}
