// The Storage port (certmagic's Storage interface is the model): everything the engine needs of the
// data folder. The file store (store.ts) is the one production implementation; the engine is given
// one and never knows where the bytes live.
import type { SecretBox } from './secret-box.ts';
import type { StoreData } from './schema.ts';

export type StoreNotice =
  | { kind: 'corrupt-moved-aside'; movedTo: string; reason: string }
  | { kind: 'secrets-in-file'; file: string }
  | { kind: 'migrated'; from: number; to: number };

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
