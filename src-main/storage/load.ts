// Reading the folder layout (layout.ts), file by file, so that a damaged file costs only what it
// describes (issue 22). Each record file is checked; an unreadable one is replaced by its last good
// generation (<file>.prev), else a certificate is rebuilt from its own PEM and sealed key
// (heal.ts). Nothing is written here: what needs rewriting is listed in `repair`, and the store
// does it under the lock, keeping the damaged copy aside first.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { StoreNotice, DamagedWhat } from './port.ts';
import type { StoreData, StoredAccount } from './schema.ts';
import { rebuildRecord } from './heal.ts';
import { accountIds, certificateIds } from './folder-ids.ts';
import {
  ACCOUNTS_DIR,
  PREV_SUFFIX,
  SAFE_ID,
  SETTINGS_FILE,
  accountPath,
  checkRecord,
  fromFiles,
  recordPath,
  type FileKind,
  type Marker,
  type RecordFile,
} from './layout.ts';

export type Loaded = {
  /** The usable content of every record file (restored or rebuilt where the disk's is not). */
  files: Map<string, RecordFile>;
  /** The text on disk of files read whole: only these may become a `.prev` (never a damaged one). */
  onDisk: Map<string, string>;
  /** Files to rewrite from `files`; `damaged`: the disk holds a damaged copy, kept aside first. */
  repair: Map<string, { damaged: boolean; movedTo: string | null }>;
  /** Files in a newer format: never written by this version (nothing that could be read is lost). */
  frozen: Set<string>;
  notices: StoreNotice[];
};

export type LoadContext = {
  dataDir: string;
  current: number;
  now: Date;
  /** Whether a version's sealed key opens (false: the rebuilt record says the key is missing). */
  keyOpens: (certId: string, version: string) => boolean;
};

const stamp = (d: Date): string => d.toISOString().replace(/[:.]/g, '-');

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    return ''; // unreadable (EIO, EACCES): as damaged as an empty file
  }
}

export const emptyLoaded = (): Loaded => ({
  files: new Map(),
  onDisk: new Map(),
  repair: new Map(),
  frozen: new Set(),
  notices: [],
});

function whatOf(f: RecordFile | null, kind: FileKind, id: string | null): DamagedWhat {
  if (kind === 'settings') return { what: 'settings' };
  if (kind === 'account') {
    const email = f?.certdesk === 'account' ? f.account.email : undefined;
    return { what: 'account', id: id ?? '', ...(email ? { email } : {}) };
  }
  const names = f?.certdesk === 'certificate' ? f.certificate.names : [];
  return { what: 'certificate', id: id ?? '', names };
}

/**
 * Reads one record file into `out`. Returns false when neither it nor its last good generation is
 * there at all (nothing to say), true otherwise.
 */
export function loadRecord(
  ctx: LoadContext,
  out: Loaded,
  rel: string,
  kind: FileKind,
  id: string | null,
  accounts: () => Record<string, StoredAccount>,
): boolean {
  const abs = path.join(ctx.dataDir, rel);
  out.files.delete(rel);
  out.onDisk.delete(rel);
  out.repair.delete(rel);
  out.frozen.delete(rel);
  const text = readText(abs);
  let reason = 'the file is missing';
  if (text !== null) {
    const c = checkRecord(text, kind, id, ctx.current);
    if ('ok' in c) {
      out.files.set(rel, c.ok);
      out.onDisk.set(rel, text);
      return true;
    }
    if ('future' in c) return frozen(ctx, out, rel, kind, id, c.future);
    reason = c.bad;
  }
  const prevText = readText(abs + PREV_SUFFIX);
  if (text === null && prevText === null && kind !== 'certificate') return false;
  const movedTo = text === null ? null : `${abs}.damaged-${stamp(ctx.now)}`;
  if (prevText !== null) {
    const p = checkRecord(prevText, kind, id, ctx.current);
    if ('future' in p && text === null) return frozen(ctx, out, rel, kind, id, p.future);
    if ('ok' in p) {
      out.files.set(rel, p.ok);
      out.repair.set(rel, { damaged: text !== null, movedTo });
      out.notices.push({
        kind: 'restored',
        file: abs,
        reason,
        from: 'previous',
        movedTo,
        missing: [],
        ...whatOf(p.ok, kind, id),
      });
      return true;
    }
  }
  if (kind === 'certificate' && id !== null) {
    const rebuilt = rebuildRecord(ctx.dataDir, id, accounts(), ctx.keyOpens, ctx.now);
    // A folder that never had a record and holds no whole version: a first issuance stopped
    // before the CA's certificate was saved. There is nothing to renew and nothing to say.
    if (!rebuilt && text === null && prevText === null) return false;
    if (rebuilt) {
      const f: RecordFile = {
        certdesk: 'certificate',
        format: ctx.current,
        certificate: rebuilt.certificate,
        secrets: {},
      };
      out.files.set(rel, f);
      out.repair.set(rel, { damaged: text !== null, movedTo });
      out.notices.push({
        kind: 'restored',
        file: abs,
        reason,
        from: 'certificate-files',
        movedTo,
        missing: rebuilt.missing,
        ...whatOf(f, kind, id),
      });
      return true;
    }
    out.notices.push({
      kind: 'unmatched-folder',
      folder: path.dirname(abs),
      reason: `${reason}, its last good generation is unreadable too, and no version folder holds a readable certificate`,
      newer: false,
    });
    return true;
  }
  // Settings start empty; an account cannot be rebuilt (its key was only in the file).
  if (kind === 'settings') out.repair.set(rel, { damaged: text !== null, movedTo });
  out.notices.push({ kind: 'lost', file: abs, reason, movedTo, ...whatOf(null, kind, id) });
  return true;
}

/**
 * Re-reads the files another process's change named (the marker's `changed`), so a reader keeps
 * up with a writer without reading the whole folder again; a file gone is dropped.
 */
export function reloadChanged(
  ctx: LoadContext,
  out: Loaded,
  changed: readonly string[],
  accounts: () => Record<string, StoredAccount>,
): void {
  for (const rel of changed) {
    const parts = rel.split('/');
    const kind: FileKind =
      rel === SETTINGS_FILE ? 'settings' : parts[0] === ACCOUNTS_DIR ? 'account' : 'certificate';
    const id =
      kind === 'account'
        ? parts[1].replace(/\.json$/, '')
        : kind === 'certificate'
          ? parts[1]
          : null;
    if (!loadRecord(ctx, out, rel, kind, id, accounts)) {
      out.files.delete(rel);
      out.onDisk.delete(rel);
    }
  }
}

/**
 * A record in a newer format: never written by this version, and said (issue 22). A certificate
 * is a folder nothing renews; settings run on defaults in memory; an account's certificates stop.
 */
function frozen(
  ctx: LoadContext,
  out: Loaded,
  rel: string,
  kind: FileKind,
  id: string | null,
  format: number,
): true {
  const abs = path.join(ctx.dataDir, rel);
  out.frozen.add(rel);
  if (kind === 'certificate')
    out.notices.push({
      kind: 'unmatched-folder',
      folder: path.dirname(abs),
      reason: `its record was written by a newer version of Certdesk (format ${format})`,
      newer: true,
      format,
    });
  else out.notices.push({ kind: 'newer-file', file: abs, format, ...whatOf(peek(abs), kind, id) });
  return true;
}

/** A newer file's account e-mail, if it still says one where this version puts it (best effort). */
function peek(abs: string): RecordFile | null {
  for (const f of [abs, abs + PREV_SUFFIX]) {
    try {
      const v = JSON.parse(readText(f) ?? '') as { account?: { email?: unknown } };
      if (typeof v.account?.email === 'string') return v as RecordFile;
    } catch {
      /* not JSON: nothing to name */
    }
  }
  return null;
}

/** Every record file of the data folder. */
export function loadAll(ctx: LoadContext): Loaded {
  const out = emptyLoaded();
  const accounts = (): Record<string, StoredAccount> => {
    const m: Record<string, StoredAccount> = {};
    for (const f of out.files.values()) if (f.certdesk === 'account') m[f.account.id] = f.account;
    return m;
  };
  const hasSettings = loadRecord(ctx, out, SETTINGS_FILE, 'settings', null, accounts);
  for (const id of accountIds(ctx.dataDir))
    loadRecord(ctx, out, accountPath(id), 'account', id, accounts);
  for (const id of certificateIds(ctx.dataDir))
    loadRecord(ctx, out, recordPath(id), 'certificate', id, accounts);
  goneWithoutTrace(ctx, out, hasSettings);
  return out;
}

/**
 * Files deleted together with their last good generation leave no file to find, but the rest of
 * the folder says they were there: every change writes settings.json, and a certificate names its
 * account. Said like any lost file (issue 22: renewals, and the notifications about them, never
 * stop silently); the settings are written back as defaults.
 */
function goneWithoutTrace(ctx: LoadContext, out: Loaded, hasSettings: boolean): void {
  const missing = (rel: string) => ({
    kind: 'lost' as const,
    file: path.join(ctx.dataDir, rel),
    reason: 'the file is missing',
    movedTo: null,
  });
  if (!hasSettings && out.files.size > 0) {
    out.repair.set(SETTINGS_FILE, { damaged: false, movedTo: null });
    out.notices.push({ ...missing(SETTINGS_FILE), what: 'settings' });
  }
  // No accounts/ folder: it never had one (renewing says "there is no account", as before).
  if (!existsSync(path.join(ctx.dataDir, ACCOUNTS_DIR))) return;
  const said = new Set(accountIds(ctx.dataDir));
  for (const f of out.files.values()) {
    const id = f.certdesk === 'certificate' ? f.certificate.accountId : '';
    if (!id || said.has(id) || !SAFE_ID.test(id)) continue;
    said.add(id);
    out.notices.push({ ...missing(accountPath(id)), what: 'account', id });
  }
}

export function dataOf(out: Loaded, marker: Pick<Marker, 'schemaVersion' | 'secretBackend'>) {
  return fromFiles(out.files, marker) satisfies StoreData;
}
