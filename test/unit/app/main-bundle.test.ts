// The main process as it ships: src-main/app/main.ts bundled the way scripts/build.ts bundles it
// (CommonJS, packages and electron external), loaded in plain Node with `require('electron')`
// answered by a fake. Proves the bundle loads its dependencies, opens the engine on userData,
// registers every contract channel behind the sender check, and opens one hardened window.
import { loadDesktopBundle } from './load-bundle.ts';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { appBundleOptions } from '../../../scripts/app-bundle.ts';
import { CHANNELS } from '../../../src-main/shared/contract.ts';
import { fakeElectron } from './fake-electron.ts';

process.env.CERTDESK_KEYCHAIN = 'off';
const root = path.resolve(import.meta.dirname, '../../..');

test('the bundled main process starts against a fake electron', async () => {
  // Inside the checkout, so the bundle's external requires resolve from node_modules like dist/main/app.cjs.
  mkdirSync(path.join(root, 'test-output'), { recursive: true });
  const outDir = mkdtempSync(path.join(root, 'test-output', 'main-bundle-'));
  const outfile = path.join(outDir, 'app.cjs');
  await build({
    entryPoints: [path.join(root, 'src-main/app/main.ts')],
    outfile,
    ...appBundleOptions(),
    logLevel: 'silent',
    absWorkingDir: root,
  });
  // import.meta is not left empty (the keychain module is loaded through import.meta.url).
  assert.doesNotMatch(readFileSync(outfile, 'utf8'), /import_meta\d* = \{\}/);

  const userData = path.join(mkdtempSync(path.join(os.tmpdir(), 'certdesk-main-')), 'Certdesk');
  delete process.env.CERTDESK_DATA_DIR;
  const f = fakeElectron({ userData, appPath: root });
  loadDesktopBundle(outfile, f.electron);
  assert.deepEqual(f.calls.slice(0, 4), [
    'enableSandbox',
    'registerSchemesAsPrivileged',
    'setPath userData',
    'requestSingleInstanceLock',
  ]);
  assert.equal(f.app.getPath('userData'), userData, "the CLI's data folder");
  f.ready();
  // Wait for startup to reach the window (the engine opens asynchronously).
  for (let i = 0; i < 500 && f.windows.length === 0 && f.errors.length === 0; i++)
    await new Promise((r) => setTimeout(r, 10));
  assert.deepEqual(f.errors, []);
  assert.equal(f.windows.length, 1);
  assert.equal(f.windows[0].webContents.url, 'app://certdesk/index.html');
  assert.equal(
    f.windows[0].options.webPreferences?.preload,
    path.join(root, 'dist', 'main', 'preload.cjs'),
  );
  assert.deepEqual(
    [...f.ipcMain.handlers.keys()].sort(),
    [...(CHANNELS as readonly string[])].sort(),
  );
  assert.equal(f.trays.length, 1);

  const channel = (CHANNELS as readonly string[])[0];
  const handler = f.ipcMain.handlers.get(channel)!;
  const wc = f.windows[0].webContents;
  const frame = { url: 'app://certdesk/index.html', parent: null };
  const foreign = (await handler(
    { senderFrame: { url: 'https://evil.example/', parent: null }, sender: { id: wc.id } },
    {},
  )) as { ok: boolean; error?: { code: string } };
  assert.equal(foreign.ok, false);
  assert.equal(foreign.error?.code, 'permission-denied');
  const trusted = (await handler(
    { senderFrame: frame, sender: { id: wc.id, mainFrame: frame } },
    {},
  )) as { ok: boolean; error?: { code: string } };
  assert.equal(typeof trusted.ok, 'boolean', 'a contract envelope comes back');
  assert.notEqual(trusted.error?.code, 'permission-denied');

  // Quit cleanly: the scheduler stops, the tray goes, the window really closes.
  f.app.quit();
  for (let i = 0; i < 500 && !f.calls.includes('quit'); i++)
    await new Promise((r) => setTimeout(r, 10));
  assert.ok(f.calls.includes('quit'));
  assert.equal(f.trays[0].destroyed, true);
  // electron-store, loaded by the bundle, kept where the window was for the next start (issue 16).
  const prefs = JSON.parse(readFileSync(path.join(userData, 'desktop-preferences.json'), 'utf8'));
  assert.deepEqual(prefs.window, {
    bounds: { x: 100, y: 80, width: 1100, height: 760 },
    maximized: false,
  });
});
