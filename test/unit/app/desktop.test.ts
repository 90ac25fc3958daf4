// The desktop lifecycle with a fake electron and the real engine on a temporary userData folder:
// what a user would notice (one instance, close to tray, tray menu, pause remembered, quit waits
// for the scheduler), asserted through the calls Electron receives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  startDesktop,
  unpacked,
  type DesktopContext,
  type RenewalScheduler,
} from '../../../src-main/app/desktop.ts';
import { CHANNELS } from '../../../src-main/shared/contract.ts';
import { Engine } from '../../../src-main/engine/engine.ts';
import { silentLogger } from '../../../src-main/engine/ports.ts';
import { EVENTS_CHANNEL } from '../../../src-main/app/events-channel.ts';
import { fakeElectron } from './fake-electron.ts';

process.env.CERTDESK_KEYCHAIN = 'off';

function fakeScheduler() {
  const log: string[] = [];
  let stateCb: ((s: unknown) => void) | null = null;
  const s: RenewalScheduler & { log: string[]; fire(): void } = {
    log,
    start: () => {
      log.push('start');
    },
    stop: async () => {
      await new Promise((r) => setTimeout(r, 5));
      log.push('stopped');
    },
    kick: () => {
      log.push('kick');
    },
    pause: (p) => {
      log.push(`pause ${p}`);
    },
    onState: (cb) => {
      stateCb = cb;
    },
    fire: () => stateCb?.({}),
  };
  return s;
}

function setup(
  opts: {
    lock?: boolean;
    argv?: string[];
    env?: Record<string, string>;
    openEngine?: (o: { dataDir: string; logger: DesktopContext['logger'] }) => Promise<Engine>;
  } = {},
) {
  const userData = path.join(mkdtempSync(path.join(os.tmpdir(), 'certdesk-desktop-')), 'Certdesk');
  const f = fakeElectron({ lock: opts.lock, userData });
  const scheduler = fakeScheduler();
  const registered: { channels: readonly string[]; isOurContents?: (id: number) => boolean }[] = [];
  const dispatched: string[] = [];
  let ctx: DesktopContext | null = null;
  const handle = startDesktop(f.electron, {
    channels: CHANNELS,
    registerIpc: (o) => {
      registered.push(o);
      return () => {
        registered.length = 0;
      };
    },
    openRuntime: async (c) => {
      ctx = c;
      const open = opts.openEngine ?? ((o) => Engine.open({ ...o, app: 'Certdesk desktop' }));
      const engine = await open({ dataDir: c.dataDir, logger: c.logger });
      const dispatch = async (channel: string) => {
        dispatched.push(channel);
        return { ok: true as const, value: null };
      };
      return { engine, dispatch, scheduler };
    },
    createLogger: () => silentLogger,
    openCertificateEvent: (id) => ({ type: 'open-certificate', id }),
    argv: opts.argv ?? ['certdesk'],
    env: opts.env ?? {},
    platform: 'linux',
  });
  return { f, scheduler, registered, dispatched, handle, userData, ctx: () => ctx! };
}

test('before ready: sandbox for every renderer and the app:// scheme registered; then one hardened window', async () => {
  const { f, handle, registered } = setup();
  assert.deepEqual(f.calls.slice(0, 4), [
    'enableSandbox',
    'registerSchemesAsPrivileged',
    'setPath userData',
    'requestSingleInstanceLock',
  ]);
  assert.equal(f.windows.length, 0, 'nothing before ready');
  f.ready();
  assert.equal(await handle.ready, 'running');
  assert.ok(f.calls.includes('protocol.handle app'));
  assert.ok(f.session.permissionRequest && f.session.permissionCheck, 'permission handlers set');
  assert.equal(f.windows.length, 1);
  const w = f.windows[0];
  assert.equal(w.webContents.url, 'app://certdesk/index.html');
  assert.equal(w.options.webPreferences?.sandbox, true);
  assert.equal(w.options.webPreferences?.contextIsolation, true);
  assert.equal(w.options.webPreferences?.nodeIntegration, false);
  assert.equal(
    w.options.webPreferences?.preload,
    '/opt/Certdesk/resources/app.asar/dist/main/preload.cjs',
  );
  assert.equal(w.options.icon, '/opt/Certdesk/resources/app.asar.unpacked/assets/icon.png');
  assert.ok(w.webContents.openHandler, 'guards attached');
  assert.equal(
    w.webContents.count('will-navigate'),
    2,
    'by the factory and again by web-contents-created',
  );
  assert.deepEqual(registered[0].channels, CHANNELS);
  assert.equal(registered[0].isOurContents!(w.webContents.id), true);
  assert.equal(registered[0].isOurContents!(999), false, 'another web contents is not trusted');
  assert.equal(f.trays.length, 1);
  assert.equal(f.trays[0].tooltip, 'Certdesk: no certificates yet');
});

test("the data folder is the CLI's: Certdesk under appData, or CERTDESK_DATA_DIR", async () => {
  const a = setup();
  assert.equal(a.f.app.getPath('userData'), a.userData);
  assert.equal(path.basename(a.userData), 'Certdesk');
  const b = setup({ env: { CERTDESK_DATA_DIR: '/srv/certdesk-data' } });
  assert.equal(b.f.app.getPath('userData'), '/srv/certdesk-data');
});

test('a second copy quits at once and the first one shows its window', async () => {
  const second = setup({ lock: false });
  assert.equal(await second.handle.ready, 'second-instance');
  assert.equal(second.f.app.quitCalls, 1);
  const first = setup();
  first.f.ready();
  await first.handle.ready;
  const w = first.f.windows[0];
  assert.equal(w.userClose(), true, 'closing hides to the tray');
  assert.equal(w.visible, false);
  assert.equal(w.destroyed, false);
  first.f.app.emit('second-instance', {}, ['certdesk'], '/');
  assert.equal(w.visible, true);
  assert.ok(first.f.calls.includes('focus'));
});

test('started at login (--hidden): tray only; "Open Certdesk" opens the window', async () => {
  const { f, handle } = setup({ argv: ['certdesk', '--hidden'] });
  f.ready();
  await handle.ready;
  assert.equal(f.windows.length, 0);
  f.trays[0].click('Open Certdesk');
  assert.equal(f.windows.length, 1);
});

test('tray: pause is passed to the scheduler and remembered; renew all; power events kick the scheduler', async () => {
  const { f, handle, scheduler, dispatched, userData, ctx } = setup();
  f.ready();
  await handle.ready;
  assert.deepEqual(scheduler.log, ['start']);
  f.trays[0].click('Pause renewals', true);
  assert.ok(scheduler.log.includes('pause true'));
  assert.match(f.trays[0].tooltip, /renewals paused/);
  f.trays[0].click('Renew all now');
  f.powerMonitor.emit('resume');
  f.powerMonitor.emit('unlock-screen');
  assert.deepEqual(scheduler.log.filter((l) => l === 'kick').length, 2);
  // The setting is written asynchronously (fsync in the thread pool): wait for it, within reason.
  // Settings are their own file since issue 22 (certdesk.json is the layout's marker).
  const file = path.join(userData, 'settings.json');
  const readStored = (): { settings?: { renewalsPaused?: boolean } } | null => {
    try {
      return JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      return null;
    }
  };
  for (
    let i = 0;
    i < 250 &&
    (readStored()?.settings?.renewalsPaused !== true || !dispatched.includes('cert:renewAll'));
    i++
  )
    await new Promise((r) => setTimeout(r, 20));
  // The window's own "Renew all" path (desktop-runtime.test.ts renews through it with Pebble).
  assert.ok(dispatched.includes('cert:renewAll'));
  assert.equal(readStored()?.settings?.renewalsPaused, true);
  assert.equal(ctx().loginItem.get(), false, 'launch at login is off by default');
  // A clicked notification opens the window on that certificate.
  ctx().notifier.notify({ title: 'Renewal failed', body: 'example.com', certificateId: 'abc' });
  f.windows[0].userClose();
  f.notifications[0].emit('click');
  assert.equal(f.windows[0].visible, true);
  assert.deepEqual(f.windows[0].webContents.sent.at(-1), [
    EVENTS_CHANNEL,
    { type: 'open-certificate', id: 'abc' },
  ]);
});

test('the pause setting survives a restart', async () => {
  const a = setup();
  a.f.ready();
  await a.handle.ready;
  a.f.trays[0].click('Pause renewals', true);
  // The setting reaches the disk asynchronously: wait for it before "restarting".
  const file = path.join(a.userData, 'settings.json');
  const paused = (): boolean => {
    try {
      return JSON.parse(readFileSync(file, 'utf8')).settings?.renewalsPaused === true;
    } catch {
      return false;
    }
  };
  for (let i = 0; i < 250 && !paused(); i++) await new Promise((r) => setTimeout(r, 20));
  const f = fakeElectron({ userData: a.userData });
  const scheduler = fakeScheduler();
  const h = startDesktop(f.electron, {
    channels: [],
    registerIpc: () => () => {},
    openRuntime: async (c) => ({
      engine: await Engine.open({ dataDir: c.dataDir, logger: c.logger }),
      dispatch: async () => ({ ok: true, value: null }),
      scheduler,
    }),
    createLogger: () => silentLogger,
    argv: [],
    env: {},
    platform: 'linux',
  });
  f.ready();
  await h.ready;
  assert.deepEqual(scheduler.log, ['pause true', 'start']);
  assert.match(f.trays[0].tooltip, /renewals paused/);
});

test('quit waits for the scheduler to stop, then really quits and closes the window', async () => {
  const { f, handle, scheduler } = setup();
  f.ready();
  await handle.ready;
  f.trays[0].click('Quit Certdesk');
  assert.ok(!f.calls.includes('quit'), 'held back until cleanup is done');
  await new Promise((r) => setTimeout(r, 30));
  assert.ok(scheduler.log.includes('stopped'));
  assert.ok(f.calls.includes('quit'));
  assert.equal(f.windows[0].destroyed, true, 'while quitting, close is not turned into hide');
  assert.equal(f.trays[0].destroyed, true);
});

test('a data folder Certdesk cannot open is explained in a dialog, and the app exits', async () => {
  const { f, handle } = setup({
    openEngine: async () => {
      throw Object.assign(new Error('x'), { code: 'store-too-new' });
    },
  });
  f.ready();
  assert.equal(await handle.ready, 'failed');
  assert.equal(f.errors.length, 1);
  assert.equal(f.errors[0][0], 'Certdesk cannot start');
  assert.equal(f.app.exitCode, 1);
  assert.equal(f.windows.length, 0);
});

test('files the OS reads come from app.asar.unpacked', () => {
  assert.equal(
    unpacked('/opt/Certdesk/resources/app.asar/assets'),
    '/opt/Certdesk/resources/app.asar.unpacked/assets',
  );
  assert.equal(
    unpacked('C:\\Certdesk\\resources\\app.asar\\assets'),
    'C:\\Certdesk\\resources\\app.asar.unpacked\\assets',
  );
  assert.equal(unpacked('/home/u/certdesk/assets'), '/home/u/certdesk/assets');
});

test('a window destroyed without "close" (renderer gone): Certdesk stays in the tray', async () => {
  const { f, handle, scheduler } = setup();
  f.ready();
  await handle.ready;
  f.windows[0].destroy();
  assert.equal(f.app.quitCalls, 0, 'window-all-closed has a listener: no default quit');
  assert.equal(f.trays[0].destroyed, false);
  assert.ok(!scheduler.log.includes('stopped'));
  f.trays[0].click('Open Certdesk');
  assert.equal(f.windows.length, 2, 'the tray opens a new window');
  assert.equal(f.windows[1].visible, false, 'shown once painted (ready-to-show)');
  f.windows[1].emit('ready-to-show');
  assert.equal(f.windows[1].visible, true);
});
