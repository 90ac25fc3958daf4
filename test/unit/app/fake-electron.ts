// A stand-in for the Electron main-process APIs Certdesk uses, recording what it is asked to do.
// Electron's binary cannot run here; these tests assert the calls and options, never a real window.
// It follows Electron's documentation where the app depends on a behaviour: the table in
// test/unit/app/STAND-IN.md says, per API, what the docs say and where this file does it. It
// satisfies the same ports (src-main/app/desktop-ports.ts) that the real modules satisfy in main.ts.
import type { BrowserWindowConstructorOptions } from 'electron';
import path from 'node:path';
import type { InvokeEventLike } from '../../../src-main/app/ipc-core.ts';

type Fn = (...args: never[]) => unknown;

export class Emitter {
  listeners = new Map<string, Fn[]>();
  on(event: string, cb: Fn) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), cb]);
    return this;
  }
  /** Like Node's EventEmitter (which Electron's emitters are): the listener runs once, then goes. */
  once(event: string, cb: Fn) {
    const wrapper = ((...args: never[]) => {
      this.removeListener(event, wrapper);
      return cb(...args);
    }) as Fn;
    return this.on(event, wrapper);
  }
  removeListener(event: string, cb: Fn) {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((l) => l !== cb),
    );
    return this;
  }
  emit(event: string, ...args: unknown[]) {
    // A copy: a `once` listener removes itself while the list is being walked.
    for (const l of [...(this.listeners.get(event) ?? [])])
      (l as (...a: unknown[]) => unknown)(...args);
  }
  count(event: string) {
    return this.listeners.get(event)?.length ?? 0;
  }
}

/** `userData` is where the app should end up: appData is its parent, and it must be named Certdesk. */
export function fakeElectron(opts: {
  lock?: boolean;
  userData: string;
  appPath?: string;
  loginSettings?: { openAtLogin: boolean; wasOpenedAtLogin?: boolean };
}) {
  const calls: string[] = [];
  const windows: FakeWindow[] = [];
  let ready: () => void = () => {};
  let isReady = false;
  const whenReady = new Promise<void>((r) => {
    ready = r;
  });
  let nextId = 1;

  class FakeContents extends Emitter {
    id = nextId++;
    url = '';
    destroyed = false;
    sent: [string, unknown][] = [];
    openHandler: unknown = null;
    setWindowOpenHandler(h: unknown) {
      this.openHandler = h;
    }
    isDestroyed() {
      return this.destroyed;
    }
    getURL() {
      return this.url;
    }
    send(channel: string, payload: unknown) {
      this.sent.push([channel, payload]);
    }
  }
  class FakeWindow extends Emitter {
    options: BrowserWindowConstructorOptions;
    webContents = new FakeContents();
    visible = false;
    destroyed = false;
    minimized = false;
    maximized = false;
    constructor(options: BrowserWindowConstructorOptions) {
      super();
      this.options = options;
      windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    painted = false;
    loadURL(url: string) {
      this.webContents.url = url;
      calls.push(`loadURL ${url}`);
      // "Emitted when the web page has been rendered (while not being shown) and window can be
      // displayed without a visual flash" (BrowserWindow docs): once, after the page loads.
      setImmediate(() => {
        if (this.painted || this.destroyed) return;
        this.painted = true;
        if (!this.visible) this.emit('ready-to-show');
      });
      return Promise.resolve();
    }
    show() {
      this.visible = true;
    }
    hide() {
      this.visible = false;
    }
    focus() {
      calls.push('focus');
    }
    restore() {
      this.minimized = false;
    }
    isMinimized() {
      return this.minimized;
    }
    isDestroyed() {
      return this.destroyed;
    }
    getNormalBounds() {
      const o = this.options;
      return { x: o.x ?? 100, y: o.y ?? 80, width: o.width ?? 800, height: o.height ?? 600 };
    }
    isMaximized() {
      return this.maximized;
    }
    maximize() {
      this.maximized = true;
    }
    /** What a user clicking the close button does: 'close' (preventable), then 'closed'. */
    userClose() {
      let prevented = false;
      this.emit('close', {
        preventDefault: () => {
          prevented = true;
        },
      });
      if (!prevented) this.gone();
      return prevented;
    }
    /** Electron's win.destroy() (or the renderer gone): no 'close' event, 'closed' guaranteed. */
    destroy() {
      this.gone();
    }
    private gone() {
      this.destroyed = true;
      this.webContents.destroyed = true;
      this.emit('closed');
      // "Emitted when all windows have been closed. If you do not subscribe to this event and
      // all windows are closed, the default behavior is to quit the app" (app docs); not emitted
      // while quitting (app.quit closes the windows itself).
      if (!quitting && windows.every((w) => w.destroyed)) {
        if (app.count('window-all-closed') > 0) app.emit('window-all-closed');
        else app.quit();
      }
    }
  }
  let quitting = false;

  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    quitCalls: 0,
    exitCode: null as number | null,
    loginSettings: opts.loginSettings ?? { openAtLogin: false },
    enableSandbox() {
      calls.push('enableSandbox');
    },
    whenReady() {
      return whenReady;
    },
    paths: {
      appData: path.dirname(opts.userData),
      userData: path.join(path.dirname(opts.userData), 'certdesk'),
    } as Record<string, string>,
    getPath(name: string) {
      const p = app.paths[name];
      if (!p) throw new Error(name);
      return p;
    },
    setPath(name: string, value: string) {
      calls.push(`setPath ${name}`);
      app.paths[name] = value;
    },
    getVersion() {
      return '0.0.0-stand-in';
    },
    getAppPath() {
      return opts.appPath ?? '/opt/Certdesk/resources/app.asar';
    },
    setAppUserModelId(id: string) {
      calls.push(`appUserModelId ${id}`);
    },
    requestSingleInstanceLock() {
      calls.push('requestSingleInstanceLock');
      return opts.lock ?? true;
    },
    setLoginItemSettings(s: { openAtLogin: boolean }) {
      app.loginSettings = { ...app.loginSettings, openAtLogin: s.openAtLogin };
    },
    getLoginItemSettings() {
      return app.loginSettings;
    },
    /**
     * Like Electron's app.quit(): 'before-quit' (preventable), then every window is closed (a
     * window whose 'close' is prevented cancels the quit), then 'will-quit' (preventable), 'quit'.
     */
    quit() {
      app.quitCalls += 1;
      const preventable = () => {
        const e = { prevented: false, preventDefault: () => void (e.prevented = true) };
        return e;
      };
      const before = preventable();
      app.emit('before-quit', before);
      if (before.prevented) return;
      quitting = true;
      for (const w of windows)
        if (!w.destroyed && w.userClose()) {
          quitting = false;
          return;
        }
      const will = preventable();
      app.emit('will-quit', will);
      if (will.prevented) {
        quitting = false;
        return;
      }
      calls.push('quit');
      app.emit('quit', {}, 0);
    },
    exit(code = 0) {
      app.exitCode = code;
      calls.push(`exit ${code}`);
    },
  });

  type PermissionRequest = null | ((wc: unknown, p: string, cb: (g: boolean) => void) => void);
  type PermissionCheck = null | ((wc: unknown, p: string) => boolean);
  const session = {
    permissionRequest: null as PermissionRequest,
    permissionCheck: null as PermissionCheck,
    headers: null as unknown,
    setPermissionRequestHandler(h: PermissionRequest) {
      session.permissionRequest = h;
    },
    setPermissionCheckHandler(h: PermissionCheck) {
      session.permissionCheck = h;
    },
    setDevicePermissionHandler() {},
    on() {},
    webRequest: {
      onHeadersReceived(l: unknown) {
        session.headers = l;
      },
    },
  };
  const protocol = {
    schemes: [] as unknown[],
    handlers: new Map<string, (r: Request) => Promise<Response> | Response>(),
    /** "Can only be used before the ready event of the app module gets emitted" (protocol docs). */
    registerSchemesAsPrivileged(s: unknown[]) {
      if (isReady) throw new Error('registerSchemesAsPrivileged after ready');
      calls.push('registerSchemesAsPrivileged');
      protocol.schemes.push(...s);
    },
    /** Electron refuses a second handler for a scheme ("Failed to register protocol"). */
    handle(scheme: string, h: (r: Request) => Promise<Response> | Response) {
      if (protocol.handlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
      calls.push(`protocol.handle ${scheme}`);
      protocol.handlers.set(scheme, h);
    },
  };
  const trays: FakeTray[] = [];
  class FakeTray extends Emitter {
    image: unknown;
    tooltip = '';
    menu: {
      label?: string;
      type?: string;
      click?: (i: { checked: boolean }) => void;
      checked?: boolean;
    }[] = [];
    destroyed = false;
    constructor(image: unknown) {
      super();
      this.image = image;
      trays.push(this);
    }
    setImage(i: unknown) {
      this.image = i;
    }
    setToolTip(t: string) {
      this.tooltip = t;
    }
    setContextMenu(m: unknown) {
      this.menu = m as FakeTray['menu'];
    }
    destroy() {
      this.destroyed = true;
    }
    /** A checkbox item is toggled before its click runs, as Electron's MenuItem does. */
    click(label: string, checked?: boolean) {
      const item = this.menu.find((m) => m.label === label);
      if (!item?.click) throw new Error(`no menu item ${label}`);
      if (item.type === 'checkbox') item.checked = checked ?? !item.checked;
      item.click({ checked: item.type === 'checkbox' ? !!item.checked : (checked ?? false) });
    }
  }
  const notifications: FakeNotification[] = [];
  class FakeNotification extends Emitter {
    static isSupported() {
      return true;
    }
    options: { title: string; body: string };
    shown = false;
    constructor(o: { title: string; body: string }) {
      super();
      this.options = o;
      notifications.push(this);
    }
    show() {
      this.shown = true;
    }
  }
  const powerMonitor = new Emitter();
  type Rect = { x: number; y: number; width: number; height: number };
  /**
   * "This module cannot be used until the ready event of the app module is emitted" (screen
   * docs): each call throws before ready. One 1920x1080 display unless the test sets others.
   */
  const screen = {
    displays: [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }] as { workArea: Rect }[],
    getAllDisplays() {
      if (!isReady) throw new Error('screen used before the app is ready');
      return screen.displays;
    },
    getPrimaryDisplay() {
      if (!isReady) throw new Error('screen used before the app is ready');
      return screen.displays[0];
    },
  };
  type Handler = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;
  const ipcMain = {
    handlers: new Map<string, Handler>(),
    handle(channel: string, h: Handler) {
      if (ipcMain.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      ipcMain.handlers.set(channel, h);
    },
    removeHandler(channel: string) {
      ipcMain.handlers.delete(channel);
    },
    /** ipcMain.on: electron-store registers one listener for renderers (never used here). */
    on(channel: string) {
      calls.push(`ipcMain.on ${channel}`);
    },
  };
  const errors: [string, string][] = [];
  const messageBoxes: {
    window: unknown;
    options: {
      buttons: string[];
      detail?: string;
      message?: string;
      defaultId?: number;
      cancelId?: number;
    };
    answer: (response: number) => void;
  }[] = [];
  const opened: string[] = [];
  const electron = {
    app,
    session: { defaultSession: session },
    protocol,
    powerMonitor,
    screen,
    ipcMain,
    BrowserWindow: FakeWindow,
    Tray: FakeTray,
    Menu: { buildFromTemplate: (t: unknown) => t },
    nativeImage: {
      createFromPath: (p: string) => ({ path: p, setTemplateImage(_on: boolean) {} }),
    },
    Notification: FakeNotification,
    shell: {
      openExternal: async (u: string) => {
        opened.push(u);
      },
    },
    dialog: {
      showErrorBox: (t: string, c: string) => {
        errors.push([t, c]);
      },
      /**
       * Like Electron's: (window, options) is modal to the window, (options) is not; resolves
       * when the person clicks, here when the test calls answer().
       */
      showMessageBox: (a: unknown, b?: { buttons: string[]; detail?: string }) => {
        const [window, options] = b ? [a, b] : [undefined, a as { buttons: string[] }];
        return new Promise<{ response: number }>((resolve) => {
          messageBoxes.push({ window, options, answer: (response) => resolve({ response }) });
        });
      },
    },
  };
  return {
    electron,
    calls,
    windows,
    trays,
    notifications,
    errors,
    messageBoxes,
    opened,
    session,
    protocol,
    powerMonitor,
    screen,
    app,
    ipcMain,
    /** Electron finished initialising: 'ready' is emitted and app.whenReady() resolves. */
    ready: () => {
      isReady = true;
      app.emit('ready', {}, {});
      ready();
    },
  };
}
