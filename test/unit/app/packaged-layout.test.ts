// The packaged layout, checked without building a package (that would download Electron; issue
// 23). The paths come from the app itself: startDesktop runs on the stand-in with the packaged
// app path (resources/app.asar), and every file it asks Electron or the OS to load (preload,
// renderer, window and notification icon, tray icons), the main bundle package.json names and the
// keychain module's native addon are matched against what electron-builder.yml packs (`files`,
// with electron-builder's own matcher, minimatch) and unpacks (`asarUnpack`), and must exist in
// dist/ or assets/ after `node scripts/build.ts`. The executable names the configuration gives
// are the ones the launchers start.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { startDesktop } from '../../../src-main/app/desktop.ts';
import { Engine } from '../../../src-main/engine/engine.ts';
import { silentLogger } from '../../../src-main/engine/ports.ts';
import { fakeElectron } from './fake-electron.ts';

process.env.CERTDESK_KEYCHAIN = 'off';
const root = path.resolve(import.meta.dirname, '../../..');
const require = createRequire(path.join(root, 'package.json'));
const { minimatch } = require('minimatch') as {
  minimatch: (p: string, pattern: string, o?: { dot?: boolean }) => boolean;
};
type Config = {
  files: (string | { filter: string[] })[];
  asarUnpack: string[];
  asar: boolean;
  productName: string;
  electronFuses: Record<string, boolean>;
  linux: { executableName: string };
  win: { executableName: string };
};
const { getConfig } = require('app-builder-lib/out/util/config/config.js') as {
  getConfig(dir: string, file: string | null, fromOptions: null): Promise<Config>;
};
(require('builder-util') as { log: { stream: NodeJS.WritableStream } }).log.stream = process.stderr;

// A stand-in install: resources/app.asar as a folder, so the app:// handler can be asked what it
// serves from there.
const RESOURCES = path.join(mkdtempSync(path.join(os.tmpdir(), 'certdesk-layout-')), 'resources');
const ASAR = path.join(RESOURCES, 'app.asar');
const UNPACKED = path.join(RESOURCES, 'app.asar.unpacked');

/** electron-builder's `files`: the last pattern that matches decides; "!" excludes. */
function packed(cfg: Config, rel: string): boolean {
  const patterns = cfg.files.flatMap((f) => (typeof f === 'string' ? [f] : f.filter));
  let inside = false;
  for (const p of patterns) {
    if (p.startsWith('!')) {
      if (minimatch(rel, p.slice(1), { dot: true })) inside = false;
    } else if (minimatch(rel, p, { dot: true })) inside = true;
  }
  return inside;
}
const unpackedBy = (cfg: Config, rel: string) =>
  cfg.asarUnpack.some((p) => minimatch(rel, p, { dot: true }) || minimatch(rel, `**/${p}`));

/** What the packaged app loads at run time, as absolute paths under resources/. */
async function runtimePaths(): Promise<string[]> {
  const userData = path.join(mkdtempSync(path.join(os.tmpdir(), 'certdesk-layout-')), 'Certdesk');
  const f = fakeElectron({ userData, appPath: ASAR });
  const images: string[] = [];
  const createFromPath = f.electron.nativeImage.createFromPath;
  f.electron.nativeImage.createFromPath = (p: string) => {
    images.push(p);
    return createFromPath(p);
  };
  const handle = startDesktop(f.electron, {
    channels: [],
    registerIpc: () => () => {},
    openRuntime: async (c) => ({
      engine: await Engine.open({ dataDir: c.dataDir, logger: c.logger }),
      dispatch: async () => ({ ok: true, value: null }),
      scheduler: { start() {}, stop() {}, kick() {}, pause() {}, onState() {} },
    }),
    createLogger: () => silentLogger,
    argv: ['certdesk'],
    env: {},
    platform: 'linux',
  });
  f.ready();
  assert.equal(await handle.ready, 'running');
  const w = f.windows[0];
  // The renderer: the window loads app://certdesk/index.html; the handler serves it from the
  // folder it was given, found here by planting a marked page at the packaged path.
  const entry = new URL(w.webContents.url);
  const page = path.join(ASAR, 'dist', 'renderer', entry.pathname);
  mkdirSync(path.dirname(page), { recursive: true });
  writeFileSync(page, '<!-- packaged entry -->');
  const res = await f.protocol.handlers.get('app')!(new Request(entry.href));
  assert.equal(await res.text(), '<!-- packaged entry -->', 'served from app.asar/dist/renderer');
  // ...and the scripts and styles the built page names.
  const built = readFileSync(path.join(root, 'dist/renderer', entry.pathname), 'utf8');
  const assets = [...built.matchAll(/(?:src|href)="\.?\/?([^":]+)"/g)].map((m) => m[1]);
  assert.ok(
    assets.some((a) => a.endsWith('.js')),
    'index.html loads a script',
  );
  f.app.quit();
  const served = [page, ...assets.map((a) => path.join(ASAR, 'dist', 'renderer', a))];
  return [String(w.options.webPreferences?.preload), String(w.options.icon), ...images, ...served];
}

test('every file the packaged app loads is packed, unpacked where the OS reads it, and built', async () => {
  const cfg = await getConfig(root, path.join(root, 'electron-builder.yml'), null);
  assert.equal(cfg.asar, true);
  const paths = await runtimePaths();
  assert.ok(paths.some((p) => p.endsWith('/dist/main/preload.cjs')));
  assert.ok(
    paths.some((p) => /\/assets\/tray\/tray-\w+\.png$/.test(p)),
    'a tray icon',
  );
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { main: string };
  paths.push(path.join(ASAR, pkg.main));
  for (const p of paths) {
    const inAsar = p.startsWith(ASAR + path.sep);
    const inUnpacked = p.startsWith(UNPACKED + path.sep);
    assert.ok(inAsar || inUnpacked, `${p} is inside the app`);
    const rel = p
      .slice((inAsar ? ASAR : UNPACKED).length + 1)
      .split(path.sep)
      .join('/');
    assert.ok(packed(cfg, rel), `${rel} is in electron-builder.yml files`);
    if (inUnpacked) assert.ok(unpackedBy(cfg, rel), `${rel} is in asarUnpack (the OS reads it)`);
    assert.ok(existsSync(path.join(root, rel)), `${rel} exists after node scripts/build.ts`);
  }
  // Every tray icon a state can show, not only the one drawn now.
  for (const icon of readdirSync(path.join(root, 'assets/tray')).filter((n) => n.endsWith('.png')))
    assert.ok(unpackedBy(cfg, `assets/tray/${icon}`) && packed(cfg, `assets/tray/${icon}`), icon);
});

test('the keychain module: its native addon is unpacked, and the bundle can find it', async () => {
  const cfg = await getConfig(root, path.join(root, 'electron-builder.yml'), null);
  // @napi-rs/keyring loads a per-platform package's .node file (electron-builder packs the
  // production dependencies itself; a .node file cannot load from inside app.asar).
  const dir = path.dirname(require.resolve('@napi-rs/keyring/package.json'));
  const scope = path.dirname(dir);
  const addons = readdirSync(scope)
    .filter((n) => n.startsWith('keyring-'))
    .flatMap((n) =>
      readdirSync(path.join(scope, n))
        .filter((f) => f.endsWith('.node'))
        .map((f) => `node_modules/@napi-rs/${n}/${f}`),
    );
  assert.ok(addons.length > 0, 'the platform package of @napi-rs/keyring is installed');
  for (const a of addons) assert.ok(unpackedBy(cfg, a), `${a} is unpacked`);
  // The bundle loads it relative to its own file (import.meta.url; scripts/app-bundle.ts).
  const bundle = readFileSync(path.join(root, 'dist/main/app.cjs'), 'utf8');
  assert.match(bundle, /createRequire\)\(__certdeskImportMetaUrl\)\("@napi-rs\/keyring"\)/);
});

test('fuses and executable names agree with the launchers', async () => {
  const cfg = await getConfig(root, path.join(root, 'electron-builder.yml'), null);
  // runAsNode is off: no launcher may count on ELECTRON_RUN_AS_NODE (the app is its own CLI).
  assert.equal(cfg.electronFuses.runAsNode, false);
  assert.equal(cfg.electronFuses.onlyLoadAppFromAsar, true);
  const launchers = {
    linux: readFileSync(path.join(root, 'packaging/linux/certdesk'), 'utf8'),
    mac: readFileSync(path.join(root, 'packaging/mac/certdesk'), 'utf8'),
    win: readFileSync(path.join(root, 'packaging/win/certdesk.cmd'), 'utf8'),
  };
  for (const [name, text] of Object.entries(launchers))
    assert.doesNotMatch(text, /ELECTRON_RUN_AS_NODE=1/, `${name} launcher`);
  assert.match(launchers.linux, new RegExp(`/${cfg.linux.executableName}\\b`));
  assert.match(launchers.mac, new RegExp(`MacOS/${cfg.productName}\\b`));
  assert.match(launchers.win, new RegExp(`${cfg.win.executableName}\\.exe`, 'i'));
});
