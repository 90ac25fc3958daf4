import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  mkdtempSync,
  mkdirSync,
  writeFileSync,
  readFileSync,
  readdirSync,
  existsSync,
  statSync,
  utimesSync,
} from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { Store, STORE_FILE, removeDeadTempFiles } from '../../../src-main/storage/store.ts';
import { CURRENT_SCHEMA, MIGRATIONS } from '../../../src-main/storage/schema.ts';
import { withLock } from '../../../src-main/storage/lock.ts';
import { createFileLogger, redact } from '../../../src-main/storage/file-logger.ts';

process.env.CERTDESK_KEYCHAIN = 'off';
const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'certdesk-store-'));

test('opening a folder writes nothing until the first change', async () => {
  const dir = path.join(tmp(), 'data');
  const s = await Store.open(dir);
  assert.equal(existsSync(dir), false);
  assert.deepEqual(s.read().accounts, {});
  await s.update((d) => {
    d.settings.language = 'da';
  });
  // Since schema 3 (issue 22) settings are their own file; certdesk.json is the marker.
  assert.equal(
    JSON.parse(readFileSync(path.join(dir, 'settings.json'), 'utf8')).settings.language,
    'da',
  );
  assert.equal(statSync(path.join(dir, 'settings.json')).mode & 0o777, 0o600);
  assert.equal(statSync(path.join(dir, STORE_FILE)).mode & 0o777, 0o600);
});

test('secrets are sealed with a master key kept 0600 when no keychain answers, and reopen in a new process view', async () => {
  const dir = tmp();
  const s = await Store.open(dir);
  const sealed = s.secrets.seal(
    '-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----\n',
    'ctx',
  );
  assert.ok(!sealed.includes('abc'));
  await s.update((d) => {
    d.secrets.x = sealed;
  });
  assert.equal(s.secrets.backend, 'file');
  assert.equal(statSync(path.join(dir, 'master.key')).mode & 0o777, 0o600);
  const again = await Store.open(dir);
  assert.match(again.secrets.open(again.read().secrets.x, 'ctx'), /abc/);
  assert.throws(() => again.secrets.open(sealed, 'other-context'), { code: 'store-corrupt' });
});

test('a missing master key is an error, never silently replaced (that would lose every key)', async () => {
  const dir = tmp();
  const s = await Store.open(dir);
  await s.update((d) => {
    d.secrets.x = s.secrets.seal('k', 'ctx');
    d.accounts.a = { id: 'a' } as never;
  });
  const { rmSync } = await import('node:fs');
  rmSync(path.join(dir, 'master.key'));
  const again = await Store.open(dir)
    .then((st) => st.secrets)
    .catch((e: unknown) => e);
  assert.equal((again as { code?: string }).code, 'store-corrupt');
  assert.match((again as Error).message, /missing.*Restore/);
  assert.equal(existsSync(path.join(dir, 'master.key')), false);
});

test('a corrupt or truncated store file is moved aside, reported, and the store starts', async () => {
  for (const content of ['{"schemaVersion":1,"accounts":{', 'garbage', '[]']) {
    const dir = tmp();
    writeFileSync(path.join(dir, STORE_FILE), content);
    const s = await Store.open(dir);
    const notice = s.notices.find((n) => n.kind === 'corrupt-moved-aside');
    assert.ok(notice && notice.kind === 'corrupt-moved-aside');
    assert.equal(
      readFileSync(notice.movedTo, 'utf8'),
      content,
      'the damaged file is kept as it was',
    );
    assert.deepEqual(s.read().certificates, {});
  }
});

test('a store written by a newer version is refused and left untouched', async () => {
  const dir = tmp();
  const newer = JSON.stringify({ schemaVersion: CURRENT_SCHEMA + 1, accounts: {}, future: true });
  writeFileSync(path.join(dir, STORE_FILE), newer);
  await assert.rejects(
    Store.open(dir),
    (e: { code?: string; message: string }) =>
      e.code === 'store-too-new' && /Update Certdesk/.test(e.message),
  );
  assert.equal(readFileSync(path.join(dir, STORE_FILE), 'utf8'), newer);
});

test('migrations run from every earlier version (numbered, append-only)', async () => {
  for (let from = 0; from < CURRENT_SCHEMA; from++) {
    const dir = tmp();
    writeFileSync(
      path.join(dir, STORE_FILE),
      JSON.stringify(from === 0 ? {} : { schemaVersion: from }),
    );
    const s = await Store.open(dir);
    const d = s.read();
    assert.equal(d.schemaVersion, CURRENT_SCHEMA);
    assert.deepEqual([d.accounts, d.certificates, d.secrets], [{}, {}, {}]);
    assert.ok(s.notices.some((n) => n.kind === 'migrated'));
  }
  assert.equal(MIGRATIONS.length, CURRENT_SCHEMA);
});

/** Until another process has written its lock (a fixed sleep loses the race on a busy machine). */
async function untilWritten(file: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(existsSync(file) && readFileSync(file, 'utf8').includes('"pid"'))) {
    if (Date.now() > end) assert.fail(`${file} was not written within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

test('a second writer waits for the lock, then says who holds it', async () => {
  const dir = tmp();
  const lock = path.join(dir, 'certdesk.lock');
  // Another process holds the lock for a while (as the desktop app would while writing).
  const child = spawn(process.execPath, [
    '-e',
    `require('fs').writeFileSync(${JSON.stringify(lock)}, JSON.stringify({pid: process.pid, app: 'Certdesk desktop', host: require('os').hostname(), since: new Date().toISOString()})); setTimeout(() => {}, 5000)`,
  ]);
  await untilWritten(lock);
  try {
    await assert.rejects(
      withLock(lock, 'Certdesk CLI', () => 1, 300),
      (e: { code?: string; message: string }) =>
        e.code === 'store-locked' && /Certdesk desktop \(process \d+/.test(e.message),
    );
  } finally {
    child.kill('SIGKILL');
  }
  await new Promise((r) => child.once('exit', r));
  // The holder died: its stale lock is taken over.
  assert.equal(await withLock(lock, 'Certdesk CLI', () => 42, 1000), 42);
  assert.equal(existsSync(lock), false);
});

test('a lock another process has just created but not yet written is not taken over; one left empty for long is', async () => {
  const dir = tmp();
  const lock = path.join(dir, 'certdesk.lock');
  // openSync('wx') then writeSync: in between, the lock exists and is empty. Taking it over as
  // stale let two writers in at once (5 of 200 writes lost in the two-process test).
  writeFileSync(lock, '');
  await assert.rejects(
    withLock(lock, 'Certdesk CLI', () => 1, 300),
    (e: { code?: string }) => e.code === 'store-locked',
  );
  assert.equal(existsSync(lock), true, 'the fresh lock is left to its writer');
  // Its writer crashed before writing: after a while the empty lock is stale.
  const old = new Date(Date.now() - 60_000);
  utimesSync(lock, old, old);
  assert.equal(await withLock(lock, 'Certdesk CLI', () => 42, 1000), 42);
  assert.equal(existsSync(lock), false);
});

test('parallel updates from two store objects (app and CLI) lose nothing', async () => {
  const dir = tmp();
  const a = await Store.open(dir, { app: 'A' });
  const b = await Store.open(dir, { app: 'B' });
  await Promise.all(
    Array.from({ length: 40 }, (_, i) =>
      (i % 2 ? a : b).update((d) => {
        d.secrets[`k${i}`] = String(i);
      }),
    ),
  );
  assert.equal(Object.keys(a.read().secrets).length, 40);
  assert.deepEqual(
    readdirSync(dir).filter((f) => f.endsWith('.tmp')),
    [],
  );
});

test('logs never hold private keys or credentials', () => {
  const dir = tmp();
  const log = createFileLogger(dir);
  log.info('got key -----BEGIN PRIVATE KEY-----\nMIIEv\n-----END PRIVATE KEY----- done', {
    password: 'hunter2',
    tsigSecret: 's3cr3t',
    keyType: 'ec256',
    nested: { apiToken: 'tok' },
  });
  const text = readFileSync(path.join(dir, 'logs', 'certdesk.log'), 'utf8');
  for (const secret of ['MIIEv', 'hunter2', 's3cr3t', 'tok"'])
    assert.ok(!text.includes(secret), secret);
  assert.match(text, /ec256/);
  assert.deepEqual(redact({ hmacKey: 'x' }), { hmacKey: '[redacted]' });
});

test('one issuance per certificate across processes: a second one is told who is renewing it', async () => {
  const dir = tmp();
  const s = await Store.open(dir, { app: 'Certdesk desktop' });
  const lockFile = path.join(dir, 'certs', 'abc123.lock');
  const child = spawn(process.execPath, [
    '-e',
    `require('fs').mkdirSync(${JSON.stringify(path.dirname(lockFile))}, {recursive: true}); require('fs').writeFileSync(${JSON.stringify(lockFile)}, JSON.stringify({pid: process.pid, app: 'Certdesk CLI', host: require('os').hostname(), since: 'now'})); setTimeout(() => {}, 5000)`,
  ]);
  await untilWritten(lockFile);
  try {
    assert.throws(
      () => s.lockCertificate('abc123'),
      (e: { code?: string; message: string }) =>
        e.code === 'store-locked' && /being renewed right now by Certdesk CLI/.test(e.message),
    );
  } finally {
    child.kill('SIGKILL');
  }
  await new Promise((r) => child.once('exit', r));
  const release = s.lockCertificate('abc123');
  assert.ok(existsSync(lockFile));
  release();
  assert.equal(existsSync(lockFile), false);
});

test("temp files of a writer killed mid-write are removed on open; a live writer's are kept", async () => {
  process.env.CERTDESK_KEYCHAIN = 'off';
  const dir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-tmpclean-'));
  const s = await Store.open(dir);
  await s.update((d) => {
    d.settings.language = 'da';
  });
  // A pid that surely is gone: a child that has exited.
  const dead = spawnSync(process.execPath, [
    '-e',
    'process.stdout.write(String(process.pid))',
  ]).stdout.toString();
  const deadStore = path.join(dir, `.certdesk.json.${dead}.0123abcd.tmp`);
  const versionDir = path.join(dir, 'certs', 'abc', 'v1');
  mkdirSync(versionDir, { recursive: true });
  const deadKey = path.join(versionDir, `.key.sealed.${dead}.89abcdef.tmp`);
  const live = path.join(dir, `.certdesk.json.${process.pid}.fedcba98.tmp`);
  for (const f of [deadStore, deadKey, live]) writeFileSync(f, 'half');
  const other = path.join(dir, 'notes.tmp');
  writeFileSync(other, 'mine');
  assert.equal(removeDeadTempFiles(dir), 2);
  assert.ok(!existsSync(deadStore) && !existsSync(deadKey));
  assert.ok(
    existsSync(live) && existsSync(other),
    "a live writer's temp file and other files stay",
  );
  assert.equal((await Store.open(dir)).read().settings.language, 'da');
});
