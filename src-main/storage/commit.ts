// Writing one change of the folder layout (issue 22): only the files whose content changed, each
// atomically, each keeping its last good generation beside it as <file>.prev (a hard link to the
// file being replaced: no extra bytes written; a new file's first generation is copied). A damaged file is never made a `.prev`: it is kept
// aside as <file>.damaged-<time>, and the last good generation stays as it was. The marker is
// written last, naming the files changed, so other processes re-read only those.
import { existsSync, linkSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { writeFileAtomic } from './atomic.ts';
import {
  CERTS_DIR,
  MARKER_FILE,
  PREV_SUFFIX,
  RECORD_FILE,
  serialize,
  type Marker,
  type RecordFile,
} from './layout.ts';
import type { Loaded } from './load.ts';

/** The file's current content becomes its last good generation, atomically, without a copy. */
function keepPrevious(abs: string, text: string): void {
  // Named as atomic.ts names its temp files, so the sweep on open removes one a kill left behind.
  const tmp = path.join(
    path.dirname(abs),
    `.${path.basename(abs)}${PREV_SUFFIX}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    linkSync(abs, tmp);
  } catch {
    // No hard links here (FAT, some shares): the same bytes, written.
    writeFileSync(tmp, text, { mode: 0o600 });
  }
  renameSync(tmp, abs + PREV_SUFFIX);
}

/** Writes what differs between `state` (what the disk holds) and `next`; returns the paths written. */
export async function commitFiles(
  dataDir: string,
  state: Loaded,
  next: Map<string, RecordFile>,
  /** Files known unchanged without comparing (copy-on-write.ts): not serialised at all. */
  untouched: (rel: string) => boolean = () => false,
): Promise<string[]> {
  const changed: string[] = [];
  for (const [rel, f] of next) {
    if (state.frozen.has(rel)) continue;
    if (untouched(rel) && state.onDisk.has(rel) && !state.repair.has(rel)) continue;
    const text = serialize(f);
    const repair = state.repair.get(rel);
    if (!repair && state.onDisk.get(rel) === text) continue;
    const abs = path.join(dataDir, rel);
    const was = state.onDisk.get(rel);
    if (repair?.damaged && repair.movedTo) {
      try {
        renameSync(abs, repair.movedTo);
      } catch {
        /* another process moved it already */
      }
    } else if (was !== undefined) keepPrevious(abs, was);
    await writeFileAtomic(abs, text, { mode: 0o600 });
    // A file's first generation is its own last good one: a copy (not a link, which a damage in
    // place would reach too), so an account written once can still be restored (issue 22).
    if (was === undefined && !existsSync(abs + PREV_SUFFIX))
      await writeFileAtomic(abs + PREV_SUFFIX, text, { mode: 0o600 });
    state.onDisk.set(rel, text);
    state.files.set(rel, f);
    state.repair.delete(rel);
    changed.push(rel);
  }
  for (const rel of [...state.onDisk.keys(), ...state.repair.keys()]) {
    if (next.has(rel) || state.frozen.has(rel) || untouched(rel)) continue;
    removeRecord(dataDir, rel);
    state.onDisk.delete(rel);
    state.files.delete(rel);
    state.repair.delete(rel);
    changed.push(rel);
  }
  return changed;
}

/**
 * A deleted record: a certificate's whole folder is renamed away first (so a kill never leaves
 * versions without a record, which would be healed back), then removed; an account loses its last
 * good generation first, then itself (a kill between leaves the account, not a resurrection).
 */
function removeRecord(dataDir: string, rel: string): void {
  const abs = path.join(dataDir, rel);
  if (path.basename(rel) === RECORD_FILE && rel.startsWith(`${CERTS_DIR}/`)) {
    const dir = path.dirname(abs);
    const gone = path.join(
      dataDir,
      CERTS_DIR,
      `.deleted-${path.basename(dir)}-${randomBytes(3).toString('hex')}`,
    );
    try {
      renameSync(dir, gone);
    } catch {
      return;
    }
    rmSync(gone, { recursive: true, force: true });
    return;
  }
  for (const f of [abs + PREV_SUFFIX, abs]) {
    try {
      unlinkSync(f);
    } catch {
      /* gone */
    }
  }
}

export async function writeMarker(dataDir: string, marker: Marker): Promise<void> {
  await writeFileAtomic(path.join(dataDir, MARKER_FILE), JSON.stringify(marker, null, 1) + '\n', {
    mode: 0o600,
  });
}
