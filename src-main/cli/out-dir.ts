// `export --out DIR` makes DIR and its parents when missing, as certbot and lego do (issue 19). A
// folder that will hold a private key is made private (0700, R8); an existing one is left as is.
import { mkdirSync, statSync } from 'node:fs';
import { CertdeskError } from '../shared/errors.ts';

/** True when the folder was made here. */
export function ensureOutDir(dir: string, holdsKey: boolean): boolean {
  try {
    if (statSync(dir).isDirectory()) return false;
    throw new CertdeskError(
      'invalid-input',
      `${dir} is a file, not a folder. Give a folder with --out.`,
    );
  } catch (e) {
    if (e instanceof CertdeskError) throw e;
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  try {
    mkdirSync(dir, { recursive: true, mode: holdsKey ? 0o700 : 0o755 });
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
      throw new CertdeskError(
        'permission-denied',
        `Cannot create the folder ${dir}: no permission. Create it yourself (for example with sudo), or choose a folder you may write to.`,
      );
    if (code === 'ENOTDIR')
      throw new CertdeskError(
        'invalid-input',
        `Cannot create ${dir}: part of that path is a file.`,
      );
    throw e;
  }
}
