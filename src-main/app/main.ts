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
  session,
  shell,
} from 'electron';
import { createFileLogger } from '../storage/file-logger.ts';
import { CHANNELS } from '../shared/contract.ts';
import { openRuntime } from '../api/runtime.ts';
import { desktopChannel } from '../engine/renewal/notifier.ts';
import { registerContractIpc } from './ipc.ts';
import { startDesktop, type ElectronLike } from './desktop.ts';
import { runCli } from '../cli/main.ts';
import { cliArgsFrom } from './cli-args.ts';
import { runHeadlessCli } from './headless-cli.ts';
import { installCommandLineTool, macAppMenu } from './mac-cli-menu.ts';

const electron = {
  app,
  BrowserWindow,
  Menu,
  Notification,
  Tray,
  dialog,
  nativeImage,
  powerMonitor,
  protocol,
  session,
  shell,
} as unknown as ElectronLike;

// `certdesk list`: the executable is also the CLI (issue 19). Decided before anything else runs.
const cliArgs = cliArgsFrom(process.argv, { defaultApp: !!process.defaultApp });
if (cliArgs) void runHeadlessCli(app, cliArgs, runCli);
else
  startDesktop(electron, {
    channels: CHANNELS,
    registerIpc: registerContractIpc,
    createLogger: (dataDir) => createFileLogger(dataDir),
    // Renewals run here, in the main process, with the window closed; notices go to the OS and to
    // e-mail/webhook as configured; the UI hears of scheduler changes on the event channel.
    openRuntime: async ({ dataDir, logger, emit, loginItem, notifier, confirmCommand }) => {
      const runtime = await openRuntime({
        dataDir,
        logger,
        app: 'Certdesk desktop',
        face: 'app',
        renewals: true,
        desktop: desktopChannel((d) => notifier.notify(d)),
        onEvent: emit,
        capabilities: {
          // A new or changed command is shown in a native dialog before it is stored (issue 20).
          confirmCommand,
          // Launch at login: off by default, offered by the UI after the first certificate (issue 7).
          getLaunchAtLogin: () => loginItem.get(),
          setLaunchAtLogin: (on: boolean) => loginItem.set(on),
          // The system folder picker for exports and backups.
          chooseFolder: async () => {
            const r = await dialog.showOpenDialog({
              properties: ['openDirectory', 'createDirectory'],
            });
            return r.canceled || r.filePaths.length === 0 ? null : r.filePaths[0];
          },
          // How a private key reaches a control panel's paste field without the page ever seeing it (R8).
          copyToClipboard: (text: string) => clipboard.writeText(text),
        },
      });
      // The sender was checked in ipc-core.ts before a request reaches runtime.dispatch.
      return { engine: runtime.engine, dispatch: runtime.dispatch, scheduler: runtime.renewals! };
    },
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
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(menu as Parameters<typeof Menu.buildFromTemplate>[0]),
    );
  });
