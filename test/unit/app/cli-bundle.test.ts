// The packaged app's executable is also the CLI (issue 19). dist/main/app.cjs, built by
// scripts/build.ts, is started in a child process as Electron would start it, with the
// electron stand-in (fake-electron.ts; Electron's binary cannot be downloaded here, so no real
// Electron runs in this test). Given a command it prints the CLI's own output, exits with its code
// and creates no window, tray or single-instance lock; given none it starts the desktop app.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');
const bundle = path.join(root, 'dist', 'main', 'app.cjs');
const child = path.join(import.meta.dirname, 'cli-bundle-child.ts');

test.before(() => {
  // The bundle as it ships: scripts/build.ts (what `npm run dist` packages).
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.ts')], { stdio: 'ignore' });
});

function startApp(argv: string[]) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'certdesk-clibundle-'));
  const reportFile = path.join(tmp, 'report.json');
  const r = spawnSync(process.execPath, [child], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
    env: {
      ...process.env,
      CERTDESK_KEYCHAIN: 'off',
      CERTDESK_DATA_DIR: '',
      CERTDESK_TEST_BUNDLE: bundle,
      CERTDESK_TEST_REPORT: reportFile,
      CERTDESK_TEST_APPDATA: tmp,
      CERTDESK_TEST_ARGV: JSON.stringify(['/opt/Certdesk/certdesk', ...argv]),
    },
  });
  const report = existsSync(reportFile)
    ? (JSON.parse(readFileSync(reportFile, 'utf8')) as {
        desktop: boolean;
        code: number;
        windows: number;
        trays: number;
        calls: string[];
        dockHidden: boolean;
      })
    : null;
  return { ...r, report, tmp };
}

function plainCli(args: string[]) {
  return spawnSync(process.execPath, [path.join(root, 'bin', 'certdesk.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CERTDESK_KEYCHAIN: 'off' },
  });
}

test('`certdesk list --json`: the CLI output, exit 0, no window, no tray, no instance lock', () => {
  const data = mkdtempSync(path.join(os.tmpdir(), 'certdesk-clibundle-data-'));
  const r = startApp([
    // What the Linux launcher adds for a server with no display: not CLI input.
    '--ozone-platform=headless',
    '--disable-gpu',
    'list',
    '--json',
    '--data-dir',
    data,
  ]);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(r.report, `the app exited through app.exit: ${r.stderr}`);
  assert.equal(r.report.desktop, false);
  assert.equal(r.report.code, 0);
  assert.equal(r.report.windows, 0, 'no window');
  assert.equal(r.report.trays, 0, 'no tray');
  assert.ok(!r.report.calls.includes('requestSingleInstanceLock'), 'may run beside the open app');
  assert.ok(r.report.dockHidden, 'no Dock icon on macOS');
  // Exactly what the plain CLI prints for the same data folder.
  const plain = plainCli(['list', '--json', '--data-dir', data]);
  assert.equal(plain.status, 0, plain.stderr);
  assert.deepEqual(JSON.parse(r.stdout), JSON.parse(plain.stdout));
  assert.deepEqual(JSON.parse(r.stdout), []);
});

test('`certdesk --version`, a usage error and `renew --quiet` behave as the CLI does', () => {
  const data = mkdtempSync(path.join(os.tmpdir(), 'certdesk-clibundle-data-'));
  const v = startApp(['--version']);
  assert.equal(v.status, 0);
  assert.match(v.stdout, /^certdesk \d+\.\d+\.\d+\n$/);
  const bad = startApp(['show', 'nothing.example', '--data-dir', data]);
  assert.equal(bad.status, 2, bad.stderr);
  assert.match(bad.stderr, /There is no certificate with the ID or name "nothing.example"/);
  assert.equal(bad.report?.windows, 0);
  const quiet = startApp(['renew', '--quiet', '--data-dir', data]);
  assert.equal(quiet.status, 0, quiet.stderr);
  assert.equal(quiet.stdout, '');
  assert.equal(quiet.stderr, '');
});

test('no command (or only the login item switch): the desktop app starts, not the CLI', () => {
  for (const argv of [[], ['--hidden'], ['--no-sandbox']]) {
    const r = startApp(argv);
    assert.equal(r.report?.desktop, true, `${JSON.stringify(argv)}: ${r.stderr}`);
    assert.equal(r.report.windows, argv[0] === '--hidden' ? 0 : 1);
    assert.equal(r.report.trays, 1);
    assert.ok(r.report.calls.includes('requestSingleInstanceLock'));
    assert.equal(r.stdout, '', 'no CLI output');
  }
});
