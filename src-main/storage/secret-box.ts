// Secrets at rest (private keys, account keys, DNS/SFTP credentials): AES-256-GCM under one master
// key. The master key lives in the OS keychain (Windows Credential Manager, macOS Keychain,
// libsecret) through @napi-rs/keyring, reachable from both Electron main and the plain-Node CLI.
// Where no keychain answers (a headless Linux server) it is a 0600 file in the data folder, and the
// caller is told so once. A master key is never regenerated over existing secrets: that would
// silently lose every key, so a missing one is an error that says what to do.
import { randomBytes, createCipheriv, createDecipheriv } from 'node:crypto';
import { existsSync, readFileSync, linkSync, renameSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { CertdeskError } from '../shared/errors.ts';
import { writeFileAtomicSync } from './atomic.ts';

export type SecretBackend = 'keychain' | 'file';
const KEYCHAIN_SERVICE = 'Certdesk';
const MASTER_FILE = 'master.key';
const PREFIX = 'cdsb1:';
/** AES-GCM's full 16-byte tag, always: a shorter tag makes a forgery easier (issue 20, part 5). */
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface SecretBox {
  readonly backend: SecretBackend;
  seal(plaintext: string, context: string): string;
  open(sealed: string, context: string): string;
}

import { createRequire } from 'node:module';

type KeyringEntry = { getPassword(): string | null | undefined; setPassword(p: string): void };
type KeyringModule = { Entry: new (service: string, account: string) => KeyringEntry };

/**
 * On Linux the keyring library falls back to the kernel's session keyring when no Secret Service
 * answers; that keyring is gone after logout, which would lose every key. So on Linux the keychain
 * is used only inside a desktop session with D-Bus (GNOME Keyring, KWallet), else a 0600 file.
 */
function keychainUsable(): boolean {
  const pref = process.env.CERTDESK_KEYCHAIN;
  if (pref === 'off') return false;
  if (pref === 'on') return true;
  if (process.platform !== 'linux') return true;
  return (
    !!process.env.DBUS_SESSION_BUS_ADDRESS &&
    !!(
      process.env.XDG_CURRENT_DESKTOP ||
      process.env.GNOME_KEYRING_CONTROL ||
      process.env.KDE_FULL_SESSION
    )
  );
}

function loadKeyring(): KeyringModule | null {
  if (!keychainUsable()) return null;
  try {
    return createRequire(import.meta.url)('@napi-rs/keyring') as KeyringModule;
  } catch {
    return null;
  }
}

/**
 * Opens (or creates) the master key for a data folder.
 * `expected` is the backend the store recorded last time: if it says keychain and the keychain has
 * no key, we refuse instead of making a new one.
 */
export function openSecretBox(
  dataDir: string,
  expected: SecretBackend | null,
): { box: SecretBox; created: boolean } {
  const file = path.join(dataDir, MASTER_FILE);
  // The store recorded where its key lives: a master.key planted beside a keychain-backed store
  // is never preferred over the keychain (issue 20, part 3).
  if (existsSync(file) && expected !== 'keychain') {
    const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
    if (key.length !== 32)
      throw new CertdeskError(
        'store-corrupt',
        `The key file ${file} is damaged, so saved private keys cannot be opened. Restore it from a backup of the data folder.`,
      );
    return { box: makeBox(key, 'file'), created: false };
  }
  const keyring = loadKeyring();
  const account = `master-key:${path.resolve(dataDir)}`;
  if (keyring) {
    try {
      const entry = new keyring.Entry(KEYCHAIN_SERVICE, account);
      const existing = entry.getPassword();
      if (existing)
        return { box: makeBox(Buffer.from(existing, 'base64'), 'keychain'), created: false };
    } catch {
      /* no keychain here */
    }
  }
  if (expected !== null) {
    throw new CertdeskError(
      'store-corrupt',
      `The master key for ${dataDir} is missing from ${expected === 'keychain' ? 'the system keychain' : MASTER_FILE}, so saved private keys cannot be opened. Restore it (or the data folder) from a backup; Certdesk will not replace it, to avoid losing your keys.`,
      { detail: `expected backend: ${expected}` },
    );
  }
  const key = randomBytes(32);
  if (keyring) {
    try {
      const entry = new keyring.Entry(KEYCHAIN_SERVICE, account);
      entry.setPassword(key.toString('base64'));
      if (entry.getPassword() === key.toString('base64'))
        return { box: makeBox(key, 'keychain'), created: true };
    } catch {
      /* fall back to a file */
    }
  }
  // Two processes opening a new data folder at once (the app and the CLI) must not each make a
  // key, the second replacing the first and orphaning what was sealed with it: the file is put in
  // place with link(), which never replaces, and the loser takes the winner's key.
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileAtomicSync(tmp, key.toString('base64') + '\n', { mode: 0o600 });
  try {
    linkSync(tmp, file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return openSecretBox(dataDir, expected);
    // A file system without hard links (FAT, some network shares): replace as before.
    renameSync(tmp, file);
  } finally {
    try {
      unlinkSync(tmp);
    } catch {
      /* gone */
    }
  }
  return { box: makeBox(key, 'file'), created: true };
}

function makeBox(key: Buffer, backend: SecretBackend): SecretBox {
  return {
    backend,
    seal(plaintext, context) {
      const iv = randomBytes(IV_BYTES);
      const c = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
      c.setAAD(Buffer.from(context));
      const ct = Buffer.concat([c.update(plaintext, 'utf8'), c.final()]);
      return PREFIX + Buffer.concat([iv, c.getAuthTag(), ct]).toString('base64');
    },
    open(sealed, context) {
      if (!sealed.startsWith(PREFIX))
        throw new CertdeskError(
          'store-corrupt',
          'A saved secret is in an unknown format. Restore the data folder from a backup.',
        );
      const raw = Buffer.from(sealed.slice(PREFIX.length), 'base64');
      // Shorter than IV plus a whole tag: a cut value, whose few tag bytes would still "verify".
      if (raw.length < IV_BYTES + TAG_BYTES)
        throw new CertdeskError(
          'store-corrupt',
          'A saved secret is damaged (too short). Restore the data folder from a backup.',
          { detail: `context ${context}` },
        );
      try {
        const d = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES), {
          authTagLength: TAG_BYTES,
        });
        d.setAAD(Buffer.from(context));
        d.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
        return Buffer.concat([d.update(raw.subarray(IV_BYTES + TAG_BYTES)), d.final()]).toString(
          'utf8',
        );
      } catch {
        throw new CertdeskError(
          'store-corrupt',
          'A saved secret could not be decrypted (wrong master key or damaged data). Restore the data folder from a backup.',
          { detail: `context ${context}` },
        );
      }
    },
  };
}

/**
 * For renewals with nobody logged in (issue 19): a login keychain is locked, or absent, when no one
 * is signed in, so a timer could not open the saved keys. This copies the master key out of the
 * keychain into the 0600 file beside the data, which openSecretBox then prefers. The keychain
 * entry stays, so nothing is lost. 'none': no secrets yet (the next one will go to the file).
 */
export function moveMasterKeyToFile(dataDir: string): 'moved' | 'already-file' | 'none' {
  const file = path.join(dataDir, MASTER_FILE);
  if (existsSync(file)) return 'already-file';
  const keyring = loadKeyring();
  let existing: string | null | undefined;
  try {
    existing = keyring
      ? new keyring.Entry(KEYCHAIN_SERVICE, `master-key:${path.resolve(dataDir)}`).getPassword()
      : null;
  } catch {
    existing = null;
  }
  if (!existing) return 'none';
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileAtomicSync(tmp, existing + '\n', { mode: 0o600 });
  try {
    linkSync(tmp, file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') renameSync(tmp, file);
  } finally {
    try {
      unlinkSync(tmp);
    } catch {
      /* gone */
    }
  }
  return 'moved';
}

/** Which backend holds the master key of a data folder now (without opening or creating it). */
export function masterKeyLocation(dataDir: string): 'file' | 'keychain-or-none' {
  return existsSync(path.join(dataDir, MASTER_FILE)) ? 'file' : 'keychain-or-none';
}
