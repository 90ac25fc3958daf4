// Which accounts and certificates the data folder holds, by its file and folder names alone
// (issue 22: the list of certificates is derived from the folders, never kept as a separate index).
import { readdirSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { ACCOUNTS_DIR, CERTS_DIR, SAFE_ID } from './layout.ts';

function list(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

export function accountIds(dataDir: string): string[] {
  const ids = new Set<string>();
  for (const e of list(path.join(dataDir, ACCOUNTS_DIR))) {
    const m = /^([a-z0-9-]+)\.json(?:\.prev)?$/i.exec(e.name);
    if (e.isFile() && m) ids.add(m[1]);
  }
  return [...ids].sort();
}

export function certificateIds(dataDir: string): string[] {
  return list(path.join(dataDir, CERTS_DIR))
    .filter((e) => e.isDirectory() && SAFE_ID.test(e.name))
    .map((e) => e.name)
    .sort();
}
