// The only code that touches the data folder: since schema 3 one self-describing file per
// certificate, account and settings (layout.ts, issue 22), each with its last good generation,
// and the certificate/key files of each version beside the certificate's record. The desktop app
// and the CLI share the folder; the app's own window preferences are electron-store's (app/).
// Here: opening (and healing), reading and the locked update. Beside it: reading each file
// (load.ts), writing a change (commit.ts), the marker (marker.ts), the version files and the
// per-certificate lock (version-files.ts).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { CertdeskError } from '../shared/errors.ts';
import { withLock } from './lock.ts';
import { type SecretBox } from './secret-box.ts';
import { secureDataFolder } from './folder-permissions.ts';
import { CURRENT_SCHEMA, MIGRATIONS, type StoreData } from './schema.ts';
import type { Storage, StoreNotice } from './port.ts';
import { CERTS_DIR, MARKER_FILE, toFiles, type Marker } from './layout.ts';
import { certificateIds } from './folder-ids.ts';
import { dataOf, emptyLoaded, loadAll, reloadChanged, type Loaded } from './load.ts';
import { commitFiles, writeMarker } from './commit.ts';
import { draftOf } from './copy-on-write.ts';
import {
  fileId,
  hasLayoutFiles,
  nextMarker,
  openMarker,
  readMarker,
  rebuiltMarker,
  sameFile,
  type FileId,
} from './marker.ts';
import { migrateToLayout } from './migrate-layout.ts';
import { openKeys, type Keys } from './keys.ts';
import { removeDeadTempFiles, storageError, isErrno } from './store-files.ts';
import {
  lockCertificate,
  readChainSync,
  readVersion,
  removeCertificateFiles,
  removeVersion,
  versionDir,
  writeVersion,
} from './version-files.ts';

export { removeDeadTempFiles, storageError } from './store-files.ts';
/** The marker since schema 3; before, the whole store (conf's format). */
export const STORE_FILE = MARKER_FILE;
const LOCK_FILE = 'certdesk.lock';

export type { StoreNotice } from './port.ts';

/** The file store: the one production implementation of the Storage port (port.ts). */
export class Store implements Storage {
  readonly dataDir: string;
  readonly notices: StoreNotice[];
  private readonly app: string;
  private state: Loaded = emptyLoaded();
  private marker: Marker | null = null;
  private seen: FileId | null = null;
  private data: StoreData | null = null;
  private keys: Keys | null = null;

  private constructor(dataDir: string, app: string, notices: StoreNotice[]) {
    this.dataDir = dataDir;
    this.app = app;
    this.notices = notices;
  }

  get file(): string {
    return path.join(this.dataDir, MARKER_FILE);
  }

  /**
   * Opens a data folder. Nothing is written until the first change, except what heals it: a
   * command that fails on bad input leaves no folder, no key and no store behind.
   */
  static async open(dataDir: string, opts: { app?: string } = {}): Promise<Store> {
    const app = opts.app ?? 'Certdesk';
    const dir = path.resolve(dataDir);
    // Before anything is read from it: private if ours, refused if not (issue 20, part 3).
    secureDataFolder(dir);
    const notices: StoreNotice[] = [];
    const store = new Store(dir, app, notices);
    // Refused if newer; a damaged single-file store is moved aside (marker.ts).
    const first = openMarker(dir, CURRENT_SCHEMA, notices);
    const version = first.version;
    let found = first.found;
    // Certificate folders alone count too: a single-file store lost or damaged left them behind,
    // and their records are rebuilt from them (issue 22).
    const exists = found.kind !== 'none' || hasLayoutFiles(dir) || certificateIds(dir).length > 0;
    if (exists) removeDeadTempFiles(dir);
    if (found.kind === 'single-file') {
      const { raw, text } = found;
      await store.locked(() => migrateToLayout(dir, raw, text));
      notices.push({ kind: 'migrated', from: version, to: CURRENT_SCHEMA });
      found = readMarker(dir);
    }
    store.marker =
      found.kind === 'layout' ? found.marker : exists ? rebuiltMarker(dir, CURRENT_SCHEMA) : null;
    if (exists) {
      store.seen = fileId(store.file);
      store.state = loadAll(store.loadContext());
      // The master key, checked now: a missing or wrong one is a notice, and the list still opens.
      store.openKeys().check();
      // Rebuilt records say whether their key opens: that needed the master key, known only now.
      if (
        store.state.notices.some((n) => n.kind === 'restored' && n.from === 'certificate-files')
      ) {
        store.state = loadAll(store.loadContext());
        store.data = null;
      }
      store.addNotices(store.state.notices);
      if (store.marker && store.marker.schemaVersion < CURRENT_SCHEMA) {
        notices.push({ kind: 'migrated', from: store.marker.schemaVersion, to: CURRENT_SCHEMA });
        for (const rel of store.state.files.keys())
          store.state.repair.set(rel, { damaged: false, movedTo: null });
      }
      // Heal now (under the lock): a restored file is written back, the damaged copy kept aside.
      // The marker learns where the key lives and its check value, once (issue 22).
      const keys = store.openKeys();
      const markerStale =
        store.marker?.secretBackend !== keys.backend() ||
        store.marker?.keyCheck !== keys.keyCheck();
      if (store.state.repair.size > 0 || found.kind !== 'layout' || markerStale)
        await store.update(() => {});
    }
    return store;
  }

  private loadContext() {
    return {
      dataDir: this.dataDir,
      current: CURRENT_SCHEMA,
      now: new Date(),
      keyOpens: (id: string, version: string) => this.keys?.keyOpens(id, version) ?? true,
    };
  }

  /** The SecretBox: opening or creating the master key on first use; its errors said exactly. */
  get secrets(): SecretBox {
    return this.openKeys().box();
  }

  private openKeys(): Keys {
    this.keys ??= openKeys(this.dataDir, this.marker, this.notices, () => this.read());
    return this.keys;
  }

  /** The store as one object; re-read (only what changed) when another process wrote it. */
  read(): StoreData {
    if (this.data && sameFile(fileId(this.file), this.seen)) return this.data;
    this.refresh();
    this.data = this.migrated(
      dataOf(this.state, this.marker ?? { schemaVersion: CURRENT_SCHEMA, secretBackend: null }),
    );
    return this.data;
  }

  /** Brings `state` up to the marker on disk: the files its change named, or all of them. */
  private refresh(): void {
    const id = fileId(this.file);
    const found = readMarker(this.dataDir);
    if (found.kind === 'layout') {
      const m = found.marker;
      if (m.schemaVersion > CURRENT_SCHEMA)
        throw new CertdeskError(
          'store-too-new',
          'The data folder was changed by a newer version of Certdesk while this one was running. Update Certdesk.',
        );
      const known = this.marker;
      if (known && m.stamp !== '' && m.stamp === known.stamp) {
        /* unchanged */
      } else if (known && known.stamp !== '' && m.parent === known.stamp) {
        const accounts = () => this.migrated(dataOf(this.state, m)).accounts;
        reloadChanged(this.loadContext(), this.state, m.changed, accounts);
      } else if (hasLayoutFiles(this.dataDir) || this.data) {
        this.state = loadAll(this.loadContext());
        this.addNotices(this.state.notices);
      }
      this.marker = m;
    } else if (found.kind === 'single-file') {
      throw new CertdeskError(
        'store-corrupt',
        'The data folder was replaced by one from an older version of Certdesk while this one was running. Restart Certdesk.',
      );
    } else if (hasLayoutFiles(this.dataDir) || certificateIds(this.dataDir).length > 0) {
      // The marker is gone or damaged: the records are all still there; read them.
      this.marker = rebuiltMarker(this.dataDir, CURRENT_SCHEMA);
      this.state = loadAll(this.loadContext());
      this.addNotices(this.state.notices);
    }
    this.seen = id;
  }

  private addNotices(found: StoreNotice[]): void {
    for (const n of found)
      if (!this.notices.some((o) => JSON.stringify(o) === JSON.stringify(n))) this.notices.push(n);
  }

  private migrated(d: StoreData): StoreData {
    for (let v = d.schemaVersion; v < CURRENT_SCHEMA; v++)
      MIGRATIONS[v](d as Record<string, unknown>);
    d.schemaVersion = CURRENT_SCHEMA;
    return d;
  }

  private locked<T>(fn: () => Promise<T>): Promise<T> {
    mkdirSync(this.dataDir, { recursive: true, mode: 0o700 });
    // Taking the lock writes a file too: a full disk there is a disk-full error like any other write.
    return withLock(path.join(this.dataDir, LOCK_FILE), this.app, fn).catch((e: unknown) => {
      throw isErrno(e) ? storageError(e, this.dataDir) : e;
    });
  }

  /** Read-modify-write under the inter-process lock; writes only the files that changed. */
  async update<T>(fn: (d: StoreData) => T): Promise<T> {
    return this.locked(async () => {
      // Under the lock, always from the marker's content (its stamp), never only its stat: another
      // process may have written within the same timestamp tick and size.
      this.seen = null;
      const draft = draftOf(this.read());
      const result = fn(draft.data);
      const data: StoreData = {
        ...draft.data,
        schemaVersion: CURRENT_SCHEMA,
        certificates: draft.certificates(),
      };
      const keys = this.keys;
      try {
        const touched = draft.touched();
        // Files to heal are written whether or not the function touched them.
        for (const rel of this.state.repair.keys())
          if (rel.startsWith(`${CERTS_DIR}/`)) touched.add(rel.split('/')[1]);
        const changed = await commitFiles(
          this.dataDir,
          this.state,
          toFiles(data, CURRENT_SCHEMA, touched),
          (rel) => rel.startsWith(`${CERTS_DIR}/`) && !touched.has(rel.split('/')[1]),
        );
        const backend = keys?.backend() ?? this.marker?.secretBackend ?? null;
        const keyCheck = keys?.keyCheck() ?? this.marker?.keyCheck;
        const m = nextMarker(this.marker, CURRENT_SCHEMA, backend, keyCheck, changed);
        if (m) {
          await writeMarker(this.dataDir, m);
          this.marker = m;
        }
        this.seen = fileId(this.file);
        this.data = data;
      } catch (e) {
        this.seen = null;
        this.marker = null;
        this.data = null;
        this.state = emptyLoaded();
        throw storageError(e, this.dataDir);
      }
      return result;
    });
  }

  // --- certificate and key files: certs/<id>/<version>/ (version-files.ts) -------------------

  versionDir(certId: string, version: string): string {
    return versionDir(this.dataDir, certId, version);
  }

  writeVersion(certId: string, version: string, chainPem: string, keyPem: string): Promise<void> {
    return writeVersion(this.dataDir, () => this.secrets, certId, version, chainPem, keyPem);
  }

  readVersion(certId: string, version: string): Promise<{ chainPem: string; keyPem: string }> {
    return readVersion(this.dataDir, () => this.secrets, certId, version);
  }

  readChainSync(certId: string, version: string): string {
    return readChainSync(this.dataDir, certId, version);
  }

  removeVersion(certId: string, version: string): void {
    removeVersion(this.dataDir, certId, version);
  }

  /** One issuance per certificate across processes (the app's scheduler and a cron'd CLI). */
  lockCertificate(certId: string): () => void {
    return lockCertificate(this.dataDir, this.app, certId);
  }

  removeCertificateFiles(certId: string): void {
    removeCertificateFiles(this.dataDir, certId);
  }
}
