// The only code that touches the store file (one JSON file in the format conf and electron-store
// use, so the desktop app and the CLI share one data folder) and the certificate/key files beside it.
import {
  readFileSync,
  readdirSync,
  renameSync,
  statSync,
  mkdirSync,
  existsSync,
  rmSync,
} from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CertdeskError } from '../shared/errors.ts';
import { withLock, tryLock } from './lock.ts';
import { openSecretBox, type SecretBox } from './secret-box.ts';
import { secureDataFolder } from './folder-permissions.ts';
import { writeFileAtomic } from './atomic.ts';
import { CURRENT_SCHEMA, MIGRATIONS, emptyStore, type StoreData } from './schema.ts';
import type { Storage, StoreNotice } from './port.ts';

export const STORE_FILE = 'certdesk.json';
const LOCK_FILE = 'certdesk.lock';

export type { StoreNotice } from './port.ts';

/** The file store: the one production implementation of the Storage port (port.ts). */
export class Store implements Storage {
  readonly dataDir: string;
  readonly notices: StoreNotice[];
  private readonly app: string;
  private cache: { mtimeMs: number; size: number; ino: number; data: StoreData } | null = null;
  private box: SecretBox | null = null;

  private constructor(dataDir: string, app: string, notices: StoreNotice[]) {
    this.dataDir = dataDir;
    this.app = app;
    this.notices = notices;
  }

  get file(): string {
    return path.join(this.dataDir, STORE_FILE);
  }

  /**
   * Opens a data folder. Nothing is written until the first change: a command that fails on bad
   * input leaves no folder, no key and no store behind.
   */
  static async open(dataDir: string, opts: { app?: string } = {}): Promise<Store> {
    const app = opts.app ?? 'Certdesk';
    const dir = path.resolve(dataDir);
    const file = path.join(dir, STORE_FILE);
    // Before anything is read from it: private if ours, refused if not (issue 20, part 3).
    secureDataFolder(dir);
    const notices: StoreNotice[] = [];
    const recorded = readRaw(file, notices);
    const version = typeof recorded?.schemaVersion === 'number' ? recorded.schemaVersion : 0;
    if (version > CURRENT_SCHEMA) {
      throw new CertdeskError(
        'store-too-new',
        `The data folder ${dir} was written by a newer version of Certdesk (data format ${version}; this version knows up to ${CURRENT_SCHEMA}). Update Certdesk; this version will not touch the folder, so nothing is lost.`,
      );
    }
    const store = new Store(dir, app, notices);
    if (recorded !== null) removeDeadTempFiles(dir);
    if (recorded !== null) {
      store.openBox();
      if (version < CURRENT_SCHEMA) {
        await store.update(() => {});
        notices.push({ kind: 'migrated', from: version, to: CURRENT_SCHEMA });
      }
    }
    return store;
  }

  /** The SecretBox, created with the master key on first use. */
  get secrets(): SecretBox {
    return this.openBox();
  }

  private openBox(): SecretBox {
    if (this.box) return this.box;
    const recorded = existsSync(this.file) ? this.read() : null;
    const hasSecrets =
      !!recorded &&
      (Object.keys(recorded.accounts).length > 0 ||
        Object.keys(recorded.certificates).length > 0 ||
        Object.keys(recorded.secrets).length > 0);
    mkdirSync(this.dataDir, { recursive: true, mode: 0o700 });
    const { box } = openSecretBox(
      this.dataDir,
      hasSecrets ? (recorded?.secretBackend ?? 'file') : null,
    );
    if (box.backend === 'file')
      this.notices.push({ kind: 'secrets-in-file', file: path.join(this.dataDir, 'master.key') });
    this.box = box;
    return box;
  }

  /** A snapshot of the store; cached until the file changes on disk (another process wrote it). */
  read(): StoreData {
    let st: { mtimeMs: number; size: number; ino: number } | null;
    try {
      st = statSync(this.file);
    } catch {
      st = null;
    }
    // Every write is a rename of a new file: the inode changes too, not only mtime (coarse) and size.
    if (
      this.cache &&
      st &&
      st.mtimeMs === this.cache.mtimeMs &&
      st.size === this.cache.size &&
      st.ino === this.cache.ino
    )
      return this.cache.data;
    const data = st
      ? migrate(JSON.parse(readFileSync(this.file, 'utf8')) as Record<string, unknown>)
      : emptyStore();
    if (st) this.cache = { mtimeMs: st.mtimeMs, size: st.size, ino: st.ino, data };
    return data;
  }

  /** Read-modify-write under the inter-process lock, always from the file's current content. */
  async update<T>(fn: (d: StoreData) => T): Promise<T> {
    mkdirSync(this.dataDir, { recursive: true, mode: 0o700 });
    // Taking the lock writes a file too: a full disk there is a disk-full error like any other write.
    return withLock(path.join(this.dataDir, LOCK_FILE), this.app, async () => {
      // Always from the file under the lock: another process may have written it within the same
      // timestamp tick and size, which the read cache cannot tell apart (a lost write, once in CI).
      this.cache = null;
      const data = structuredClone(this.read());
      const result = fn(data);
      data.schemaVersion = CURRENT_SCHEMA;
      if (this.box) data.secretBackend = this.box.backend;
      // The same file and JSON that conf (electron-store's format) reads, written atomically but
      // asynchronously: the fsync runs in the thread pool, not on the event loop (50 concurrent
      // issuances stalled it with synchronous writes).
      try {
        await writeFileAtomic(this.file, JSON.stringify(data), { mode: 0o600 });
        const st = statSync(this.file);
        this.cache = { mtimeMs: st.mtimeMs, size: st.size, ino: st.ino, data };
      } catch (e) {
        this.cache = null;
        throw storageError(e, this.file);
      }
      return result;
    }).catch((e: unknown) => {
      throw isErrno(e) ? storageError(e, this.file) : e;
    });
  }

  // --- certificate and key files: certs/<id>/<version>/ ---------------------------------------

  versionDir(certId: string, version: string): string {
    if (!/^[a-z0-9-]+$/i.test(certId) || !/^[a-z0-9-]+$/i.test(version))
      throw new CertdeskError('invalid-input', 'Bad certificate id.');
    return path.join(this.dataDir, 'certs', certId, version);
  }

  async writeVersion(
    certId: string,
    version: string,
    chainPem: string,
    keyPem: string,
  ): Promise<void> {
    const dir = this.versionDir(certId, version);
    try {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      await writeFileAtomic(
        path.join(dir, 'key.sealed'),
        this.secrets.seal(keyPem, `cert-key:${certId}`),
        { mode: 0o600 },
      );
      await writeFileAtomic(path.join(dir, 'chain.pem'), chainPem, { mode: 0o644 });
    } catch (e) {
      throw storageError(e, dir);
    }
  }

  async readVersion(
    certId: string,
    version: string,
  ): Promise<{ chainPem: string; keyPem: string }> {
    const dir = this.versionDir(certId, version);
    try {
      const [chainPem, sealed] = await Promise.all([
        readFile(path.join(dir, 'chain.pem'), 'utf8'),
        readFile(path.join(dir, 'key.sealed'), 'utf8'),
      ]);
      return { chainPem, keyPem: this.secrets.open(sealed.trim(), `cert-key:${certId}`) };
    } catch (e) {
      if (e instanceof CertdeskError) throw e;
      throw new CertdeskError(
        'store-corrupt',
        `The files of certificate ${certId} are missing or damaged. Issue it again, or restore the data folder from a backup.`,
        { detail: (e as Error).message },
      );
    }
  }

  readChainSync(certId: string, version: string): string {
    return readFileSync(path.join(this.versionDir(certId, version), 'chain.pem'), 'utf8');
  }

  removeVersion(certId: string, version: string): void {
    rmSync(this.versionDir(certId, version), { recursive: true, force: true });
  }

  /** One issuance per certificate across processes (the app's scheduler and a cron'd CLI). */
  lockCertificate(certId: string): () => void {
    if (!/^[a-z0-9-]+$/i.test(certId))
      throw new CertdeskError('invalid-input', 'Bad certificate id.');
    mkdirSync(path.join(this.dataDir, 'certs'), { recursive: true, mode: 0o700 });
    let r: ReturnType<typeof tryLock>;
    try {
      r = tryLock(path.join(this.dataDir, 'certs', `${certId}.lock`), this.app);
    } catch (e) {
      throw storageError(e, path.join(this.dataDir, 'certs'));
    }
    if ('holder' in r) {
      throw new CertdeskError(
        'store-locked',
        `This certificate is being renewed right now by ${r.holder.app} (process ${r.holder.pid}, since ${r.holder.since}). Wait for it to finish.`,
        { retryable: true },
      );
    }
    return r.release;
  }

  removeCertificateFiles(certId: string): void {
    if (!/^[a-z0-9-]+$/i.test(certId)) return;
    rmSync(path.join(this.dataDir, 'certs', certId), { recursive: true, force: true });
  }
}

function readRaw(file: string, notices: StoreNotice[]): Record<string, unknown> | null {
  if (!existsSync(file)) return null;
  const text = readFileSync(file, 'utf8');
  try {
    const parsed = JSON.parse(text) as unknown;
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
      throw new Error('not an object');
    return parsed as Record<string, unknown>;
  } catch (e) {
    // DESIGN.md convention 7: a corrupt file is kept aside and reported, never silently reset.
    const movedTo = `${file}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(file, movedTo);
    notices.push({ kind: 'corrupt-moved-aside', movedTo, reason: (e as Error).message });
    return null;
  }
}

function migrate(raw: Record<string, unknown>): StoreData {
  const from = typeof raw.schemaVersion === 'number' ? raw.schemaVersion : 0;
  if (from > CURRENT_SCHEMA)
    throw new CertdeskError(
      'store-too-new',
      'The data folder was changed by a newer version of Certdesk while this one was running. Update Certdesk.',
    );
  for (let v = from; v < CURRENT_SCHEMA; v++) MIGRATIONS[v](raw);
  raw.schemaVersion = CURRENT_SCHEMA;
  return raw as unknown as StoreData;
}

const isErrno = (e: unknown): boolean =>
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
        if (depth > 0) sweep(full, depth - 1);
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
  // The store's folder, and certs/<id>/<version>/ below it.
  sweep(dataDir, 0);
  sweep(path.join(dataDir, 'certs'), 2);
  return removed;
}
