// The one window factory and the guards every web contents gets (DESIGN.md convention 2; Electron
// security checklist items 2-4, 6, 9, 10, 12-16). Electron is injected so the options are unit-tested
// in plain Node (test/unit/app/window.test.ts).
import type { BrowserWindowConstructorOptions } from 'electron';
import { APP_ENTRY_URL, isAppUrl, isSafeExternalUrl, withSecurityHeaders } from './csp.ts';
import { DEFAULT_WINDOW_SIZE } from './window-place.ts';

export interface ShellLike {
  openExternal(url: string): Promise<void>;
}

/** A navigation event: Electron 45 gives the target as `details.url`, older ones as the 2nd argument. */
export type NavigationListener = (
  e: { preventDefault(): void; url?: string },
  url?: string,
) => void;

/**
 * The parts of Electron's WebContents the guards use. One overload per event, as electron.d.ts
 * declares them, so test/types/electron-ports.ts catches a renamed or removed event (issue 23).
 */
export interface GuardedContents {
  on(event: 'will-navigate', cb: NavigationListener): unknown;
  on(event: 'will-redirect', cb: NavigationListener): unknown;
  on(event: 'will-frame-navigate', cb: NavigationListener): unknown;
  on(event: 'will-attach-webview', cb: (e: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(
    handler: (details: { url: string }) => { action: 'deny' } | { action: 'allow' },
  ): void;
}

export type GuardLog = (msg: string, fields?: Record<string, unknown>) => void;

/** Navigation target of a will-navigate/will-redirect event across Electron versions. */
function targetOf(e: { url?: string }, url?: string): string {
  return url ?? e.url ?? '';
}

/**
 * Navigation stays inside the app origin; new windows are never created; https links are handed to
 * the user's browser (after the allow-check), anything else is dropped; <webview> never attaches.
 */
export function guardWebContents(
  contents: GuardedContents,
  shell: ShellLike,
  log: GuardLog = () => {},
): void {
  const refuse = (kind: string) => (e: { preventDefault(): void; url?: string }, url?: string) => {
    const target = targetOf(e, url);
    if (isAppUrl(target)) return;
    e.preventDefault();
    log(`blocked ${kind}`, { url: redactUrl(target) });
  };
  contents.on('will-navigate', refuse('navigation'));
  contents.on('will-redirect', refuse('redirect'));
  contents.on('will-frame-navigate', refuse('frame navigation'));
  contents.on('will-attach-webview', (e) => {
    e.preventDefault();
    log('blocked webview');
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) {
      shell.openExternal(url).catch(() => {});
    } else {
      log('blocked window.open', { url: redactUrl(url) });
    }
    return { action: 'deny' };
  });
}

/** Only scheme and host reach the log: a query string could carry a token. */
function redactUrl(raw: string): string {
  try {
    const u = new URL(raw);
    return `${u.protocol}//${u.host}`;
  } catch {
    return '(unparseable)';
  }
}

export interface SessionLike {
  setPermissionRequestHandler(
    h:
      | ((
          wc: unknown,
          permission: string,
          cb: (granted: boolean) => void,
          details?: unknown,
        ) => void)
      | null,
  ): void;
  setPermissionCheckHandler(
    h: ((wc: unknown, permission: string, origin?: string, details?: unknown) => boolean) | null,
  ): void;
  setDevicePermissionHandler?(h: (details: unknown) => boolean): void;
  on(event: 'will-download', cb: (e: { preventDefault(): void }) => void): unknown;
  webRequest: {
    onHeadersReceived(
      listener: (
        details: { url: string; responseHeaders?: Record<string, string[] | string> },
        cb: (r: { responseHeaders: Record<string, string[]> }) => void,
      ) => void,
    ): void;
  };
}

/**
 * Session policy (checklist items 5 and 7): every permission request and check is refused
 * (Certdesk needs no camera, notifications-from-web, geolocation, ...: desktop notifications
 * come from the main process), downloads are refused, and the CSP rides on every response.
 */
export function hardenSession(session: SessionLike): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler?.(() => false);
  session.on('will-download', (e) => e.preventDefault());
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withSecurityHeaders(details.url, details.responseHeaders) });
  });
}

export type MainWindowOptions = {
  preload: string;
  icon?: string;
  show?: boolean;
  bounds?: { width: number; height: number; x?: number; y?: number };
  title?: string;
  /** The saved language (desktop-prefs.ts), so the first paint is already in it. */
  language?: string;
  /** DevTools only in development (app.isPackaged false): a packaged build has no console to poke at. */
  devTools?: boolean;
};

/** Size and chrome of the main window (no security settings here: those are spelled out in createMainWindow). */
export function windowGeometry(opts: MainWindowOptions): BrowserWindowConstructorOptions {
  return {
    width: opts.bounds?.width ?? DEFAULT_WINDOW_SIZE.width,
    height: opts.bounds?.height ?? DEFAULT_WINDOW_SIZE.height,
    ...(opts.bounds?.x !== undefined && opts.bounds?.y !== undefined
      ? { x: opts.bounds.x, y: opts.bounds.y }
      : {}),
    minWidth: 720,
    minHeight: 520,
    title: opts.title ?? 'Certdesk',
    show: false,
    backgroundColor: '#f7faf9',
    autoHideMenuBar: true,
    ...(opts.icon ? { icon: opts.icon } : {}),
  };
}

/**
 * The entry page. A saved language rides along as ?lang= (src-renderer/main.tsx reads it), so the
 * window opens in it instead of the computer's language until the app state arrives.
 */
export const entryUrl = (language?: string): string =>
  language ? `${APP_ENTRY_URL}?lang=${encodeURIComponent(language)}` : APP_ENTRY_URL;

/** What the factory needs of a BrowserWindow instance. */
export interface WindowLike {
  webContents: GuardedContents & { loadURL?(url: string): Promise<void> };
  loadURL(url: string): Promise<void>;
  once(event: 'ready-to-show', cb: () => void): unknown;
  show(): void;
}

export type BrowserWindowCtor<W extends WindowLike> = new (
  options: BrowserWindowConstructorOptions,
) => W;

/**
 * The one window factory: secure options, guards attached before anything loads, then the app
 * entry from app://certdesk/. Shown when painted (no white flash) unless started hidden (login item).
 */
export function createMainWindow<W extends WindowLike>(
  deps: { BrowserWindow: BrowserWindowCtor<W>; shell: ShellLike; log?: GuardLog },
  opts: MainWindowOptions,
): W {
  const { BrowserWindow } = deps;
  // Every flag is the safe value spelled out, even where it is Electron's default, so a default
  // changing upstream cannot loosen it, and written literally here so electronegativity checks it.
  const win = new BrowserWindow({
    ...windowGeometry(opts),
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Middle-click on a link would otherwise try to open a window (denied anyway; one path fewer).
      disableBlinkFeatures: 'Auxclick',
      devTools: opts.devTools ?? false,
      preload: opts.preload,
    },
  });
  guardWebContents(win.webContents, deps.shell, deps.log);
  if (opts.show !== false) win.once('ready-to-show', () => win.show());
  void win
    .loadURL(entryUrl(opts.language))
    .catch((e: unknown) => deps.log?.('window failed to load', { error: String(e) }));
  return win;
}
