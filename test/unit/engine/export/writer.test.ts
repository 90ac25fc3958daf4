// What a user notices when an export cannot be written: a clear error with a stable code, and the
// folder exactly as it was (no half-written bundle, no temp file left behind).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, readdir, readFile, writeFile, mkdir, stat, chmod } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exportBundle, type ExportRequest } from '../../../../src-main/engine/export/index.ts';
import { CertdeskError, type ErrorCode } from '../../../../src-main/shared/errors.ts';
import { makeTestChain, type TestChain } from '../../../helpers/test-certs.ts';

const sh = (cmd: string, args: string[]): boolean =>
  spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
const listing = async (dir: string): Promise<string[]> => (await readdir(dir)).sort();

async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of await listing(dir))
    out[f] = (await readFile(path.join(dir, f))).toString('base64');
  return out;
}

function expectCode(code: ErrorCode, message: RegExp) {
  return (e: unknown): boolean => {
    assert.ok(e instanceof CertdeskError, `expected a CertdeskError, got ${String(e)}`);
    assert.equal(e.code, code, e.message);
    assert.match(e.message, message);
    assert.doesNotMatch(`${e.message}${e.detail ?? ''}`, /PRIVATE KEY/);
    return true;
  };
}

describe('export writer', () => {
  let chain: TestChain;
  let work: string;
  const isRoot = process.getuid?.() === 0;
  before(async () => {
    chain = await makeTestChain('p256');
    work = await mkdtemp(path.join(tmpdir(), 'certdesk-writer-'));
  });
  after(async () => {
    await rm(work, { recursive: true, force: true });
    await chain.cleanup();
  });
  const fresh = (name: string): Promise<string> => mkdtemp(path.join(work, `${name}-`));
  const exp = (req: ExportRequest) => exportBundle(chain.material, req);

  test('never overwrites silently: file-exists lists the files and nothing is written', async () => {
    const dir = await fresh('exists');
    await writeFile(path.join(dir, 'privkey.pem'), 'old key of another site\n', { mode: 0o600 });
    await writeFile(path.join(dir, 'notes.txt'), 'mine\n');
    const before = await snapshot(dir);
    await assert.rejects(exp({ dir, format: 'pem' }), (e: unknown) => {
      expectCode('file-exists', /already exist/)(e);
      assert.match((e as Error).message, /privkey\.pem/);
      assert.doesNotMatch((e as Error).message, /cert\.pem|notes/);
      return true;
    });
    assert.deepEqual(await snapshot(dir), before, 'the folder must be untouched');
  });

  test('overwrite: true replaces the whole bundle and a replaced key becomes 0600', async () => {
    const dir = await fresh('overwrite');
    await writeFile(path.join(dir, 'privkey.pem'), 'old\n', { mode: 0o644 });
    await chmod(path.join(dir, 'privkey.pem'), 0o644);
    const res = await exp({ dir, format: 'fullchain', overwrite: true });
    assert.deepEqual(await listing(dir), ['fullchain.pem', 'privkey.pem']);
    assert.match(await readFile(path.join(dir, 'privkey.pem'), 'utf8'), /BEGIN PRIVATE KEY/);
    assert.equal((await stat(res.files[1].path)).mode & 0o777, 0o600);
    assert.equal((await stat(res.files[0].path)).mode & 0o777, 0o644);
  });

  test('PFX without a password, or with a short one, is refused before anything is written', async () => {
    const dir = await fresh('pw');
    await assert.rejects(
      exp({ dir, format: 'pfx' }),
      expectCode('wrong-password', /^PFX files need a password/),
    );
    await assert.rejects(
      exp({ dir, format: 'pfx-legacy', password: '' }),
      expectCode('wrong-password', /^PFX files need a password/),
    );
    await assert.rejects(
      exp({ dir, preset: 'iis', password: 'abc' }),
      expectCode('wrong-password', /at least 4 characters/),
    );
    assert.deepEqual(await listing(dir), []);
  });

  test('a missing folder is named, with what to do', async () => {
    const dir = path.join(work, 'does-not-exist');
    await assert.rejects(
      exp({ dir, format: 'pem' }),
      expectCode('export', /does not exist\. Create it, or pick another folder/),
    );
    await assert.rejects(stat(dir), /ENOENT/);
  });

  test('a file where the folder should be is refused', async () => {
    const file = path.join(await fresh('notdir'), 'file');
    await writeFile(file, 'x');
    await assert.rejects(
      exp({ dir: file, format: 'pem' }),
      expectCode('export', /is a file, not a folder/),
    );
  });

  test('a folder named like an output file is refused even with overwrite', async () => {
    const dir = await fresh('dir-in-way');
    await mkdir(path.join(dir, 'privkey.pem'));
    await assert.rejects(
      exp({ dir, format: 'fullchain', overwrite: true }),
      expectCode('export', /folder named privkey\.pem/),
    );
    assert.deepEqual(await listing(dir), ['privkey.pem']);
  });

  // Permission bits do not stop root, so these use mechanisms that stop everyone.
  test('read-only folder (a tmpfs remounted read-only: EROFS) gives permission-denied and writes nothing', async (t) => {
    const dir = await fresh('ro-mount');
    if (!isRoot || !sh('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir]))
      return t.skip(
        'mounting a tmpfs is not permitted here (needs root in a namespace that allows mount)',
      );
    try {
      await writeFile(path.join(dir, 'old.txt'), 'kept\n');
      assert.ok(sh('mount', ['-o', 'remount,ro', dir]), 'remount read-only');
      await assert.rejects(
        exp({ dir, format: 'pem' }),
        expectCode('permission-denied', /not allowed to write/),
      );
      assert.deepEqual(await listing(dir), ['old.txt']);
    } finally {
      sh('umount', [dir]);
    }
  });

  test('read-only folder (chattr +i on the folder: EPERM even for root) gives permission-denied', async (t) => {
    const dir = await fresh('immutable');
    if (!sh('chattr', ['+i', dir]))
      return t.skip('chattr +i is not supported on this file system or not permitted');
    try {
      await assert.rejects(
        exp({ dir, format: 'combined' }),
        expectCode('permission-denied', /not allowed to write/),
      );
      assert.deepEqual(await listing(dir), []);
    } finally {
      sh('chattr', ['-i', dir]);
    }
  });

  test('a full disk (64 KiB tmpfs) gives disk-full and leaves no temp file', async (t) => {
    const dir = await fresh('full');
    if (!isRoot || !sh('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir]))
      return t.skip(
        'mounting a tmpfs is not permitted here (needs root in a namespace that allows mount)',
      );
    try {
      // 15 of the 16 pages: the first temp file fits, the second does not.
      await writeFile(path.join(dir, 'filler.bin'), Buffer.alloc(60 * 1024));
      await assert.rejects(
        exp({ dir, format: 'pem' }),
        (e: unknown) =>
          expectCode('disk-full', /disk .* is full/)(e) &&
          /ENOSPC/.test((e as CertdeskError).detail ?? ''),
      );
      assert.deepEqual(await listing(dir), ['filler.bin']);
      // and after making room, the same export works
      await rm(path.join(dir, 'filler.bin'));
      await exp({ dir, format: 'pem' });
      assert.deepEqual(await listing(dir), [
        'cert.pem',
        'chain.pem',
        'fullchain.pem',
        'privkey.pem',
      ]);
    } finally {
      sh('umount', [dir]);
    }
  });

  test('if one file of a bundle cannot be replaced, the files already replaced are rolled back', async (t) => {
    const dir = await fresh('rollback');
    await writeFile(path.join(dir, 'fullchain.pem'), 'old fullchain\n');
    await writeFile(path.join(dir, 'privkey.pem'), 'old key\n', { mode: 0o600 });
    const before = await snapshot(dir);
    // privkey.pem is written last: making it immutable fails the bundle after fullchain.pem was renamed.
    if (!sh('chattr', ['+i', path.join(dir, 'privkey.pem')]))
      return t.skip('chattr +i is not supported on this file system or not permitted');
    try {
      // The detail shows the failure came from the rename of privkey.pem, i.e. after fullchain.pem was in place.
      await assert.rejects(
        exp({ dir, format: 'fullchain', overwrite: true }),
        (e: unknown) =>
          expectCode('permission-denied', /nothing was exported/)(e) &&
          /rename .*privkey\.pem/.test((e as CertdeskError).detail ?? ''),
      );
    } finally {
      sh('chattr', ['-i', path.join(dir, 'privkey.pem')]);
    }
    assert.deepEqual(
      await snapshot(dir),
      before,
      'fullchain.pem must be back to the old content, with no temp or backup file',
    );
  });

  test('a key exported into a cloud-synced folder comes with a warning; a certificate alone does not', async () => {
    const dropbox = path.join(await fresh('home'), 'Dropbox', 'certs');
    await mkdir(dropbox, { recursive: true });
    const keyed = await exp({ dir: dropbox, format: 'fullchain' });
    assert.equal(keyed.warnings.length, 1);
    assert.match(keyed.warnings[0], /synced by Dropbox: the private key will be uploaded/);
    const der = await exp({ dir: dropbox, format: 'der' });
    assert.deepEqual(der.warnings, []);
  });
});
