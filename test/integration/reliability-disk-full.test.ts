// Issue 8: a full disk during a store write, during a renewal (new certificate files) and during an
// export. The disk is a real one: a small tmpfs mounted for the test (needs root; skipped with a
// message otherwise), filled to the last byte. Each time: a clear "disk-full" error with a
// sentence, the files written earlier are intact and usable, and once space is freed the same
// operation succeeds.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  mkdtempSync,
  mkdirSync,
  readFileSync,
  writeFileSync,
  rmSync,
  openSync,
  writeSync,
  closeSync,
  readdirSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPebble, type Pebble } from '../helpers/pebble.ts';
import { openssl, verifyChain } from '../helpers/openssl.ts';
import { listTree, recordCounts } from '../helpers/fault.ts';
import { Engine } from '../../src-main/engine/engine.ts';
import { STORE_FILE } from '../../src-main/storage/store.ts';

process.env.CERTDESK_KEYCHAIN = 'off';

const mounts: string[] = [];
let pebble: Pebble | null = null;
let skipWhy = '';
const counts = {
  fullDiskFaults: 0,
  clearDiskFullErrors: 0,
  earlierFilesIntact: 0,
  succeededAfterSpaceFreed: 0,
};

/** A fresh tmpfs of `size` at a new temp folder, or null (and the reason) when mounting is not allowed. */
function tinyDisk(size: string): string | null {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-fulldisk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0700`, 'tmpfs', dir], {
      stdio: 'pipe',
    });
  } catch (e) {
    skipWhy = `cannot mount a small tmpfs here (needs root): ${(e as { stderr?: Buffer }).stderr?.toString().trim() || (e as Error).message}`;
    return null;
  }
  mounts.push(dir);
  return dir;
}

/** Fills the file system holding dir to the last byte; returns the filler's path. */
function fill(dir: string): string {
  const file = path.join(dir, 'filler.bin');
  const fd = openSync(file, 'w');
  const chunk = Buffer.alloc(4096, 1);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e;
  }
  // The last partial block too.
  try {
    for (;;) writeSync(fd, Buffer.alloc(1, 1));
  } catch {
    /* full */
  }
  closeSync(fd);
  counts.fullDiskFaults += 1;
  return file;
}

before(async () => {
  const probe = tinyDisk('64k');
  if (probe) pebble = await startPebble();
});
after(async () => {
  // Lazy: a file handle a failed test left open must not keep the mount (and the tmpfs memory).
  for (const m of mounts) {
    try {
      execFileSync('umount', ['-l', m], { stdio: 'pipe' });
      rmSync(m, { recursive: true, force: true });
    } catch {
      /* already gone */
    }
  }
  await pebble?.stop();
  recordCounts('reliability-disk-full', counts);
});

function assertDiskFull(e: unknown): true {
  const x = e as { code?: string; message?: string; retryable?: boolean };
  assert.equal(x.code, 'disk-full', `${x.code}: ${x.message}`);
  assert.match(x.message ?? '', /disk .*full/i);
  assert.match(x.message ?? '', /^[A-Z].{30,}\.$/s, 'a sentence');
  assert.doesNotMatch(x.message ?? '', /ENOSPC|at .*\.ts:/, 'no errno, no stack');
  counts.clearDiskFullErrors += 1;
  return true;
}

test('store write on a full disk: disk-full error, the store file as it was, the store opens; works again once space is freed', async (t) => {
  const disk = tinyDisk('64k');
  if (!disk) {
    t.skip(skipWhy);
    return;
  }
  const dataDir = path.join(disk, 'data');
  const store = (await Engine.open({ dataDir })).store;
  await store.update((d) => {
    d.settings.language = 'da';
    d.secrets.x = store.secrets.seal('first', 'ctx');
  });
  // The change touches settings.json and the marker (the layout of issue 22): both stay as they were.
  const before = readFileSync(path.join(dataDir, 'settings.json'));
  const markerBefore = readFileSync(path.join(dataDir, STORE_FILE));
  const filler = fill(disk);
  await assert.rejects(
    store.update((d) => {
      d.settings.language = 'de';
      d.secrets.big = 'y'.repeat(20_000);
    }),
    assertDiskFull,
  );
  assert.ok(
    readFileSync(path.join(dataDir, 'settings.json')).equals(before),
    'the settings file is exactly as it was',
  );
  assert.ok(readFileSync(path.join(dataDir, STORE_FILE)).equals(markerBefore), 'the marker too');
  const reopened = await Engine.open({ dataDir });
  assert.equal(reopened.store.read().settings.language, 'da');
  assert.equal(reopened.store.secrets.open(reopened.store.read().secrets.x, 'ctx'), 'first');
  assert.deepEqual(
    listTree(dataDir).filter((f) => f.endsWith('.lock')),
    [],
    'no lock left',
  );
  counts.earlierFilesIntact += 1;
  rmSync(filler);
  await store.update((d) => {
    d.settings.language = 'de';
  });
  assert.equal((await Engine.open({ dataDir })).store.read().settings.language, 'de');
  counts.succeededAfterSpaceFreed += 1;
});

test('renewal on a full disk: disk-full error, the old certificate still current and usable; the renewal works once space is freed', async (t) => {
  const disk = tinyDisk('256k');
  if (!disk || !pebble) {
    t.skip(skipWhy);
    return;
  }
  const dataDir = path.join(disk, 'data');
  const open = () =>
    Engine.open({
      dataDir,
      caCertPem: pebble!.caCertPem,
      httpPort: pebble!.httpPort,
      poll: { firstMs: 20, maxMs: 200 },
    });
  const e = await open();
  await e.createAccount({
    directoryUrl: pebble.directoryUrl,
    email: 'full@example.org',
    agreeTos: true,
  });
  const first = await e.issue({
    names: ['full.example.test'],
    challenge: { type: 'http-01', httpMode: 'builtin' },
  });
  const id = first.certificate.id;
  const storeBefore = readFileSync(path.join(dataDir, STORE_FILE), 'utf8');
  const filler = fill(disk);
  await assert.rejects(e.renew(id), assertDiskFull);
  const again = await open();
  const c = again.getCertificate(id);
  assert.equal(c.serial, first.certificate.serial, 'the old certificate is still the current one');
  assert.ok((await verifyChain(c.chainPem!, await pebble.rootPem(0))).ok);
  const m = await again.keyMaterial(id);
  const work = mkdtempSync(path.join(os.tmpdir(), 'certdesk-fulldisk-check-'));
  writeFileSync(path.join(work, 'c.pem'), m.certPem);
  writeFileSync(path.join(work, 'k.pem'), m.keyPem);
  assert.equal(
    (await openssl(['x509', '-in', path.join(work, 'c.pem'), '-noout', '-pubkey'])).stdout,
    (await openssl(['pkey', '-in', path.join(work, 'k.pem'), '-pubout'])).stdout,
    'key and certificate match',
  );
  // The store may have recorded the failed attempt if a block was free for it; never a half version.
  // The version folders (the certificate's record files sit beside them since issue 22).
  const versions = readdirSync(path.join(dataDir, 'certs', id), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  for (const v of versions) {
    const files = readdirSync(path.join(dataDir, 'certs', id, v)).filter((f) => !f.startsWith('.'));
    if (v !== again.getStored(id).current!.version)
      assert.ok(
        files.length < 2 || v === again.getStored(id).previous?.version,
        `stray version ${v}: ${files.join(', ')}`,
      );
  }
  void storeBefore;
  counts.earlierFilesIntact += 1;
  rmSync(filler);
  const renewed = await again.renew(id);
  assert.notEqual(renewed.certificate.serial, first.certificate.serial);
  counts.succeededAfterSpaceFreed += 1;
});

test('export to a full disk: disk-full error, the earlier exported files byte for byte as they were, no temp file left', async (t) => {
  const disk = tinyDisk('64k');
  if (!disk || !pebble) {
    t.skip(skipWhy);
    return;
  }
  const dataDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'certdesk-fulldisk-data-')), 'd');
  const e = await Engine.open({
    dataDir,
    caCertPem: pebble.caCertPem,
    httpPort: pebble.httpPort,
    poll: { firstMs: 20, maxMs: 200 },
  });
  await e.createAccount({
    directoryUrl: pebble.directoryUrl,
    email: 'fullx@example.org',
    agreeTos: true,
  });
  const { certificate } = await e.issue({
    names: ['fullx.example.test'],
    challenge: { type: 'http-01', httpMode: 'builtin' },
  });
  const out = path.join(disk, 'ssl');
  mkdirSync(out);
  await e.exportCertificate(certificate.id, { dir: out, format: 'pem' });
  const before = new Map(readdirSync(out).map((f) => [f, readFileSync(path.join(out, f))]));
  assert.ok(before.size >= 3);
  // Renew so the next export has different content (a half-written file would show).
  await e.renew(certificate.id);
  const filler = fill(disk);
  for (const format of ['pem', 'pfx'] as const) {
    await assert.rejects(
      e.exportCertificate(certificate.id, {
        dir: out,
        format,
        overwrite: true,
        ...(format === 'pfx' ? { password: 'pw-full-disk' } : {}),
      }),
      assertDiskFull,
    );
    const now = readdirSync(out);
    assert.deepEqual(
      now.sort(),
      [...before.keys()].sort(),
      `${format}: the same files, no temp file`,
    );
    for (const [f, buf] of before)
      assert.ok(readFileSync(path.join(out, f)).equals(buf), `${format}: ${f} unchanged`);
    counts.earlierFilesIntact += 1;
  }
  rmSync(filler);
  const ok = await e.exportCertificate(certificate.id, {
    dir: out,
    format: 'pem',
    overwrite: true,
  });
  assert.ok(ok.files.length >= 3);
  assert.ok(
    !readFileSync(path.join(out, path.basename(ok.files[0].path))).equals(
      before.get(path.basename(ok.files[0].path))!,
    ),
    'the new certificate is there now',
  );
  counts.succeededAfterSpaceFreed += 1;
});
