// The Electron stand-in (fake-electron.ts) against Electron's documentation, row by row of
// STAND-IN.md: where the app's tests rely on a behaviour, the stand-in must behave as Electron is
// documented to, or a test passes here that would fail in the real app (issue 23).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fakeElectron } from './fake-electron.ts';

const make = (o: { lock?: boolean } = {}) =>
  fakeElectron({
    userData: path.join(mkdtempSync(path.join(os.tmpdir(), 'certdesk-standin-')), 'Certdesk'),
    ...o,
  });
const tick = () => new Promise((r) => setImmediate(r));

test('once: the listener runs for the first event only (Node EventEmitter, which Electron uses)', () => {
  const f = make();
  const w = new f.electron.BrowserWindow({});
  let n = 0;
  w.once('ready-to-show', () => n++);
  w.emit('ready-to-show');
  w.emit('ready-to-show');
  assert.equal(n, 1);
  assert.equal(w.count('ready-to-show'), 0);
});

test('ready-to-show comes once after the page loads, for a window not shown yet', async () => {
  const f = make();
  const w = new f.electron.BrowserWindow({});
  let n = 0;
  w.on('ready-to-show', () => n++);
  void w.loadURL('app://certdesk/index.html');
  assert.equal(n, 0, 'not synchronously');
  await tick();
  assert.equal(n, 1);
});

test('window-all-closed: without a listener the app quits; with one it does not', () => {
  const a = make();
  new a.electron.BrowserWindow({}).userClose();
  assert.equal(a.app.quitCalls, 1, 'default: quit when the last window closed');
  assert.ok(a.calls.includes('quit'));
  const b = make();
  let heard = 0;
  b.app.on('window-all-closed', () => heard++);
  const w1 = new b.electron.BrowserWindow({});
  const w2 = new b.electron.BrowserWindow({});
  w1.userClose();
  assert.equal(heard, 0, 'one window is still open');
  w2.destroy();
  assert.equal(heard, 1);
  assert.equal(b.app.quitCalls, 0, 'a listener decides');
});

test('quit: before-quit (preventable), then each window closes (a prevented close cancels), then will-quit and quit; no window-all-closed', () => {
  const f = make();
  const order: string[] = [];
  f.app.on('window-all-closed', () => order.push('window-all-closed'));
  f.app.on('will-quit', () => order.push('will-quit'));
  f.app.on('quit', () => order.push('quit'));
  const w = new f.electron.BrowserWindow({});
  let hold = true;
  w.on('close', (e: { preventDefault(): void }) => {
    order.push('close');
    if (hold) e.preventDefault();
  });
  w.on('closed', () => order.push('closed'));
  let stop = true;
  f.app.on('before-quit', (e: { preventDefault(): void }) => {
    order.push('before-quit');
    if (stop) e.preventDefault();
  });
  f.app.quit();
  assert.deepEqual(order, ['before-quit'], 'prevented in before-quit: nothing closes');
  stop = false;
  order.length = 0;
  f.app.quit();
  assert.deepEqual(order, ['before-quit', 'close'], 'a window that refuses to close cancels it');
  hold = false;
  order.length = 0;
  f.app.quit();
  assert.deepEqual(order, ['before-quit', 'close', 'closed', 'will-quit', 'quit']);
});

test('close versus closed: close can be prevented; destroy() skips close, closed always comes', () => {
  const f = make();
  f.app.on('window-all-closed', () => {});
  const w = new f.electron.BrowserWindow({});
  const seen: string[] = [];
  w.on('close', (e: { preventDefault(): void }) => {
    seen.push('close');
    e.preventDefault();
  });
  w.on('closed', () => seen.push('closed'));
  assert.equal(w.userClose(), true);
  assert.equal(w.isDestroyed(), false);
  w.destroy();
  assert.deepEqual(seen, ['close', 'closed']);
  assert.equal(w.isDestroyed(), true);
});

test('ready: whenReady resolves and "ready" is emitted; privileged schemes only before it', async () => {
  const f = make();
  let emitted = 0;
  f.app.on('ready', () => emitted++);
  f.electron.protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: {} }]);
  f.ready();
  await f.app.whenReady();
  assert.equal(emitted, 1);
  assert.throws(() => f.electron.protocol.registerSchemesAsPrivileged([]), /after ready/);
});

test('protocol.handle: one handler per scheme, answering a real Request with a Response', async () => {
  const f = make();
  f.electron.protocol.handle('app', () => new Response('hi'));
  assert.throws(() => f.electron.protocol.handle('app', () => new Response('')), /register/);
  const r = await f.protocol.handlers.get('app')!(new Request('app://certdesk/'));
  assert.equal(await r.text(), 'hi');
});

test('single instance: the lock answers as configured; second-instance carries argv and cwd', () => {
  assert.equal(make({ lock: false }).app.requestSingleInstanceLock(), false);
  const f = make();
  assert.equal(f.app.requestSingleInstanceLock(), true);
  let got: unknown[] = [];
  f.app.on('second-instance', (...a: unknown[]) => (got = a.slice(1)));
  f.app.emit('second-instance', {}, ['certdesk'], '/home/u');
  assert.deepEqual(got, [['certdesk'], '/home/u']);
});

test('tray menu: a checkbox item is toggled before its click runs, as MenuItem does', () => {
  const f = make();
  const tray = new f.electron.Tray(f.electron.nativeImage.createFromPath('/x.png'));
  const seen: boolean[] = [];
  tray.setContextMenu(
    f.electron.Menu.buildFromTemplate([
      {
        label: 'Pause',
        type: 'checkbox',
        checked: false,
        click: (i: { checked: boolean }) => seen.push(i.checked),
      },
    ]),
  );
  tray.click('Pause');
  tray.click('Pause');
  assert.deepEqual(seen, [true, false]);
});

test('screen: usable only after ready, then the displays the test set', () => {
  const f = make();
  assert.throws(() => f.electron.screen.getAllDisplays(), /before the app is ready/);
  assert.throws(() => f.electron.screen.getPrimaryDisplay(), /before the app is ready/);
  f.ready();
  const one = { workArea: { x: 0, y: 0, width: 1366, height: 728 } };
  f.screen.displays = [one];
  assert.deepEqual(f.electron.screen.getAllDisplays(), [one]);
  assert.equal(f.electron.screen.getPrimaryDisplay(), one);
});
