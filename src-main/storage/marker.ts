// certdesk.json: before schema 3 the whole store; since, a small marker (layout.ts). Reading it
// tells which one the folder holds, and whether anything changed since a process last looked.
import { existsSync, readFileSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import {
  ACCOUNTS_DIR,
  CERTS_DIR,
  LAYOUT_SCHEMA,
  MARKER_FILE,
  RECORD_FILE,
  SETTINGS_FILE,
  type Marker,
} from './layout.ts';
import { certificateIds } from './folder-ids.ts';
import type { SecretBackend } from './secret-box.ts';
import type { StoreNotice } from './port.ts';
import { CertdeskError } from '../shared/errors.ts';

export type MarkerRead =
  | { kind: 'none' }
  | { kind: 'single-file'; raw: Record<string, unknown>; text: string }
  | { kind: 'layout'; marker: Marker }
  | { kind: 'damaged'; reason: string };

export function readMarker(dataDir: string): MarkerRead {
  let text: string;
  try {
    text = readFileSync(path.join(dataDir, MARKER_FILE), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'none' };
    return { kind: 'damaged', reason: (e as Error).message };
  }
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    return { kind: 'damaged', reason: text ? (e as Error).message : 'the file is empty' };
  }
  if (!v || typeof v !== 'object' || Array.isArray(v))
    return { kind: 'damaged', reason: 'not an object' };
  const raw = v as Record<string, unknown>;
  const version = typeof raw.schemaVersion === 'number' ? raw.schemaVersion : 0;
  if (raw.layout === 'folders' || version >= LAYOUT_SCHEMA) {
    const m = raw as Partial<Marker>;
    return {
      kind: 'layout',
      marker: {
        schemaVersion: version,
        layout: 'folders',
        secretBackend: m.secretBackend ?? null,
        ...(typeof m.keyCheck === 'string' ? { keyCheck: m.keyCheck } : {}),
        generation: typeof m.generation === 'number' ? m.generation : 0,
        stamp: typeof m.stamp === 'string' ? m.stamp : '',
        parent: typeof m.parent === 'string' ? m.parent : null,
        changed: Array.isArray(m.changed) ? m.changed.filter((c) => typeof c === 'string') : [],
      },
    };
  }
  return { kind: 'single-file', raw, text };
}

/** Whether the folder holds the layout's files (then a lost marker is only rebuilt). */
/**
 * What opening a data folder finds first, and its format version. A folder written by a newer
 * version is refused untouched; a damaged single-file store (schema 2 or older) is kept aside and
 * reported (DESIGN.md convention 7), after which the certificates are rebuilt from their folders.
 */
export function openMarker(
  dataDir: string,
  current: number,
  notices: StoreNotice[],
): { found: MarkerRead; version: number } {
  const found = readMarker(dataDir);
  const version =
    found.kind === 'layout'
      ? found.marker.schemaVersion
      : found.kind === 'single-file' && typeof found.raw.schemaVersion === 'number'
        ? found.raw.schemaVersion
        : 0;
  if (version > current)
    throw new CertdeskError(
      'store-too-new',
      `The data folder ${dataDir} was written by a newer version of Certdesk (data format ${version}; this version knows up to ${current}). Update Certdesk; this version will not touch the folder, so nothing is lost.`,
    );
  if (found.kind === 'damaged' && !hasLayoutFiles(dataDir)) {
    const file = path.join(dataDir, MARKER_FILE);
    const movedTo = `${file}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(file, movedTo);
    notices.push({ kind: 'corrupt-moved-aside', movedTo, reason: found.reason });
    return { found: { kind: 'none' }, version };
  }
  return { found, version };
}

/** The marker after a change, or null when nothing it records changed. */
export function nextMarker(
  prev: Marker | null,
  schemaVersion: number,
  backend: SecretBackend | null,
  keyCheck: string | undefined,
  changed: string[],
): Marker | null {
  if (
    changed.length === 0 &&
    prev &&
    prev.stamp !== '' &&
    prev.secretBackend === backend &&
    prev.keyCheck === keyCheck
  )
    return null;
  return {
    schemaVersion,
    layout: 'folders',
    secretBackend: backend,
    ...(keyCheck ? { keyCheck } : {}),
    generation: (prev?.generation ?? 0) + 1,
    stamp: newStamp(),
    parent: prev?.stamp || null,
    changed,
  };
}

export function hasLayoutFiles(dataDir: string): boolean {
  return (
    existsSync(path.join(dataDir, SETTINGS_FILE)) ||
    existsSync(path.join(dataDir, SETTINGS_FILE + '.prev')) ||
    existsSync(path.join(dataDir, ACCOUNTS_DIR)) ||
    // Version folders alone are no sign: the single-file store had them too.
    certificateIds(dataDir).some(
      (id) =>
        existsSync(path.join(dataDir, CERTS_DIR, id, RECORD_FILE)) ||
        existsSync(path.join(dataDir, CERTS_DIR, id, RECORD_FILE + '.prev')),
    )
  );
}

/** A marker for a folder whose own was lost: the master key's place read from the folder. */
export function rebuiltMarker(dataDir: string, schemaVersion: number): Marker {
  const backend: SecretBackend = existsSync(path.join(dataDir, 'master.key')) ? 'file' : 'keychain';
  return {
    schemaVersion,
    layout: 'folders',
    secretBackend:
      hasLayoutFiles(dataDir) || existsSync(path.join(dataDir, CERTS_DIR)) ? backend : null,
    generation: 0,
    stamp: '',
    parent: null,
    changed: [],
  };
}

export const newStamp = (): string => randomBytes(8).toString('hex');

export type FileId = { ino: number; mtimeMs: number; size: number };
export function fileId(file: string): FileId | null {
  try {
    const s = statSync(file);
    return { ino: s.ino, mtimeMs: s.mtimeMs, size: s.size };
  } catch {
    return null;
  }
}
export const sameFile = (a: FileId | null, b: FileId | null): boolean =>
  !!a && !!b && a.ino === b.ino && a.mtimeMs === b.mtimeMs && a.size === b.size;
