// A fake of the Electron main-process APIs Certdesk uses, recording what it is asked to do.
// Electron's binary cannot run here; these tests assert the calls and options, never a real window.
import type { BrowserWindowConstructorOptions } from 'electron';
import path from 'node:path';

type Fn = (...args: never[]) => unknown;

export class Emitter {
  listeners = new Map<string, Fn[]>();
  on(event: string, cb: Fn) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), cb]);
    return this;
  }
  once(event: string, cb: Fn) {
    return this.on(event, cb);
  }
  removeListener(event: string, cb: Fn) {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((l) => l !== cb),
    );
    return this;
  }
  emit(event: string, ...args: unknown[]) {
    for (const l of this.listeners.get(event) ?? []) (l as (...a: unknown[]) => unknown)(...args);
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
    constructor(options: BrowserWindowConstructorOptions) {
      super();
      this.options = options;
      windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    loadURL(url: string) {
      this.webContents.url = url;
      calls.push(`loadURL ${url}`);
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
    /** What a user clicking the close button does. */
    userClose() {
      let prevented = false;
      this.emit('close', {
        preventDefault: () => {
          prevented = true;
        },
      });
      if (!prevented) {
        this.destroyed = true;
        this.webContents.destroyed = true;
        this.emit('closed');
      }
      return prevented;
    }
  }

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
    /** Like Electron: emits before-quit; quits unless a listener prevents it. */
    quit() {
      app.quitCalls += 1;
      let prevented = false;
      app.emit('before-quit', {
        preventDefault: () => {
          prevented = true;
        },
      });
      if (!prevented) {
        calls.push('quit');
        for (const w of windows) if (!w.destroyed) w.userClose();
      }
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
    registerSchemesAsPrivileged(s: unknown[]) {
      calls.push('registerSchemesAsPrivileged');
      protocol.schemes.push(...s);
    },
    handle(scheme: string, h: (r: Request) => Promise<Response> | Response) {
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
    click(label: string, checked = false) {
      const item = this.menu.find((m) => m.label === label);
      if (!item?.click) throw new Error(`no menu item ${label}`);
      item.click({ checked });
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
  type Handler = (event: unknown, ...args: unknown[]) => Promise<unknown>;
  const ipcMain = {
    handlers: new Map<string, Handler>(),
    handle(channel: string, h: Handler) {
      if (ipcMain.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      ipcMain.handlers.set(channel, h);
    },
    removeHandler(channel: string) {
      ipcMain.handlers.delete(channel);
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
    ipcMain,
    BrowserWindow: FakeWindow,
    Tray: FakeTray,
    Menu: { buildFromTemplate: (t: unknown) => t },
    nativeImage: { createFromPath: (p: string) => ({ path: p, setTemplateImage() {} }) },
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
      /** Like Electron's: resolves when the person clicks; here when the test calls answer(). */
      showMessageBox: (window: unknown, options: { buttons: string[]; detail?: string }) =>
        new Promise<{ response: number }>((resolve) => {
          messageBoxes.push({ window, options, answer: (response) => resolve({ response }) });
        }),
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
    app,
    ipcMain,
    ready: () => {
      ready();
    },
  };
}
