// Entry of the Electron main process (bundled to dist/main/app.cjs by scripts/build.ts, CommonJS,
// electron external). Thin on purpose: it hands the real electron modules and the real contract
// to startDesktop (desktop.ts), which is what the unit tests drive with a fake electron.
import { app, BrowserWindow, Menu, Notification, Tray, clipboard, dialog, nativeImage, powerMonitor, protocol, session, shell } from 'electron';
import { Engine } from '../engine/engine.ts';
import { createFileLogger } from '../storage/file-logger.ts';
import { CHANNELS } from '../shared/contract.ts';
import { createHandlers, dispatch } from './handlers/index.ts';
import { registerContractIpc } from './ipc.ts';
import { startDesktop, type ElectronLike } from './desktop.ts';

const electron = { app, BrowserWindow, Menu, Notification, Tray, dialog, nativeImage, powerMonitor, protocol, session, shell } as unknown as ElectronLike;

startDesktop(electron, {
  channels: CHANNELS,
  registerIpc: registerContractIpc,
  openEngine: ({ dataDir, logger }) => Engine.open({ dataDir, app: 'Certdesk desktop', logger }),
  createLogger: (dataDir) => createFileLogger(dataDir),
  createDispatch: ({ engine, emit, loginItem, scheduler }) => {
    const handlers = createHandlers({
      engine,
      emit,
      // Launch at login: off by default, offered by the UI after the first certificate (issue 7).
      getLaunchAtLogin: () => loginItem.get(),
      setLaunchAtLogin: async (on: boolean) => {
        loginItem.set(on);
        await engine.store.update((d) => { d.settings.launchAtLogin = on; });
      },
      kickScheduler: () => scheduler.kick(),
      // The system folder picker for exports and backups.
      chooseFolder: async () => {
        const r = await dialog.showOpenDialog({ properties: ['openDirectory', 'createDirectory'] });
        return r.canceled || r.filePaths.length === 0 ? null : r.filePaths[0];
      },
      // How a private key reaches a control panel's paste field without the page ever seeing it (R8).
      copyToClipboard: (text: string) => clipboard.writeText(text),
    });
    // The sender was checked in ipc-core.ts before this runs.
    return (channel, input) => dispatch(handlers, channel, input, true);
  },
  // createScheduler: wired by the lead when src-main/engine/renewal lands (RenewalScheduler in desktop.ts).
  openCertificateEvent: (id) => ({ type: 'open-certificate', id }),
});
