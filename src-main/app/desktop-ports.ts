// The ports through which the desktop face uses Electron: only what the glue calls, one overload
// per event as electron.d.ts declares it. main.ts assigns the real modules to ElectronLike with
// no cast, and test/types/electron-ports.ts checks each port against Electron 45's declarations,
// so an Electron upgrade that renames an event or changes a signature fails `tsc` (issue 23).
// test/unit/app/fake-electron.ts satisfies the same ports, so the stand-in cannot drift either.
import type { CommandDialogLike } from './command-dialog.ts';
import type { LoginItemApp } from './login-item.ts';
import type { NotificationCtor } from './notifications.ts';
import type { PowerMonitorLike } from './power.ts';
import type { ProtocolLike } from './protocol.ts';
import type { FocusableWindow, SingleInstanceApp } from './single-instance.ts';
import type { TrayElectron, TrayImage } from './tray.ts';
import type { ScreenLike } from './window-place.ts';
import type {
  BrowserWindowCtor,
  GuardedContents,
  SessionLike,
  ShellLike,
  WindowLike,
} from './window.ts';

/** What the desktop face needs of the renewal service (engine/renewal/service.ts RenewalService). */
export interface RenewalScheduler {
  start(): void;
  stop(): void | Promise<void>;
  kick(): void;
  pause(paused: boolean): void;
  onState(cb: (state: unknown) => void): void | (() => void);
}

/** An event whose default action a listener may cancel (Electron's Event). */
export type Preventable = { preventDefault(): void };

/** A window's outer rectangle (Electron's Rectangle), kept in the window preferences. */
export type Bounds = { x: number; y: number; width: number; height: number };

export type DesktopWindow = WindowLike &
  FocusableWindow & {
    webContents: GuardedContents & {
      id: number;
      isDestroyed(): boolean;
      getURL(): string;
      send(channel: string, payload: unknown): void;
    };
    on(event: 'close', cb: (e: Preventable) => void): unknown;
    on(event: 'closed', cb: () => void): unknown;
    hide(): void;
    getNormalBounds(): Bounds;
    isMaximized(): boolean;
    maximize(): void;
  };

/** The app module, as far as the desktop face uses it. */
export type DesktopApp = SingleInstanceApp &
  LoginItemApp & {
    enableSandbox(): void;
    whenReady(): Promise<unknown>;
    getPath(name: 'userData' | 'appData'): string;
    setPath(name: 'userData', value: string): void;
    getAppPath(): string;
    readonly isPackaged: boolean;
    setAppUserModelId(id: string): void;
    on(
      event: 'web-contents-created',
      cb: (e: Preventable, contents: GuardedContents) => void,
    ): unknown;
    on(event: 'window-all-closed', cb: () => void): unknown;
    on(event: 'before-quit', cb: (e: Preventable) => void): unknown;
    on(event: 'activate', cb: (e: Preventable, hasVisibleWindows: boolean) => void): unknown;
    quit(): void;
    exit(code?: number): void;
  };

/**
 * Electron's main-process modules as the desktop face sees them. W is the window class, I the
 * image and M the menu type (main.ts: BrowserWindow, NativeImage, Menu).
 */
export type ElectronLike<
  W extends DesktopWindow = DesktopWindow,
  I extends TrayImage = TrayImage,
  M = unknown,
> = {
  app: DesktopApp;
  BrowserWindow: BrowserWindowCtor<W>;
  protocol: ProtocolLike;
  session: { defaultSession: SessionLike };
  shell: ShellLike;
  Notification: NotificationCtor;
  powerMonitor: PowerMonitorLike;
  screen: ScreenLike;
  dialog: { showErrorBox(title: string, content: string): void } & CommandDialogLike<W>;
} & TrayElectron<I, M>;
