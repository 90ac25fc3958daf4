// The notifier over the real Store: the once-a-day gate lives in StoredCertificate.notified, so a
// restart does not resend; the SMTP password is opened from the sealed secrets the way settings:set
// sealed it.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Store } from '../../../../src-main/storage/store.ts';
import type { StoredCertificate } from '../../../../src-main/storage/schema.ts';
import {
  createNotifier,
  makeNotice,
  storeGate,
  storeSecretOpener,
  type Notice,
  type NotifyChannel,
} from '../../../../src-main/engine/renewal/notifier.ts';
import { HOUR_MS } from '../../../../src-main/shared/durations.ts';

process.env.CERTDESK_KEYCHAIN = 'off';
const dirs: string[] = [];
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
const tmp = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'certdesk-notify-'));
  dirs.push(d);
  return d;
};

const stored = (id: string): StoredCertificate => ({
  id,
  names: ['example.com'],
  accountId: 'a1',
  keyType: 'ec256',
  challenge: { type: 'http-01', httpMode: 'builtin' },
  createdAt: '2026-01-01T00:00:00.000Z',
  current: null,
  previous: null,
  attempts: [],
  exports: [],
});

test('the gate is kept in StoredCertificate.notified and survives reopening the store', async () => {
  const dir = tmp();
  const store = await Store.open(dir);
  void store.secrets; // a store with certificates has a master key (the engine made one with the account)
  await store.update((d) => {
    d.certificates.c1 = stored('c1');
  });
  let now = Date.parse('2026-03-01T10:00:00Z');
  const got: Notice[] = [];
  const ch: NotifyChannel = {
    name: 'webhook',
    send: async (n) => {
      got.push(n);
    },
  };
  const n1 = createNotifier({
    channels: [ch],
    gate: storeGate(store),
    notifyOnSuccess: false,
    clock: { now: () => now },
  });
  const cert = { id: 'c1', names: ['example.com'], notAfter: '2026-03-05T00:00:00Z' };
  assert.deepEqual((await n1.notify(makeNotice('expiring', cert, now))).sent, ['webhook']);
  assert.deepEqual(store.read().certificates.c1.notified, { expiring: '2026-03-01T10:00:00.000Z' });

  // Another process (or the next start) reads the same record.
  now += 2 * HOUR_MS;
  const reopened = await Store.open(dir);
  const n2 = createNotifier({
    channels: [ch],
    gate: storeGate(reopened),
    notifyOnSuccess: false,
    clock: { now: () => now },
  });
  assert.equal((await n2.notify(makeNotice('expiring', cert, now))).skipped, 'already-notified');
  assert.equal(got.length, 1);

  // A certificate removed meanwhile: the message goes out, nothing is written for it.
  assert.deepEqual((await n2.notify(makeNotice('expired', { ...cert, id: 'gone' }, now))).sent, [
    'webhook',
  ]);
  assert.equal(reopened.read().certificates.gone, undefined);
});

test('storeSecretOpener opens what settings:set sealed under secret:<ref>', async () => {
  const store = await Store.open(tmp());
  const ref = 'settings:smtpPassword';
  await store.update((d) => {
    d.secrets[ref] = store.secrets.seal('s3cret', `secret:${ref}`);
  });
  const open = storeSecretOpener(store);
  assert.equal(open(ref), 's3cret');
  assert.equal(open('missing'), undefined);
});
