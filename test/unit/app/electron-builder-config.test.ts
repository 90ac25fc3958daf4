// electron-builder.yml, loaded and validated by electron-builder's own config loader and schema
// (no build: that would download Electron), then checked for what issue 7 asks of the packages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');
const require = createRequire(path.join(root, 'package.json'));
type Config = Record<string, unknown> & {
  appId: string;
  productName: string;
  asar: boolean;
  files: (string | { filter: string[] })[];
  asarUnpack: string[];
  electronFuses: Record<string, boolean>;
  win: { target: { target: string }[]; icon: string };
  mac: { target: { target: string }[]; icon: string; hardenedRuntime: boolean };
  linux: { target: string[]; icon: string };
};
const { getConfig, validateConfiguration } =
  require('app-builder-lib/out/util/config/config.js') as {
    getConfig(dir: string, file: string | null, fromOptions: null): Promise<Config>;
    validateConfiguration(c: unknown, log: unknown): Promise<void>;
  };
const { DebugLogger, log } = require('builder-util') as {
  DebugLogger: new (enabled: boolean) => unknown;
  log: { stream: NodeJS.WritableStream };
};
// electron-builder logs "• loaded configuration" straight to stdout, which in a `node --test` child
// is the channel of the test protocol: now and then it garbles it ("Unable to deserialize cloned
// data"), and the whole file fails. Its log goes to stderr here instead.
log.stream = process.stderr;

const load = () => getConfig(root, path.join(root, 'electron-builder.yml'), null);

test("electron-builder.yml passes electron-builder's own schema (and the schema does reject mistakes)", async () => {
  const cfg = await load();
  await validateConfiguration(cfg, new DebugLogger(false));
  await assert.rejects(
    validateConfiguration({ ...cfg, electronFuses: { runAsNod: false } }, new DebugLogger(false)),
    /electronFuses/,
  );
});

test('identity, asar, and what goes into the package', async () => {
  const cfg = await load();
  assert.equal(cfg.appId, 'dev.certdesk.app');
  assert.equal(
    cfg.productName,
    'Certdesk',
    'userData folder name: the CLI shares it (src-main/cli/context.ts)',
  );
  assert.equal(cfg.asar, true);
  // The loader wraps the list as [{ filter: [...] }].
  const files = cfg.files.flatMap((f) => (typeof f === 'string' ? [f] : f.filter));
  for (const f of ['dist/main/**', 'dist/renderer/**', 'assets/**', 'package.json'])
    assert.ok(files.includes(f), f);
  assert.ok(
    !files.some((f) => /^src|^test|^node_modules\/electron/.test(f)),
    'no sources or tests',
  );
  assert.ok(cfg.asarUnpack.includes('**/*.node'), 'native addons load from outside the archive');
});

test('targets: Windows NSIS, macOS dmg, Linux AppImage and deb, icons from assets/', async () => {
  const cfg = await load();
  assert.deepEqual(
    cfg.win.target.map((t) => t.target),
    ['nsis'],
  );
  assert.deepEqual(
    cfg.mac.target.map((t) => t.target),
    ['dmg'],
  );
  assert.deepEqual(cfg.linux.target, ['AppImage', 'deb']);
  assert.equal(cfg.win.icon, 'assets/icon.ico');
  assert.equal(cfg.mac.icon, 'assets/icon.png');
  assert.equal(cfg.linux.icon, 'assets/icons');
  assert.equal(cfg.mac.hardenedRuntime, true);
});

test('fuses: no RunAsNode, no NODE_OPTIONS or --inspect, ASAR integrity, app only from ASAR, cookies encrypted', async () => {
  const { electronFuses: f } = await load();
  assert.equal(f.runAsNode, false);
  assert.equal(f.enableNodeOptionsEnvironmentVariable, false);
  assert.equal(f.enableNodeCliInspectArguments, false);
  assert.equal(f.enableEmbeddedAsarIntegrityValidation, true);
  assert.equal(f.onlyLoadAppFromAsar, true);
  assert.equal(f.enableCookieEncryption, true);
  assert.equal(f.grantFileProtocolExtraPrivileges, false);
});
