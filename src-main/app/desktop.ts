// The desktop app's lifecycle: one instance, a hardened session and window, the engine on the
// userData folder, the renewal scheduler running with the window closed, the tray, notifications,
// power events, and a clean quit. Electron and the contract are injected (main.ts passes the real
// ones), so this file is exercised in plain Node by test/unit/app/desktop.test.ts.
// The tray's wiring is desktop-tray.ts.
import { announceDataNotices } from './data-notice-alert.ts';
import { nativeCommandConfirm } from './command-dialog.ts';
import type { CommandApprovalRequest } from '../engine/command-approval.ts';
import path from 'node:path';
import type { Engine } from '../engine/engine.ts';
import type { Clock, Logger } from '../engine/ports.ts';
import { systemClock } from '../engine/ports.ts';
import { toErrorShape } from '../shared/errors.ts';
import type { Dispatch } from './ipc-core.ts';
import { createEventSender } from './ipc-core.ts';
import { EVENTS_CHANNEL } from './events-channel.ts';
import { registerAppScheme, serveRenderer } from './protocol.ts';
import { createMainWindow, guardWebContents, hardenSession } from './window.ts';
import { acquireSingleInstance, revealWindow } from './single-instance.ts';
import { createLoginItem, type LoginItem } from './login-item.ts';
import { createDesktopNotifier, type DesktopNotifier } from './notifications.ts';
import type { TrayImage } from './tray.ts';
import { startDesktopTray } from './desktop-tray.ts';
import { watchPower } from './power.ts';
import { placeWindow } from './window-place.ts';
import { mainLanguage, mainT } from '../shared/main-i18n.ts';
import type { DesktopWindow, ElectronLike, RenewalScheduler } from './desktop-ports.ts';
import { keepLanguage, memoryPrefs, type DesktopPrefs } from './desktop-prefs.ts';

export type { DesktopWindow, ElectronLike, RenewalScheduler, DesktopApp } from './desktop-ports.ts';

/** What the desktop face gives the runtime builder (api/runtime.ts, wired in main.ts). */
export type DesktopContext = {
  dataDir: string;
  logger: Logger;
  emit: (event: unknown) => void;
  loginItem: LoginItem;
  notifier: DesktopNotifier;
  /** The native "Allow this command?" dialog (issue 20), for HandlerDeps.confirmCommand. */
  confirmCommand: (request: CommandApprovalRequest) => Promise<boolean>;
  /** The app's own preferences (window, last export folder, language): desktop-prefs.ts. */
  prefs: DesktopPrefs;
};

/** What the desktop face needs of the runtime: the engine's services, the handlers, the scheduler. */
export type DesktopRuntime = {
  engine: Engine;
  dispatch: Dispatch;
  scheduler: RenewalScheduler;
};

export type DesktopDeps = {
  channels: readonly string[];
  registerIpc: (opts: {
    channels: readonly string[];
    dispatch: Dispatch;
    isOurContents?: (id: number) => boolean;
    onRefused?: (channel: string) => void;
  }) => () => void;
  /** Opens the engine, the renewal service and the handlers (main.ts: api/runtime.ts openRuntime). */
  openRuntime: (ctx: DesktopContext) => Promise<DesktopRuntime>;
  createLogger: (dataDir: string) => Logger;
  /** main.ts: electron-store in the data folder; tests: memoryPrefs. None given: memoryPrefs. */
  openPrefs?: (dataDir: string, log: Logger) => DesktopPrefs;
  /** The event that tells the renderer to show one certificate (clicked notification). */
  openCertificateEvent?: (id: string) => unknown;
  argv?: readonly string[];
  env?: Record<string, string | undefined>;
  platform?: NodeJS.Platform;
  clock?: Clock;
};

export type DesktopHandle = { ready: Promise<'running' | 'second-instance' | 'failed'> };

export function startDesktop<W extends DesktopWindow, I extends TrayImage, M>(
  e: ElectronLike<W, I, M>,
  deps: DesktopDeps,
): DesktopHandle {
  const platform = deps.platform ?? process.platform;
  const clock = deps.clock ?? systemClock;
  // Checklist item 4: every renderer sandboxed, whatever a window's options say. Before ready.
  e.app.enableSandbox();
  registerAppScheme(e.protocol);
  // The CLI's data folder (src-main/cli/context.ts defaultDataDir): "Certdesk" under appData, or
  // CERTDESK_DATA_DIR. Set explicitly because `electron .` in a checkout would otherwise name the
  // folder after package.json's lowercase "name", and the app and the CLI would not share data.
  e.app.setPath(
    'userData',
    (deps.env ?? process.env).CERTDESK_DATA_DIR || path.join(e.app.getPath('appData'), 'Certdesk'),
  );
  let win: W | null = null;
  let showWindow: () => void = () => {};
  if (!acquireSingleInstance(e.app, () => showWindow()))
    return { ready: Promise.resolve('second-instance') };
  if (platform === 'win32') e.app.setAppUserModelId?.('dev.certdesk.app'); // notifications need it on Windows

  const loginItem = createLoginItem(e.app);
  const appPath = e.app.getAppPath();
  const assetsDir = unpacked(path.join(appPath, 'assets'));
  let log: Logger = { debug() {}, info() {}, warn() {}, error() {} };
  let quitting = false;
  let cleanedUp = false;
  let cleanup: () => Promise<void> = async () => {};

  // Guards on every web contents ever created (checklist 13, 14), before any window exists.
  e.app.on('web-contents-created', (_ev, wc) =>
    guardWebContents(wc, e.shell, (m, f) => log.warn(m, f)),
  );
  // Without a listener Electron quits when the last window is gone; with one, Certdesk stays in
  // the tray and renewals go on (issue 7). Closing is turned into hiding below, so this is for a
  // window destroyed another way (its renderer gone, the OS closing it).
  e.app.on('window-all-closed', () => {
    log.info('no window left: Certdesk stays in the tray');
  });
  e.app.on('before-quit', (ev) => {
    quitting = true;
    if (cleanedUp) return;
    ev.preventDefault();
    cleanup()
      .catch(() => {})
      .finally(() => {
        cleanedUp = true;
        e.app.quit();
      });
  });

  const ready = (async (): Promise<'running' | 'failed'> => {
    await e.app.whenReady();
    hardenSession(e.session.defaultSession);
    serveRenderer(e.protocol, path.join(appPath, 'dist', 'renderer'));
    const dataDir = e.app.getPath('userData');
    log = deps.createLogger(dataDir);
    const prefs = deps.openPrefs?.(dataDir, log) ?? memoryPrefs();
    const send = createEventSender(EVENTS_CHANNEL, () =>
      win && !win.isDestroyed() ? [win.webContents] : [],
    );
    // A changed setting (the language) also redraws the tray, once it exists; so does a changed
    // certificate: "Done", a renewal or a site check may start or end a wait for the person.
    let onSettingsChanged = () => {};
    let onCertChanged = () => {};
    const emit: typeof send = (ev) => {
      send(ev);
      const type = (ev as { type?: unknown } | null)?.type;
      if (type === 'settings-changed') onSettingsChanged();
      if (type === 'cert-changed' || type === 'cert-removed') onCertChanged();
    };
    const saved = prefs.get('window');
    const createWindow = (show: boolean): W => {
      const w = createMainWindow(
        { BrowserWindow: e.BrowserWindow, shell: e.shell, log: (m, f) => log.warn(m, f) },
        {
          preload: path.join(appPath, 'dist', 'main', 'preload.cjs'),
          icon: path.join(assetsDir, 'icon.png'),
          show,
          devTools: !e.app.isPackaged,
          language: prefs.get('language'), // the saved one: the first paint is in it
          // A saved place on no current screen (monitor unplugged) opens centred instead.
          ...(saved ? { bounds: placeWindow(saved.bounds, e.screen) } : {}),
        },
      );
      if (saved?.maximized) w.maximize();
      w.on('close', (ev) => {
        // Where the window was and how big, for the next start (desktop-prefs.ts).
        prefs.set('window', { bounds: w.getNormalBounds(), maximized: w.isMaximized() });
        if (quitting) return;
        ev.preventDefault(); // close to the tray
        w.hide();
      });
      w.on('closed', () => {
        if (win === w) win = null;
      });
      return w;
    };
    showWindow = () => {
      if (!win || win.isDestroyed()) win = createWindow(true);
      else revealWindow(win);
    };
    e.app.on('activate', () => showWindow()); // macOS: clicking the dock icon

    const notifier = createDesktopNotifier({
      Notification: e.Notification,
      icon: path.join(assetsDir, 'icon.png'),
      onOpen: (id) => {
        showWindow();
        if (id && deps.openCertificateEvent) emit(deps.openCertificateEvent(id));
      },
    });
    let runtime: DesktopRuntime;
    try {
      runtime = await deps.openRuntime({
        dataDir,
        logger: log,
        emit,
        loginItem,
        notifier,
        // A new or changed command is shown in a native dialog before it is stored (issue 20).
        confirmCommand: nativeCommandConfirm(e.dialog, () =>
          win && !win.isDestroyed() ? win : null,
        ),
        prefs,
      });
    } catch (err) {
      // store-too-new, store-locked, unreadable folder: say it in a sentence and stop.
      // In the language saved last time: known before the data folder is open.
      const t = mainT(mainLanguage(prefs.get('language'), deps.env ?? process.env));
      e.dialog.showErrorBox(t('app.cannotStart'), toErrorShape(err).message);
      cleanedUp = true;
      e.app.exit(1);
      return 'failed';
    }
    const { engine, scheduler } = runtime;
    // The engine's setting wins (the CLI may have changed it while the app was closed).
    const syncLanguage = () => keepLanguage(prefs, engine.settings.get().language);
    syncLanguage();
    // Issue 22: what opening the data folder restored, could not, or left to a newer version.
    announceDataNotices(
      engine.settings.storageNotices(),
      mainLanguage(engine.settings.get().language, deps.env ?? process.env),
      log,
      (n) => notifier.notify(n),
    );
    const unregister = deps.registerIpc({
      channels: deps.channels,
      dispatch: runtime.dispatch,
      isOurContents: (id) => win !== null && !win.isDestroyed() && win.webContents.id === id,
      onRefused: (channel) =>
        log.warn('ipc refused: sender is not the Certdesk window', { channel }),
    });

    const paused = engine.settings.renewalsPaused();
    const tray = startDesktopTray(e, {
      runtime,
      paused,
      assetsDir,
      platform,
      clock,
      env: deps.env ?? process.env,
      log,
      showWindow: () => showWindow(),
    });
    onSettingsChanged = () => {
      tray.refresh();
      syncLanguage();
    };
    onCertChanged = () => tray.changed();
    const unwatchPower = watchPower(e.powerMonitor, scheduler);

    if (paused) scheduler.pause(true);
    scheduler.start();
    const startedAtLogin = loginItem.startedAtLogin(deps.argv ?? process.argv);
    if (!startedAtLogin) win = createWindow(true);

    cleanup = async () => {
      tray.stopRefresh();
      unwatchPower();
      await scheduler.stop();
      await tray.settle(); // settings being written reach the disk
      unregister();
      tray.destroy();
      log.info('quit');
    };
    log.info('desktop started', { hidden: startedAtLogin, paused });
    return 'running';
  })();
  return { ready };
}

/**
 * Files the OS reads itself (notification and tray icons) must come from app.asar.unpacked
 * (electron-builder.yml asarUnpack), not from inside the archive.
 */
export function unpacked(p: string): string {
  return p.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
}
