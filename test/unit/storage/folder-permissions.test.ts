// Issue 20, parts 3 and 5: the data folder is private whoever made it, the recorded key backend is
// honoured, and the secret box refuses cut values. Each test builds the attack on a temp folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { Store, STORE_FILE } from '../../../src-main/storage/store.ts';
import { secureDataFolder } from '../../../src-main/storage/folder-permissions.ts';
import { openSecretBox } from '../../../src-main/storage/secret-box.ts';
import { isCertdeskError } from '../../../src-main/shared/errors.ts';

process.env.CERTDESK_KEYCHAIN = 'off';
const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'certdesk-perm-'));
const posix = process.platform !== 'win32';
const root = process.getuid?.() === 0;
const mode = (p: string) => statSync(p).mode & 0o777;

test(
  'a data folder left 0777 (and a 0666 store) is made private when Certdesk opens it',
  {
    skip: !posix,
  },
  async () => {
    const dir = path.join(tmp(), 'data');
    mkdirSync(dir);
    chmodSync(dir, 0o777);
    const s0 = await Store.open(dir);
    await s0.update((d) => {
      d.settings.language = 'da';
    });
    chmodSync(dir, 0o777);
    chmodSync(path.join(dir, STORE_FILE), 0o666);
    const s = await Store.open(dir);
    assert.equal(mode(dir), 0o700, 'folder 0700');
    assert.equal(mode(path.join(dir, STORE_FILE)), 0o600, 'store 0600');
    assert.equal(s.read().settings.language, 'da', 'and it still works');
  },
);

test(
  "another user's data folder is refused with a sentence, nothing read or written",
  {
    skip: !posix || !root ? 'needs root to hand the folder to another user' : false,
  },
  async () => {
    const dir = path.join(tmp(), 'data');
    mkdirSync(dir, { mode: 0o755 });
    // The attack: another local user (nobody) made the folder and planted a store in it.
    writeFileSync(path.join(dir, STORE_FILE), '{"schemaVersion":1}');
    chownSync(dir, 65534, 65534);
    await assert.rejects(Store.open(dir), (e: unknown) => {
      assert.ok(isCertdeskError(e));
      assert.equal(e.code, 'permission-denied');
      assert.match(e.message, /belongs to another user/);
      assert.match(e.message, /choose another data folder/);
      return true;
    });
    assert.equal(mode(dir), 0o755, 'not changed');
    assert.equal(existsSync(path.join(dir, 'master.key')), false, 'no key made there');
  },
);

test(
  'the check itself: a foreign owner is refused, an absent folder is left for later',
  {
    skip: !posix,
  },
  () => {
    const dir = tmp();
    const me = process.getuid!();
    assert.throws(() => secureDataFolder(dir, { uid: me + 1 }), /belongs to another user/);
    writeFileSync(path.join(dir, 'master.key'), 'x', { mode: 0o644 });
    secureDataFolder(dir, { uid: me });
    assert.equal(mode(path.join(dir, 'master.key')), 0o600, 'a readable key file is made 0600');
    assert.doesNotThrow(() => secureDataFolder(path.join(tmp(), 'absent'), { uid: me }));
  },
);

test('a symlink in place of the data folder is refused', { skip: !posix }, async () => {
  const { symlinkSync } = await import('node:fs');
  const target = tmp();
  const link = path.join(tmp(), 'data');
  symlinkSync(target, link);
  assert.throws(() => secureDataFolder(link), /not a plain folder/);
});

test('a master.key planted beside a store that recorded the keychain is not used', () => {
  const dir = tmp();
  // The attack: the store says its key is in the keychain; someone plants a key file of theirs.
  writeFileSync(path.join(dir, 'master.key'), randomBytes(32).toString('base64'), { mode: 0o600 });
  assert.throws(
    () => openSecretBox(dir, 'keychain'),
    (e: unknown) =>
      isCertdeskError(e) && e.code === 'store-corrupt' && /system keychain/.test(e.message),
  );
  // A store that recorded the file (or a new one) still uses it.
  assert.equal(openSecretBox(dir, 'file').box.backend, 'file');
});

test('the secret box refuses a value cut to less than IV plus a whole tag (a 4-byte tag)', () => {
  const dir = tmp();
  const { box } = openSecretBox(dir, null);
  const sealed = box.seal('', 'secret:x');
  assert.equal(box.open(sealed, 'secret:x'), '');
  const raw = Buffer.from(sealed.slice('cdsb1:'.length), 'base64');
  // IV + the first 4 bytes of the real tag: AES-GCM accepts a truncated tag unless told its length.
  const cut = 'cdsb1:' + raw.subarray(0, 16).toString('base64');
  assert.throws(
    () => box.open(cut, 'secret:x'),
    (e: unknown) => isCertdeskError(e) && e.code === 'store-corrupt',
  );
  assert.match(readFileSync(path.join(dir, 'master.key'), 'utf8'), /^[A-Za-z0-9+/=]+\n$/);
});
