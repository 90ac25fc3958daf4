// The desktop preferences read back at start (issue 16): the window opens where it was unless that
// place is on no current screen (a monitor unplugged), and the saved language is the one the app
// opens in, kept in step with Settings. Through the Electron stand-in (fake-electron.ts, STAND-IN.md) and the real engine.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startDesktop, type RenewalScheduler } from '../../../src-main/app/desktop.ts';
import { memoryPrefs, type DesktopPrefValues } from '../../../src-main/app/desktop-prefs.ts';
import { placeWindow } from '../../../src-main/app/window-place.ts';
import { CHANNELS } from '../../../src-main/shared/contract.ts';
import { Engine } from '../../../src-main/engine/engine.ts';
import { silentLogger } from '../../../src-main/engine/ports.ts';
import { desktopRuntimeOpener } from '../../../src-main/app/desktop-runtime.ts';
import { registerIpc } from '../../../src-main/app/ipc-core.ts';
import { mainT } from '../../../src-main/shared/main-i18n.ts';
import { fakeElectron } from './fake-electron.ts';
import { timerStandIn } from '../../helpers/timer-stand-in.ts';

process.env.CERTDESK_KEYCHAIN = 'off';

const scheduler: RenewalScheduler = {
  start() {},
  stop: async () => {},
  kick() {},
  pause() {},
  onState() {},
};

type Display = { workArea: { x: number; y: number; width: number; height: number } };

async function start(
  initial: DesktopPrefValues,
  o: { displays?: Display[]; userData?: string; env?: Record<string, string> } = {},
) {
  const userData =
    o.userData ?? path.join(mkdtempSync(path.join(os.tmpdir(), 'certdesk-prefs-')), 'Certdesk');
  const f = fakeElectron({ userData });
  if (o.displays) f.screen.displays = o.displays;
  const prefs = memoryPrefs(initial);
  let engine: Engine | null = null;
  const handle = startDesktop(f.electron, {
    channels: CHANNELS,
    registerIpc: () => () => {},
    openRuntime: async (c) => {
      engine = await Engine.open({ dataDir: c.dataDir, logger: c.logger, app: 'Certdesk desktop' });
      const dispatch = async () => ({ ok: true as const, value: null });
      return { engine, dispatch, scheduler };
    },
    createLogger: () => silentLogger,
    openPrefs: () => prefs,
    argv: ['certdesk'],
    env: o.env ?? { LANG: 'en_US.UTF-8' },
    platform: 'linux',
  });
  f.ready();
  assert.equal(await handle.ready, 'running');
  const stop = async () => {
    f.app.quit();
    await new Promise((r) => setTimeout(r, 20));
  };
  return { f, prefs, engine: engine! as Engine, userData, stop };
}

const laptop: Display = { workArea: { x: 0, y: 0, width: 1366, height: 728 } };
const external: Display = { workArea: { x: 1366, y: 0, width: 2560, height: 1400 } };

test('a window saved on a screen that is still there opens where it was, as big as it was', async () => {
  const bounds = { x: 1500, y: 100, width: 1200, height: 800 };
  const s = await start({ window: { bounds, maximized: false } }, { displays: [laptop, external] });
  const o = s.f.windows[0].options;
  assert.deepEqual({ x: o.x, y: o.y, width: o.width, height: o.height }, bounds);
  await s.stop();
});

test('monitor unplugged: a window saved on it opens centred on the primary display, default size', async () => {
  const s = await start(
    { window: { bounds: { x: 1500, y: 100, width: 1200, height: 800 }, maximized: false } },
    { displays: [laptop] },
  );
  const o = s.f.windows[0].options;
  // 1100 wide fits the laptop's 1366; 760 high does not fit its 728, so the work area's height.
  assert.deepEqual(
    { x: o.x, y: o.y, width: o.width, height: o.height },
    { x: 133, y: 0, width: 1100, height: 728 },
  );
  await s.stop();
});

test('placement: only the top edge on a screen counts; a sliver or a far-off place is moved', () => {
  const screen = {
    getAllDisplays: () => [laptop, external],
    getPrimaryDisplay: () => external,
  };
  const centred = { x: 1366 + 730, y: 320, width: 1100, height: 760 };
  // Title bar above every screen: cannot be dragged back.
  assert.deepEqual(placeWindow({ x: 100, y: -900, width: 1000, height: 800 }, screen), centred);
  // Only 40 px of the left edge on the laptop.
  assert.deepEqual(placeWindow({ x: -960, y: 100, width: 1000, height: 600 }, screen), centred);
  // Coordinates of a display that no longer exists (left of the primary).
  assert.deepEqual(placeWindow({ x: -2000, y: 0, width: 800, height: 600 }, screen), centred);
  // Across both screens, top edge visible: kept.
  const across = { x: 1000, y: 50, width: 900, height: 600 };
  assert.deepEqual(placeWindow(across, screen), across);
});

/** The app as main.ts opens it: the real runtime and IPC, the stand-in, the given preferences. */
function openApp(userData: string, prefs: ReturnType<typeof memoryPrefs>) {
  const f = fakeElectron({ userData });
  const handle = startDesktop(f.electron, {
    channels: CHANNELS,
    registerIpc: (o) => registerIpc(f.ipcMain, o),
    openRuntime: desktopRuntimeOpener({
      chooseFolder: async () => null,
      copyToClipboard: () => {},
      timer: timerStandIn(),
    }),
    createLogger: () => silentLogger,
    openPrefs: () => prefs,
    argv: ['certdesk'],
    env: { LANG: 'en_US.UTF-8' },
    platform: 'linux',
  });
  /** A request as the window's preload sends it: from the app's top frame, over ipcMain. */
  const call = async (channel: string, input: unknown) => {
    const wc = f.windows[0].webContents;
    const frame = { url: 'app://certdesk/index.html', parent: null };
    const r = (await f.ipcMain.handlers.get(channel)!(
      { senderFrame: frame, sender: { id: wc.id, mainFrame: frame } },
      input,
    )) as { ok: boolean };
    assert.ok(r.ok, JSON.stringify(r));
  };
  const quit = async () => {
    f.app.quit();
    await new Promise((r) => setTimeout(r, 50));
  };
  return { f, handle, call, quit };
}

test('language: chosen in Settings, saved, and the next start opens window and tray in it', async () => {
  const userData = path.join(mkdtempSync(path.join(os.tmpdir(), 'certdesk-lang-')), 'Certdesk');
  const prefs = memoryPrefs();
  const a = openApp(userData, prefs);
  a.f.ready();
  assert.equal(await a.handle.ready, 'running');
  assert.equal(a.f.windows[0].webContents.url, 'app://certdesk/index.html', 'no language yet');
  await a.call('settings:set', { language: 'da' });
  assert.equal(prefs.values.language, 'da', 'saved when chosen in Settings');
  assert.equal(a.f.trays[0].tooltip, 'Certdesk: ingen certifikater endnu');
  await a.quit();

  const b = openApp(userData, prefs);
  b.f.ready();
  assert.equal(await b.handle.ready, 'running');
  assert.equal(b.f.windows[0].webContents.url, 'app://certdesk/index.html?lang=da');
  assert.equal(b.f.trays[0].tooltip, 'Certdesk: ingen certifikater endnu');
  // "Same as this computer": the saved language goes, so the next window follows the computer.
  await b.call('settings:set', { language: null });
  assert.equal('language' in prefs.values, false);
  assert.equal(b.f.trays[0].tooltip, 'Certdesk: no certificates yet');
  await b.quit();
});

test('language: the data folder wins over a stale preference (changed with the CLI meanwhile)', async () => {
  const userData = path.join(mkdtempSync(path.join(os.tmpdir(), 'certdesk-lang-')), 'Certdesk');
  const engine = await Engine.open({ dataDir: userData, app: 'certdesk CLI' });
  await engine.store.update((d) => {
    d.settings.language = 'fi';
  });
  const prefs = memoryPrefs({ language: 'da' });
  const a = openApp(userData, prefs);
  a.f.ready();
  assert.equal(await a.handle.ready, 'running');
  assert.equal(prefs.values.language, 'fi');
  assert.equal(a.f.windows[0].webContents.url, 'app://certdesk/index.html?lang=fi');
  await a.quit();
});

test('language: the data folder cannot be opened, and the dialog says so in the saved language', async () => {
  const f = fakeElectron({
    userData: path.join(mkdtempSync(path.join(os.tmpdir(), 'certdesk-lang-')), 'Certdesk'),
  });
  const handle = startDesktop(f.electron, {
    channels: CHANNELS,
    registerIpc: () => () => {},
    openRuntime: async () => {
      throw new Error('The data folder is locked by another program.');
    },
    createLogger: () => silentLogger,
    openPrefs: () => memoryPrefs({ language: 'hu' }),
    argv: ['certdesk'],
    env: { LANG: 'en_US.UTF-8' },
    platform: 'linux',
  });
  f.ready();
  assert.equal(await handle.ready, 'failed');
  assert.equal(f.errors[0][0], 'A Certdesk nem tud elindulni');
});

test('every language has the title of that dialog', () => {
  for (const lang of ['en', 'da', 'fi', 'hu', 'zh'])
    assert.notEqual(mainT(lang)('app.cannotStart'), 'app.cannotStart', lang);
});
