// Type-level test (issue 23): `tsc -p tsconfig.json` (run by `npm test`) checks every port of the
// Electron glue against the installed electron package's electron.d.ts. Nothing here runs: an
// Electron upgrade that renames an event, removes a method or changes a signature the glue
// relies on makes this file (and src-main/app/main.ts) fail to compile.
//
// The @ts-expect-error lines are ports broken on purpose: if one of them ever compiles, the check
// has gone blind (a cast, an `any`, a catch-all overload) and tsc fails on the unused directive.
import type {
  App,
  BrowserWindow,
  Dialog,
  IpcMain,
  IpcMainInvokeEvent,
  Menu,
  MenuItemConstructorOptions,
  MessageBoxOptions,
  NativeImage,
  Notification,
  NotificationConstructorOptions,
  PowerMonitor,
  Protocol,
  Screen,
  Session,
  Shell,
  Tray,
  WebContents,
} from 'electron';
import type ElectronStore from 'electron-store';
import type { DesktopApp, DesktopWindow, ElectronLike } from '../../src-main/app/desktop-ports.ts';
import type { DesktopPrefs, DesktopPrefValues } from '../../src-main/app/desktop-prefs.ts';
import type { HeadlessApp } from '../../src-main/app/headless-cli.ts';
import type { EventTarget, InvokeEventLike, IpcMainLike } from '../../src-main/app/ipc-core.ts';
import type { LoginItemApp } from '../../src-main/app/login-item.ts';
import type { MessageBoxOptionsLike } from '../../src-main/app/command-dialog.ts';
import type { NotificationCtor } from '../../src-main/app/notifications.ts';
import type { PowerMonitorLike } from '../../src-main/app/power.ts';
import { APP_SCHEME_PRIVILEGES, type ProtocolLike } from '../../src-main/app/protocol.ts';
import type { FocusableWindow, SingleInstanceApp } from '../../src-main/app/single-instance.ts';
import type { TrayElectron, TrayLike, TrayMenuItem } from '../../src-main/app/tray.ts';
import type { GuardedContents, SessionLike, ShellLike } from '../../src-main/app/window.ts';
import type { ScreenLike } from '../../src-main/app/window-place.ts';
import type { macAppMenu } from '../../src-main/app/mac-cli-menu.ts';

/** Compiles only when A is assignable to B. */
type Fits<A extends B, B> = A;

// The whole Electron object of main.ts, and each port on its own (a clearer error when one breaks).
export type Whole = Fits<
  {
    app: App;
    BrowserWindow: typeof BrowserWindow;
    Menu: typeof Menu;
    Notification: typeof Notification;
    Tray: typeof Tray;
    dialog: Dialog;
    nativeImage: { createFromPath(path: string): NativeImage };
    powerMonitor: PowerMonitor;
    protocol: Protocol;
    screen: Screen;
    session: { defaultSession: Session };
    shell: Shell;
  },
  ElectronLike<BrowserWindow, NativeImage, Menu>
>;
export type Ports = [
  Fits<App, DesktopApp>,
  Fits<App, SingleInstanceApp>,
  Fits<App, LoginItemApp>,
  Fits<App, HeadlessApp>,
  Fits<BrowserWindow, DesktopWindow>,
  Fits<BrowserWindow, FocusableWindow>,
  Fits<WebContents, GuardedContents>,
  Fits<WebContents, EventTarget>,
  Fits<IpcMain, IpcMainLike>,
  Fits<IpcMainInvokeEvent, InvokeEventLike>,
  Fits<Session, SessionLike>,
  Fits<Shell, ShellLike>,
  Fits<Protocol, ProtocolLike>,
  Fits<PowerMonitor, PowerMonitorLike>,
  Fits<Screen, ScreenLike>,
  Fits<typeof Notification, NotificationCtor>,
  Fits<Tray, TrayLike<NativeImage, Menu>>,
  Fits<
    {
      Tray: typeof Tray;
      Menu: typeof Menu;
      nativeImage: { createFromPath(p: string): NativeImage };
    },
    TrayElectron<NativeImage, Menu>
  >,
  // What the glue hands Electron must be what Electron takes (checked as values, not methods).
  Fits<TrayMenuItem, MenuItemConstructorOptions>,
  Fits<ReturnType<typeof macAppMenu>[number], MenuItemConstructorOptions>,
  Fits<MessageBoxOptionsLike, MessageBoxOptions>,
  Fits<ConstructorParameters<NotificationCtor>[0], NotificationConstructorOptions>,
  Fits<
    { scheme: string; privileges: typeof APP_SCHEME_PRIVILEGES },
    Parameters<Protocol['registerSchemesAsPrivileged']>[0][number]
  >,
  // electron-store, the design's store for the desktop preferences (issue 16).
  Fits<ElectronStore<DesktopPrefValues>, DesktopPrefs>,
];

// Ports broken on purpose: each must fail against electron.d.ts.
type RenamedEvent = { on(event: 'windows-all-closed', cb: () => void): unknown };
type ChangedSignature = { requestSingleInstanceLock(): Promise<boolean> };
type MissingMethod = { getNormalBounds(): unknown; setNormalBounds(): void; hideForever(): void };
type RenamedScreenCall = { getDisplays(): { workArea: { x: number } }[] };
type RenamedWindowEvent = { once(event: 'ready-to-paint', cb: () => void): unknown };
export type Broken = [
  // @ts-expect-error: Electron has no 'windows-all-closed' event (it is 'window-all-closed')
  Fits<App, RenamedEvent>,
  // @ts-expect-error: requestSingleInstanceLock returns a boolean, not a promise
  Fits<App, ChangedSignature>,
  // @ts-expect-error: BrowserWindow has no hideForever()
  Fits<BrowserWindow, MissingMethod>,
  // @ts-expect-error: BrowserWindow's event is 'ready-to-show'
  Fits<BrowserWindow, RenamedWindowEvent>,
  // @ts-expect-error: screen's call is getAllDisplays(), not getDisplays()
  Fits<Screen, RenamedScreenCall>,
];
