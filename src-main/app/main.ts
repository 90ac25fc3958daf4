// Entry of the Electron main process (bundled to dist/main/app.cjs by scripts/build.ts, CommonJS,
// electron external). Thin on purpose: it hands the real electron modules, the real contract and
// the one runtime builder (api/runtime.ts) to startDesktop (desktop.ts), which is what the unit
// tests drive with a fake electron.
import {
  app,
  BrowserWindow,
  Menu,
  Notification,
  Tray,
  clipboard,
  dialog,
  nativeImage,
  powerMonitor,
  protocol,
  screen,
  session,
  shell,
  type NativeImage,
} from 'electron';
import Store from 'electron-store';
import { createFileLogger } from '../storage/file-logger.ts';
import { CHANNELS } from '../shared/contract.ts';
import { registerContractIpc } from './ipc.ts';
import { startDesktop, type ElectronLike } from './desktop.ts';
import { desktopRuntimeOpener, testCaFromEnv, testTimerFromEnv } from './desktop-runtime.ts';
import {
  memoryPrefs,
  PREFS_NAME,
  PREFS_SCHEMA,
  type DesktopPrefs,
  type DesktopPrefValues,
} from './desktop-prefs.ts';
import { runCli } from '../cli/main.ts';
import { cliArgsFrom } from './cli-args.ts';
import { runHeadlessCli } from './headless-cli.ts';
import { installCommandLineTool, macAppMenu } from './mac-cli-menu.ts';
import { realTimer } from '../engine/schedule/index.ts';

// No cast: the real modules must fit the glue's ports at compile time (issue 23), so a change in
// Electron's declarations that breaks the glue fails `tsc` here and in test/types/.
const electron: ElectronLike<BrowserWindow, NativeImage, Menu> = {
  app,
  BrowserWindow,
  Menu,
  Notification,
  Tray,
  dialog,
  nativeImage,
  powerMonitor,
  protocol,
  // Read only after ready (window placement), as Electron requires of this module.
  screen,
  session,
  shell,
};

/** electron-store in the data folder; a damaged file is left as it is and the defaults are used. */
function openPrefs(dataDir: string, log: { warn(m: string, f?: object): void }): DesktopPrefs {
  try {
    return new Store<DesktopPrefValues>({ cwd: dataDir, name: PREFS_NAME, schema: PREFS_SCHEMA });
  } catch (err) {
    log.warn('desktop preferences unreadable; defaults used', { error: String(err) });
    return memoryPrefs();
  }
}

// `certdesk list`: the executable is also the CLI (issue 19). Decided before anything else runs.
const cliArgs = cliArgsFrom(process.argv, { defaultApp: !!process.defaultApp });
if (cliArgs) void runHeadlessCli(app, cliArgs, runCli);
else
  startDesktop(electron, {
    channels: CHANNELS,
    registerIpc: registerContractIpc,
    createLogger: (dataDir) => createFileLogger(dataDir),
    openPrefs,
    openRuntime: desktopRuntimeOpener({
      // The system folder picker for exports and backups, where the person last chose one.
      chooseFolder: async (defaultPath) => {
        const r = await dialog.showOpenDialog({
          properties: ['openDirectory', 'createDirectory'],
          ...(defaultPath ? { defaultPath } : {}),
        });
        return r.canceled || r.filePaths.length === 0 ? null : r.filePaths[0];
      },
      copyToClipboard: (text) => clipboard.writeText(text),
      testCa: testCaFromEnv(process.env, app.isPackaged),
      // The one place the desktop app reaches this machine's own timer (Settings, issue 19); an
      // unpackaged app under the e2e suite uses the recording stand-in instead.
      timer: testTimerFromEnv(process.env, app.isPackaged) ?? realTimer(),
    }),
    openCertificateEvent: (id) => ({ type: 'open-certificate', id }),
  });

// macOS: "Install command-line tool" in the app menu links /usr/local/bin/certdesk (issue 19).
if (!cliArgs && process.platform === 'darwin')
  void app.whenReady().then(() => {
    const menu = macAppMenu(app.name, () => {
      void installCommandLineTool({ resourcesPath: process.resourcesPath }).then((r) =>
        dialog.showMessageBox({
          type: r.ok ? 'info' : 'warning',
          message: r.ok
            ? `The certdesk command is installed: ${r.link}. Open a new terminal and try "certdesk list".`
            : r.message,
        }),
      );
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(menu));
  });
