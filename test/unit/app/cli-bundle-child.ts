// Child process of cli-bundle.test.ts: starts dist/main/app.cjs (as scripts/build.ts built it) the
// way Electron would start the packaged app, with `require('electron')` answered by the stand-in
// of fake-electron.ts. The Electron binary cannot be downloaded here: this is that stand-in, not
// Electron. argv comes as JSON in CERTDESK_TEST_ARGV; what the stand-in saw goes to
// CERTDESK_TEST_REPORT when the app exits.
import Module from 'node:module';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fakeElectron } from './fake-electron.ts';
import { installStandInElectron } from './load-bundle.ts';

const bundle = process.env.CERTDESK_TEST_BUNDLE!;
const report = process.env.CERTDESK_TEST_REPORT!;
const f = fakeElectron({ userData: path.join(process.env.CERTDESK_TEST_APPDATA!, 'Certdesk') });
const dockHidden: boolean[] = [];
Object.assign(f.app, { dock: { hide: () => dockHidden.push(true) } });
f.app.exit = (code = 0) => {
  writeFileSync(
    report,
    JSON.stringify({
      desktop: false,
      code,
      windows: f.windows.length,
      trays: f.trays.length,
      calls: f.calls,
      dockHidden: dockHidden.length > 0,
    }),
  );
  process.exit(code);
};
installStandInElectron(f.electron);
// As the packaged app: argv[0] is the executable, then what the person typed.
process.argv = JSON.parse(process.env.CERTDESK_TEST_ARGV!) as string[];
Module.createRequire(bundle)(bundle);
// Chromium gets ready while the command runs: still no window may appear.
f.ready();
// The desktop app never exits by itself: once it is up (its tray is there, and its window unless
// started hidden at login), report and stop.
const hidden = process.argv.includes('--hidden');
setInterval(() => {
  if (f.trays.length === 0 || (!hidden && f.windows.length === 0)) return;
  writeFileSync(
    report,
    JSON.stringify({
      desktop: true,
      windows: f.windows.length,
      trays: f.trays.length,
      calls: f.calls,
    }),
  );
  process.exit(0);
}, 20).unref();
