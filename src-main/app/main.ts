// Entry of the Electron main process (bundled to dist/main/app.cjs by scripts/build.ts, CommonJS,
// electron external). Thin on purpose: it hands the real electron modules and the real contract
// to startDesktop (desktop.ts), which is what the unit tests drive with a fake electron.
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
import { Engine } from '../engine/engine.ts';
import { createFileLogger } from '../storage/file-logger.ts';
import { CHANNELS } from '../shared/contract.ts';
import { createHandlers, dispatch } from './handlers/index.ts';
import { registerContractIpc } from './ipc.ts';
import { startDesktop, type ElectronLike } from './desktop.ts';
import {
  createRenewalService,
  describeSchedulerState,
  type RenewalService,
} from '../engine/renewal/service.ts';
import { desktopChannel } from '../engine/renewal/notifier.ts';

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

// The renewal service (scheduler + notifier), made by createScheduler below before the handlers.
let renewals: RenewalService | null = null;

startDesktop(electron, {
  channels: CHANNELS,
  registerIpc: registerContractIpc,
  openEngine: ({ dataDir, logger }) => Engine.open({ dataDir, app: 'Certdesk desktop', logger }),
  createLogger: (dataDir) => createFileLogger(dataDir),
  createDispatch: ({ engine, emit, loginItem, scheduler, confirmCommand }) => {
    const handlers = createHandlers({
      engine,
      emit,
      // A new or changed command is shown in a native dialog before it is stored (issue 20).
      confirmCommand,
      // Launch at login: off by default, offered by the UI after the first certificate (issue 7).
      getLaunchAtLogin: () => loginItem.get(),
      setLaunchAtLogin: async (on: boolean) => {
        loginItem.set(on);
        await engine.store.update((d) => {
          d.settings.launchAtLogin = on;
        });
      },
      kickScheduler: () => scheduler.kick(),
      schedulerState: () => (renewals ? describeSchedulerState(renewals.state()) : null),
      notifyTest: (channel) =>
        renewals
          ? renewals.testChannel(channel)
          : Promise.resolve({ sent: false, detail: 'Renewals are not running yet.' }),
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
  // Renewals run here, in the main process, with the window closed; notices go to the OS and to
  // e-mail/webhook as configured; the UI hears of scheduler changes on the event channel.
  createScheduler: ({ engine, emit, notifier }) => {
    renewals = createRenewalService({
      engine,
      desktop: desktopChannel((d) => notifier.notify(d)),
      onState: (s) => emit({ type: 'scheduler', state: describeSchedulerState(s) }),
      onCertChanged: (id) => emit({ type: 'cert-changed', id }),
    });
    return renewals;
  },
  openCertificateEvent: (id) => ({ type: 'open-certificate', id }),
});
