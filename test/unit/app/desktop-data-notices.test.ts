// Issue 22 in the desktop app (fake electron, the real engine and store): what opening the data
// folder found reaches the person as one notification, and what nothing renews turns the tray to
// "needs attention". Settings written by a newer version are said too (and left untouched).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startDesktop } from '../../../src-main/app/desktop.ts';
import { Engine } from '../../../src-main/engine/engine.ts';
import { silentLogger } from '../../../src-main/engine/ports.ts';
import { fakeElectron } from './fake-electron.ts';
import { SAMPLE, sampleFolder } from '../../helpers/data-folder.ts';

process.env.CERTDESK_KEYCHAIN = 'off';

/** Starts the desktop app on a copy of `data` after `breakIt` changed it. */
async function start(data: string, breakIt: (dir: string) => void) {
  const userData = path.join(
    mkdtempSync(path.join(os.tmpdir(), 'certdesk-desk-data-')),
    'Certdesk',
  );
  cpSync(data, userData, { recursive: true });
  breakIt(userData);
  const f = fakeElectron({ userData });
  const h = startDesktop(f.electron, {
    channels: [],
    registerIpc: () => () => {},
    openRuntime: async (c) => ({
      engine: await Engine.open({ dataDir: c.dataDir, logger: c.logger }),
      dispatch: async () => ({ ok: true, value: null }),
      scheduler: {
        start: () => {},
        stop: async () => {},
        kick: () => {},
        pause: () => {},
        onState: () => {},
      },
    }),
    createLogger: () => silentLogger,
    argv: [],
    env: { LANG: 'da_DK.UTF-8' },
    platform: 'linux',
  });
  f.ready();
  assert.equal(await h.ready, 'running');
  return { f, userData };
}

const newer = (file: string) => {
  const j = JSON.parse(readFileSync(file, 'utf8')) as { format: number };
  j.format += 1;
  writeFileSync(file, JSON.stringify(j));
};

test('settings of a newer version: an "Update Certdesk" notification; the file is left as it is', async () => {
  const data = await sampleFolder();
  let before: Buffer | null = null;
  const { f, userData } = await start(data, (dir) => {
    newer(path.join(dir, 'settings.json'));
    before = readFileSync(path.join(dir, 'settings.json'));
  });
  // Default settings: the computer's language (LANG=da) speaks the notification.
  assert.deepEqual(
    f.notifications.map((n) => n.options.title),
    ['Opdatér Certdesk'],
  );
  assert.match(f.notifications[0].options.body, /nyere version af Certdesk/);
  assert.ok(f.notifications[0].shown);
  assert.doesNotMatch(f.trays[0].tooltip, /datamappe/i, 'renewals go on: no data problem');
  assert.ok(readFileSync(path.join(userData, 'settings.json')).equals(before!));
});

test('a damaged record restored: the "repaired" notification; nothing stops, so the tray is calm', async () => {
  const data = await sampleFolder();
  const { f } = await start(data, (dir) =>
    writeFileSync(path.join(dir, 'certs', SAMPLE.id, 'certificate.json'), '{"cert'),
  );
  assert.deepEqual(
    f.notifications.map((n) => n.options.title),
    ['Certdesk har repareret sin datamappe'],
  );
  assert.doesNotMatch(f.trays[0].tooltip, /datamappe/i);
});

test('an account of a newer version: notified, and the tray says the data folder needs attention', async () => {
  const data = await sampleFolder();
  const { f } = await start(data, (dir) =>
    newer(path.join(dir, 'accounts', `${SAMPLE.account}.json`)),
  );
  assert.deepEqual(
    f.notifications.map((n) => n.options.title),
    ['Opdatér Certdesk'],
  );
  assert.match(f.trays[0].tooltip, /datamappe/i);
});
