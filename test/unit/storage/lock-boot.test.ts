// A certificate lock left by a crash must not block after a reboot (issue 19): PIDs are reused,
// so a lock naming a PID that is alive again, but written before this boot, is stale.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bootTimeMs, tryLock, withLock } from '../../../src-main/storage/lock.ts';
import { Store } from '../../../src-main/storage/store.ts';

process.env.CERTDESK_KEYCHAIN = 'off';

// Another live process that is not a Certdesk: our parent (the test runner).
const livePid = process.ppid;
const holder = (since: string) =>
  JSON.stringify({ pid: livePid, app: 'Certdesk desktop', host: os.hostname(), since });

test('boot time is in the past and after the epoch', () => {
  const b = bootTimeMs();
  assert.ok(b < Date.now() && b > Date.parse('2000-01-01'), new Date(b).toISOString());
});

test('a lock from before this boot is stale even though its PID is alive again', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-lock-'));
  const file = path.join(dir, 'c1.lock');
  writeFileSync(file, holder(new Date(bootTimeMs() - 3_600_000).toISOString()));
  const r = tryLock(file, 'Certdesk CLI');
  assert.ok('release' in r, 'taken over');
  assert.equal(JSON.parse(readFileSync(file, 'utf8')).pid, process.pid, 'now ours');
  r.release();
  assert.equal(existsSync(file), false);
});

test('a lock from this boot with a live PID still reads as held', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-lock-'));
  const file = path.join(dir, 'c1.lock');
  writeFileSync(file, holder(new Date().toISOString()));
  const r = tryLock(file, 'Certdesk CLI');
  assert.ok('holder' in r);
  assert.equal(r.holder.pid, livePid);
});

test("the store's certificate lock and the data folder lock take over a pre-boot lock", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-lock-'));
  const store = await Store.open(dir, { app: 'Certdesk CLI' });
  const before = new Date(bootTimeMs() - 86_400_000).toISOString();
  mkdirSync(path.join(dir, 'certs'), { recursive: true });
  writeFileSync(path.join(dir, 'certs', 'c1.lock'), holder(before));
  const release = store.lockCertificate('c1');
  release();
  writeFileSync(path.join(dir, 'certdesk.lock'), holder(before));
  assert.equal(await withLock(path.join(dir, 'certdesk.lock'), 'Certdesk CLI', () => 7, 300), 7);
});
