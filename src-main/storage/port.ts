// The Storage port (certmagic's Storage interface is the model): everything the engine needs of the
// data folder. The file store (store.ts) is the one production implementation; the engine is given
// one and never knows where the bytes live.
import type { SecretBox } from './secret-box.ts';
import type { StoreData } from './schema.ts';

/** What a damaged file described (issue 22): the person is told in these words. */
export type DamagedWhat =
  | { what: 'certificate'; id: string; names: string[] }
  | { what: 'account'; id: string; email?: string }
  | { what: 'settings' };

export type StoreNotice =
  | { kind: 'corrupt-moved-aside'; movedTo: string; reason: string }
  | { kind: 'secrets-in-file'; file: string }
  | { kind: 'migrated'; from: number; to: number }
  /** A record file was unreadable and was restored; the damaged copy is kept at movedTo. */
  | ({
      kind: 'restored';
      file: string;
      reason: string;
      from: 'previous' | 'certificate-files';
      movedTo: string | null;
      /** What the restored record lacks (empty when the last good generation was whole). */
      missing: string[];
    } & DamagedWhat)
  /** A record file and its last good generation are both unreadable and nothing rebuilds it. */
  | ({ kind: 'lost'; file: string; reason: string; movedTo: string | null } & DamagedWhat)
  /** A certificate folder no usable record matches: nothing renews it (issue 22). */
  | {
      kind: 'unmatched-folder';
      folder: string;
      reason: string;
      /** Its record was written by a newer version (in that format): updating brings it back. */
      newer: boolean;
      format?: number;
    }
  /** Settings or an account written by a newer version: left untouched, not read (issue 22). */
  | ({ kind: 'newer-file'; file: string; format: number } & DamagedWhat)
  /** The master key is missing or is not the one the keys were sealed with. */
  | {
      kind: 'master-key';
      problem: 'missing' | 'mismatch';
      where: string;
      /** The key file, or null for the system keychain entry. */
      file: string | null;
      message: string;
    };

export interface Storage {
  /** Where the data lives (shown to the person, backed up by data:backup). */
  readonly dataDir: string;
  /** What opening the data found (a damaged file kept aside, keys sealed with a file key). */
  readonly notices: StoreNotice[];
  /** Seals and opens secrets (private keys, credentials) with the master key. */
  readonly secrets: SecretBox;
  read(): StoreData;
  /** One atomic change under the cross-process lock; returns what `fn` returns. */
  update<T>(fn: (d: StoreData) => T): Promise<T>;
  writeVersion(certId: string, version: string, chainPem: string, keyPem: string): Promise<void>;
  readVersion(certId: string, version: string): Promise<{ chainPem: string; keyPem: string }>;
  readChainSync(certId: string, version: string): string;
  removeVersion(certId: string, version: string): void;
  /** Takes the per-certificate lock (another process renewing it is refused); returns release. */
  lockCertificate(certId: string): () => void;
  removeCertificateFiles(certId: string): void;
}
