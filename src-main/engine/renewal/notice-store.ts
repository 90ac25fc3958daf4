// The notifier over the store: the once-a-day gate kept in StoredCertificate.notified (R23), one
// in memory for tests and a CLI run without a store, and the opener of sealed channel passwords.
import { boundContext } from '../secret-binding.ts';
import type { StoreData } from '../../storage/schema.ts';
import type { NoticeGate } from './notifier.ts';

/** A gate in memory (tests, and a CLI run without a store). */
export function memoryGate(
  initial: Record<string, Record<string, string>> = {},
): NoticeGate & { entries(): Record<string, Record<string, string>> } {
  const data: Record<string, Record<string, string>> = structuredClone(initial);
  return {
    last: (certId, kind) => data[certId]?.[kind],
    record: async (certId, kind, atIso) => {
      (data[certId] ??= {})[kind] = atIso;
    },
    entries: () => structuredClone(data),
  };
}

/** The part of the Store the gate and the secret opener use (storage/store.ts). */
export type NoticeStore = {
  read(): StoreData;
  update<T>(fn: (d: StoreData) => T): Promise<T>;
  readonly secrets: { open(sealed: string, context: string): string };
};

/** The gate over the store: StoredCertificate.notified[kind] holds the time of the last message. */
export function storeGate(store: Pick<NoticeStore, 'read' | 'update'>): NoticeGate {
  return {
    last: (certId, kind) => store.read().certificates[certId]?.notified?.[kind],
    record: async (certId, kind, atIso) => {
      await store.update((d) => {
        const c = d.certificates[certId];
        if (c) (c.notified ??= {})[kind] = atIso;
      });
    },
  };
}

/**
 * Opens a secret sealed in StoreData.secrets under `ref`, with the label settings:set sealed it
 * with: its ref and the destination it may go to (issue 20: a password bound to another server
 * does not open).
 */
export function storeSecretOpener(
  store: Pick<NoticeStore, 'read' | 'secrets'>,
): (ref: string, destination?: string | null) => string | undefined {
  return (ref, destination = null) => {
    const sealed = store.read().secrets[ref];
    return sealed ? store.secrets.open(sealed, boundContext(ref, destination)) : undefined;
  };
}
