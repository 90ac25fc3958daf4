// The `certdesk` command in every installer (issue 19), checked without building one (that would
// download Electron): electron-builder.yml as electron-builder's own loader and schema read it, the
// deb's scripts rendered the way electron-builder renders them and parsed by bash, the Linux and
// macOS launchers run for real through a symlink in a fake install tree, and the NSIS additions
// compiled by Debian's makensis. The installers themselves are not run here (no Windows, no Mac).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');
const require = createRequire(path.join(root, 'package.json'));
type FileSet = { from: string; to: string };
type Config = Record<string, unknown> & {
  linux: { executableName: string; extraFiles: FileSet[] };
  deb: { afterInstall: string; afterRemove: string };
  win: { executableName: string; extraFiles: FileSet[] };
  nsis: { include: string; oneClick: boolean };
  mac: { extraResources: FileSet[] };
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
log.stream = process.stderr; // see electron-builder-config.test.ts
const load = () => getConfig(root, path.join(root, 'electron-builder.yml'), null);

test('electron-builder.yml ships the launcher on every platform, and still passes the schema', async () => {
  const cfg = await load();
  await validateConfiguration(cfg, new DebugLogger(false));
  assert.deepEqual(cfg.linux.extraFiles, [
    { from: 'packaging/linux/certdesk', to: 'bin/certdesk' },
  ]);
  assert.equal(cfg.linux.executableName, 'certdesk');
  assert.equal(cfg.deb.afterInstall, 'packaging/linux/after-install.tpl');
  assert.equal(cfg.deb.afterRemove, 'packaging/linux/after-remove.tpl');
  assert.deepEqual(cfg.win.extraFiles, [
    { from: 'packaging/win/certdesk.cmd', to: 'bin/certdesk.cmd' },
  ]);
  assert.equal(cfg.nsis.include, 'packaging/win/installer.nsh');
  assert.equal(cfg.nsis.oneClick, false, 'the assisted installer, which shows the PATH page');
  assert.deepEqual(cfg.mac.extraResources, [
    { from: 'packaging/mac/certdesk', to: 'bin/certdesk' },
  ]);
  for (const f of [...cfg.linux.extraFiles, ...cfg.win.extraFiles, ...cfg.mac.extraResources].map(
    (x) => x.from,
  ))
    assert.ok(existsSync(path.join(root, f)), f);
  for (const f of ['packaging/linux/certdesk', 'packaging/mac/certdesk'])
    assert.ok(
      execFileSync('stat', ['-c', '%a', path.join(root, f)], { encoding: 'utf8' })
        .trim()
        .endsWith('755'),
      `${f} executable`,
    );
});

// electron-builder's FpmTarget.writeConfigFile: ${name} from these options, an unknown one fails the build.
function renderDebScript(file: string, cfg: Config): string {
  const options: Record<string, unknown> = {
    executable: cfg.linux.executableName,
    sanitizedProductName: 'Certdesk',
    productFilename: 'Certdesk',
    ...cfg.linux,
  };
  return readFileSync(path.join(root, file), 'utf8').replace(
    /\${([a-zA-Z]+)}/g,
    (_m, k: string) => {
      if (!(k in options)) throw new Error(`Macro ${k} is not defined (${file})`);
      return String(options[k]);
    },
  );
}

test('deb: /usr/bin/certdesk links the launcher in bin/, and the old binary link is replaced', async () => {
  const cfg = await load();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-deb-'));
  for (const [name, file] of [
    ['postinst', cfg.deb.afterInstall],
    ['postrm', cfg.deb.afterRemove],
  ]) {
    const text = renderDebScript(file, cfg);
    writeFileSync(path.join(dir, name), text);
    execFileSync('bash', ['-n', path.join(dir, name)]); // parses
  }
  const postinst = readFileSync(path.join(dir, 'postinst'), 'utf8');
  assert.match(postinst, /CLI='\/opt\/Certdesk\/bin\/certdesk'/);
  assert.match(
    postinst,
    /update-alternatives --install '\/usr\/bin\/certdesk' 'certdesk' "\$CLI" 100/,
  );
  assert.match(postinst, /update-alternatives --remove 'certdesk' '\/opt\/Certdesk\/certdesk'/);
  assert.match(postinst, /chrome-sandbox/, "the rest of electron-builder's script is kept");
  const postrm = readFileSync(path.join(dir, 'postrm'), 'utf8');
  assert.match(postrm, /update-alternatives --remove 'certdesk' '\/opt\/Certdesk\/bin\/certdesk'/);
});

function fakeApp(file: string) {
  writeFileSync(file, '#!/bin/sh\nfor a in "$@"; do printf "%s\\n" "$a"; done\n');
  chmodSync(file, 0o755);
}

test('Linux launcher: a command runs headless, no command opens the app, through the PATH symlink', () => {
  const t = mkdtempSync(path.join(os.tmpdir(), 'certdesk-launcher-'));
  mkdirSync(path.join(t, 'opt/Certdesk/bin'), { recursive: true });
  mkdirSync(path.join(t, 'usr/bin'), { recursive: true });
  fakeApp(path.join(t, 'opt/Certdesk/certdesk'));
  copyFileSync(
    path.join(root, 'packaging/linux/certdesk'),
    path.join(t, 'opt/Certdesk/bin/certdesk'),
  );
  chmodSync(path.join(t, 'opt/Certdesk/bin/certdesk'), 0o755);
  symlinkSync(path.join(t, 'opt/Certdesk/bin/certdesk'), path.join(t, 'usr/bin/certdesk'));
  const run = (...a: string[]) =>
    spawnSync(path.join(t, 'usr/bin/certdesk'), a, { encoding: 'utf8', env: {} })
      .stdout.trim()
      .split('\n')
      .filter(Boolean);
  const root_ = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  assert.deepEqual(run('renew', '--quiet'), [
    '--ozone-platform=headless',
    '--disable-gpu',
    ...root_,
    'renew',
    '--quiet',
  ]);
  assert.deepEqual(run('show', 'a b.example'), [
    '--ozone-platform=headless',
    '--disable-gpu',
    ...root_,
    'show',
    'a b.example',
  ]);
  assert.deepEqual(run(), [], 'no command: the app, with no switches');
});

test('macOS launcher: /usr/local/bin/certdesk -> Contents/Resources/bin/certdesk starts Contents/MacOS/Certdesk', () => {
  const t = mkdtempSync(path.join(os.tmpdir(), 'certdesk-mac-'));
  const contents = path.join(t, 'Applications/Certdesk.app/Contents');
  mkdirSync(path.join(contents, 'MacOS'), { recursive: true });
  mkdirSync(path.join(contents, 'Resources/bin'), { recursive: true });
  mkdirSync(path.join(t, 'usr/local/bin'), { recursive: true });
  fakeApp(path.join(contents, 'MacOS/Certdesk'));
  copyFileSync(
    path.join(root, 'packaging/mac/certdesk'),
    path.join(contents, 'Resources/bin/certdesk'),
  );
  chmodSync(path.join(contents, 'Resources/bin/certdesk'), 0o755);
  symlinkSync(
    path.join(contents, 'Resources/bin/certdesk'),
    path.join(t, 'usr/local/bin/certdesk'),
  );
  const r = spawnSync(path.join(t, 'usr/local/bin/certdesk'), ['list', '--json'], {
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(r.stdout.trim().split('\n'), ['list', '--json']);
});

test('Windows: certdesk.cmd starts ..\\Certdesk.exe with every argument and passes its exit code on', () => {
  const cmd = readFileSync(path.join(root, 'packaging/win/certdesk.cmd'), 'utf8');
  assert.ok(
    cmd.split('\n').every((l) => l === '' || l.endsWith('\r')),
    'CRLF line ends',
  );
  assert.match(cmd, /^"%~dp0\.\.\\Certdesk\.exe" %\*\r$/m);
  assert.match(cmd, /^exit \/b %ERRORLEVEL%\r$/m);
});

test('the NSIS additions compile with makensis: the PATH page, install and uninstall', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-nsis-'));
  copyFileSync(path.join(root, 'packaging/win/installer.nsh'), path.join(dir, 'installer.nsh'));
  // A stand-in for electron-builder's installer.nsi around the macros: its $installMode variable,
  // the custom page where the assisted installer inserts it, the install and uninstall sections.
  writeFileSync(
    path.join(dir, 'test.nsi'),
    [
      'Unicode true',
      'Name "Certdesk test"',
      'OutFile "test.exe"',
      'InstallDir "$LOCALAPPDATA\\Programs\\Certdesk"',
      'RequestExecutionLevel user',
      'Var installMode',
      '!include "installer.nsh"',
      'Page directory',
      '!insertmacro customPageAfterChangeDir',
      'Page instfiles',
      'Section "install"',
      '  StrCpy $installMode "CurrentUser"',
      '  !insertmacro customInstall',
      '  WriteUninstaller "$INSTDIR\\uninstall.exe"',
      'SectionEnd',
      'Section "un.install"',
      '  StrCpy $installMode "CurrentUser"',
      '  !insertmacro customUnInstall',
      'SectionEnd',
      '',
    ].join('\n'),
  );
  const r = spawnSync('makensis', ['-V2', 'test.nsi'], { cwd: dir, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.ok(existsSync(path.join(dir, 'test.exe')));
  const nsh = readFileSync(path.join(dir, 'installer.nsh'), 'utf8');
  assert.match(nsh, /Add the certdesk command to the PATH/);
  assert.match(nsh, /\$INSTDIR\\bin/);
  assert.match(nsh, /WM_SETTINGCHANGE/);
});
