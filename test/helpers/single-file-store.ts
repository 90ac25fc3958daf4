// A data folder as the versions before schema 3 wrote it (issue 22): the whole store in one
// certdesk.json. Tests that start from an old store take a folder this version made and turn it
// back: the store's content as one object (at the given schema's shape, after `shape`), the
// per-file layout removed, the certificates' version folders left as they are.
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Store, STORE_FILE } from '../../src-main/storage/store.ts';

/** The store's content as one object, at the current schema (set schemaVersion to go back). */
export async function singleFileContent(dataDir: string): Promise<Record<string, unknown>> {
  return structuredClone((await Store.open(dataDir)).read()) as Record<string, unknown>;
}

/** Removes the per-file layout and writes `content` as the one certdesk.json. */
export function writeSingleFile(dataDir: string, content: Record<string, unknown>): void {
  for (const f of readdirSync(dataDir))
    if (/^settings\.json/.test(f) || f === 'accounts')
      rmSync(path.join(dataDir, f), { recursive: true, force: true });
  const certs = path.join(dataDir, 'certs');
  let ids: string[] = [];
  try {
    ids = readdirSync(certs);
  } catch {
    /* none */
  }
  for (const id of ids)
    for (const f of ['certificate.json', 'certificate.json.prev'])
      rmSync(path.join(certs, id, f), { force: true });
  writeFileSync(path.join(dataDir, STORE_FILE), JSON.stringify(content), { mode: 0o600 });
}
