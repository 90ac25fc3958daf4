// The master key of a data folder, checked when the folder opens (issue 22): missing (the file
// deleted, the keychain entry gone) or not the key the saved secrets were sealed with. Either way
// every sealed key is unreadable, so the store still opens (the list, the dates, the files are all
// readable) and the one sentence says exactly that, with the way back, wherever a key is needed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CertdeskError } from '../shared/errors.ts';
import { openSecretBox, type SecretBackend, type SecretBox } from './secret-box.ts';
import type { StoreNotice } from './port.ts';
import type { StoreData } from './schema.ts';
import type { Marker } from './layout.ts';

const KEY_CHECK = 'certdesk master key check';

export type Keys = {
  box(): SecretBox;
  backend(): SecretBackend | null;
  /** A constant sealed with the key, recorded in the marker once the key is known to be right. */
  keyCheck(): string | undefined;
  keyOpens(certId: string, version: string): boolean;
  /** Opens the key now if anything is sealed with it; a problem becomes a notice, not a throw. */
  check(): void;
};

const keyFile = (dataDir: string, backend: SecretBackend | null): string | null =>
  backend === 'keychain' ? null : path.join(dataDir, 'master.key');

function where(dataDir: string, backend: SecretBackend | null): string {
  const file = keyFile(dataDir, backend);
  return file === null ? 'the system keychain entry "Certdesk"' : `the file ${file}`;
}

export function masterKeyError(
  dataDir: string,
  backend: SecretBackend | null,
  problem: 'missing' | 'mismatch',
): CertdeskError {
  const w = where(dataDir, backend);
  const what =
    problem === 'missing'
      ? `The master key that opens the saved private keys is missing (${w})`
      : `The master key (${w}) is not the one the saved private keys were sealed with`;
  return new CertdeskError(
    'store-corrupt',
    `${what}, so no saved key can be opened and no certificate can be renewed. Restore ${w} from a backup of the data folder to get them back; without a backup, move the data folder aside and issue the certificates again; Certdesk will not make a new key over the old ones.`,
    { detail: `master key ${problem}` },
  );
}

export function openKeys(
  dataDir: string,
  marker: Marker | null,
  notices: StoreNotice[],
  read: () => StoreData,
): Keys {
  let box: SecretBox | null = null;
  let error: CertdeskError | null = null;
  let check: string | undefined = marker?.keyCheck;

  const recorded = (): boolean => {
    const d = read();
    return (
      Object.keys(d.accounts).length > 0 ||
      Object.keys(d.certificates).length > 0 ||
      Object.keys(d.secrets).length > 0
    );
  };

  /** Whether `b` opens what is sealed here: the check value, else one account key. */
  const verifies = (b: SecretBox): boolean => {
    if (check) {
      try {
        return b.open(check, 'key-check') === KEY_CHECK;
      } catch {
        return false;
      }
    }
    const acc = Object.values(read().accounts).find((a) => a.keySealed);
    if (!acc) return true;
    try {
      b.open(acc.keySealed, `account-key:${acc.id}`);
      return true;
    } catch {
      return false;
    }
  };

  const open = (): SecretBox => {
    if (box) return box;
    if (error) throw error;
    const has = recorded();
    const expected = has ? (marker?.secretBackend ?? 'file') : null;
    try {
      box = openSecretBox(dataDir, expected).box;
    } catch (e) {
      if (!(e instanceof CertdeskError)) throw e;
      error = masterKeyError(dataDir, expected, 'missing');
      notices.push({
        kind: 'master-key',
        problem: 'missing',
        where: where(dataDir, expected),
        file: keyFile(dataDir, expected),
        message: error.message,
      });
      throw error;
    }
    if (has && !verifies(box)) {
      error = masterKeyError(dataDir, box.backend, 'mismatch');
      notices.push({
        kind: 'master-key',
        problem: 'mismatch',
        where: where(dataDir, box.backend),
        file: keyFile(dataDir, box.backend),
        message: error.message,
      });
      box = null;
      throw error;
    }
    if (box.backend === 'file')
      notices.push({ kind: 'secrets-in-file', file: path.join(dataDir, 'master.key') });
    check ??= box.seal(KEY_CHECK, 'key-check');
    return box;
  };

  return {
    box: open,
    backend: () => box?.backend ?? marker?.secretBackend ?? null,
    keyCheck: () => (box ? check : marker?.keyCheck),
    keyOpens(certId, version) {
      if (!box) return true; // unknown: the master key's own notice says what is wrong
      try {
        const sealed = readFileSync(
          path.join(dataDir, 'certs', certId, version, 'key.sealed'),
          'utf8',
        );
        box.open(sealed.trim(), `cert-key:${certId}`);
        return true;
      } catch {
        return false;
      }
    },
    check() {
      if (!recorded()) return;
      try {
        open();
      } catch (e) {
        if (!(e instanceof CertdeskError)) throw e;
      }
    },
  };
}
