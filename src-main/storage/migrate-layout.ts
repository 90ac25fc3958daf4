// Store migration 2 -> 3 (issue 22): the single certdesk.json becomes one file per certificate,
// account and settings (layout.ts). Run under the store's lock. The old file is kept as
// certdesk.v<N>.json (0600: it holds sealed secrets only), and the marker that replaces
// certdesk.json is written last: a process killed before that leaves the old store in place and
// the next open migrates again, over its own half-written files.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from './atomic.ts';
import { CURRENT_SCHEMA, MIGRATIONS, type StoreData } from './schema.ts';
import { serialize, toFiles } from './layout.ts';
import { writeMarker } from './commit.ts';
import { newStamp, readMarker } from './marker.ts';

export async function migrateToLayout(
  dataDir: string,
  rawSeen: Record<string, unknown>,
  textSeen: string,
): Promise<void> {
  // Under the lock now: another process may have migrated it meanwhile.
  const now = readMarker(dataDir);
  if (now.kind !== 'single-file') return;
  const raw = now.text === textSeen ? rawSeen : now.raw;
  const from = typeof raw.schemaVersion === 'number' ? raw.schemaVersion : 0;
  const keep = path.join(dataDir, `certdesk.v${from}.json`);
  if (!existsSync(keep)) await writeFileAtomic(keep, now.text, { mode: 0o600 });
  for (const k of ['accounts', 'certificates', 'secrets', 'settings']) raw[k] ??= {};
  for (let v = from; v < CURRENT_SCHEMA; v++) MIGRATIONS[v](raw);
  const data = raw as unknown as StoreData;
  for (const [rel, f] of toFiles(data, CURRENT_SCHEMA))
    await writeFileAtomic(path.join(dataDir, rel), serialize(f), { mode: 0o600 });
  await writeMarker(dataDir, {
    schemaVersion: CURRENT_SCHEMA,
    layout: 'folders',
    secretBackend: data.secretBackend ?? null,
    generation: 1,
    stamp: newStamp(),
    parent: null,
    changed: [],
  });
}
