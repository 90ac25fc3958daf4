// The window factory and the guards, with a fake electron: what Certdesk asks Electron for
// (checklist items 2-10, 13-15). Electron itself cannot run here; these assert the options passed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserWindowConstructorOptions } from 'electron';
import {
  createMainWindow,
  guardWebContents,
  hardenSession,
  type SessionLike,
} from '../../../src-main/app/window.ts';
import { APP_ENTRY_URL, CSP } from '../../../src-main/app/csp.ts';

type Listener = (...args: never[]) => unknown;

function fakeContents() {
  const listeners = new Map<string, Listener[]>();
  let openHandler: ((d: { url: string }) => { action: string }) | null = null;
  return {
    listeners,
    on(event: string, cb: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), cb]);
      return this;
    },
    setWindowOpenHandler(h: (d: { url: string }) => { action: 'deny' } | { action: 'allow' }) {
      openHandler = h;
    },
    get openHandler() {
      return openHandler;
    },
    emit(event: string, ...args: unknown[]) {
      for (const l of listeners.get(event) ?? []) (l as (...a: unknown[]) => unknown)(...args);
    },
  };
}

function fakeElectron() {
  const created: {
    options: BrowserWindowConstructorOptions;
    loaded: string[];
    shown: number;
    contents: ReturnType<typeof fakeContents>;
  }[] = [];
  const opened: string[] = [];
  class BrowserWindow {
    webContents = fakeContents();
    record: (typeof created)[number];
    readyCb: (() => void) | null = null;
    constructor(options: BrowserWindowConstructorOptions) {
      this.record = { options, loaded: [], shown: 0, contents: this.webContents };
      created.push(this.record);
    }
    loadURL(url: string) {
      this.record.loaded.push(url);
      return Promise.resolve();
    }
    once(event: string, cb: () => void) {
      if (event === 'ready-to-show') this.readyCb = cb;
      return this;
    }
    show() {
      this.record.shown += 1;
    }
  }
  const shell = {
    openExternal: async (url: string) => {
      opened.push(url);
    },
  };
  return { BrowserWindow, shell, created, opened };
}

const navEvent = (url: string) => {
  const e = {
    url,
    prevented: false,
    preventDefault() {
      e.prevented = true;
    },
  };
  return e;
};

test('the one window factory asks for every safe webPreferences flag', () => {
  const e = fakeElectron();
  createMainWindow(
    { BrowserWindow: e.BrowserWindow, shell: e.shell },
    { preload: '/app/dist/main/preload.cjs' },
  );
  assert.equal(e.created.length, 1);
  const wp = e.created[0].options.webPreferences!;
  assert.equal(wp.sandbox, true);
  assert.equal(wp.contextIsolation, true);
  assert.equal(wp.nodeIntegration, false);
  assert.equal(wp.nodeIntegrationInWorker, false);
  assert.equal(wp.nodeIntegrationInSubFrames, false);
  assert.equal(wp.webSecurity, true);
  assert.equal(wp.allowRunningInsecureContent, false);
  assert.equal(wp.experimentalFeatures, false);
  assert.equal(wp.webviewTag, false);
  assert.equal(wp.spellcheck, false);
  assert.equal(wp.navigateOnDragDrop, false);
  assert.equal(wp.enableBlinkFeatures, undefined);
  assert.equal(wp.disableBlinkFeatures, 'Auxclick');
  assert.equal(wp.devTools, false, 'no DevTools unless asked for (development only)');
  assert.equal(wp.preload, '/app/dist/main/preload.cjs');
  assert.equal(e.created[0].options.show, false, 'shown only when painted');
  // Nothing else sneaks in: the preferences are exactly the safe set plus preload and devTools.
  assert.deepEqual(Object.keys(wp).sort(), [
    'allowRunningInsecureContent',
    'contextIsolation',
    'devTools',
    'disableBlinkFeatures',
    'experimentalFeatures',
    'navigateOnDragDrop',
    'nodeIntegration',
    'nodeIntegrationInSubFrames',
    'nodeIntegrationInWorker',
    'preload',
    'safeDialogs',
    'sandbox',
    'spellcheck',
    'webSecurity',
    'webviewTag',
  ]);
});

test('the window loads the app origin, not file://, and guards are attached before loading', () => {
  const e = fakeElectron();
  const win = createMainWindow(
    { BrowserWindow: e.BrowserWindow, shell: e.shell },
    { preload: '/p.cjs' },
  );
  assert.deepEqual(e.created[0].loaded, [APP_ENTRY_URL]);
  assert.equal(APP_ENTRY_URL, 'app://certdesk/index.html');
  for (const ev of [
    'will-navigate',
    'will-redirect',
    'will-frame-navigate',
    'will-attach-webview',
  ]) {
    assert.equal(e.created[0].contents.listeners.get(ev)?.length, 1, ev);
  }
  assert.ok(e.created[0].contents.openHandler);
  win.readyCb?.();
  assert.equal(e.created[0].shown, 1);
});

test('a window started hidden (login item) stays in the tray', () => {
  const e = fakeElectron();
  const win = createMainWindow(
    { BrowserWindow: e.BrowserWindow, shell: e.shell },
    { preload: '/p.cjs', show: false },
  );
  assert.equal(win.readyCb, null);
});

test('navigation away from the app origin is cancelled; inside it is allowed', () => {
  const c = fakeContents();
  const logged: string[] = [];
  guardWebContents(c, { openExternal: async () => {} }, (m) => logged.push(m));
  for (const url of [
    'https://evil.example/',
    'http://localhost:3000/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'app://other/index.html',
    'app://certdesk@evil.example/',
    'data:text/html,hi',
    '',
  ]) {
    for (const ev of ['will-navigate', 'will-redirect', 'will-frame-navigate']) {
      const e = navEvent(url);
      c.emit(ev, e, url);
      assert.equal(e.prevented, true, `${ev} ${url}`);
    }
  }
  const inside = navEvent('app://certdesk/index.html#/settings');
  c.emit('will-navigate', inside, inside.url);
  assert.equal(inside.prevented, false);
  assert.ok(logged.every((l) => l.startsWith('blocked')));
  const wv = navEvent('');
  c.emit('will-attach-webview', wv);
  assert.equal(wv.prevented, true);
});

test('new windows are always denied; only https links go to the browser', async () => {
  const c = fakeContents();
  const opened: string[] = [];
  guardWebContents(c, {
    openExternal: async (u) => {
      opened.push(u);
    },
  });
  const h = c.openHandler!;
  for (const url of [
    'https://letsencrypt.org/repository/',
    'http://example.com/',
    'file:///C:/Windows/System32/calc.exe',
    'javascript:alert(1)',
    'smb://host/share',
    'ms-msdt:/id',
    'https://user:pw@example.com/',
    'app://certdesk/index.html',
    'not a url',
  ]) {
    assert.deepEqual(h({ url }), { action: 'deny' }, url);
  }
  assert.deepEqual(opened, ['https://letsencrypt.org/repository/']);
});

test('the session refuses every permission, every download, and adds the CSP to app:// responses', () => {
  let request: Parameters<SessionLike['setPermissionRequestHandler']>[0] = null;
  let check: Parameters<SessionLike['setPermissionCheckHandler']>[0] = null;
  let device: ((d: unknown) => boolean) | null = null;
  let headers: Parameters<SessionLike['webRequest']['onHeadersReceived']>[0] | null = null;
  let download: ((e: { preventDefault(): void }) => void) | null = null;
  hardenSession({
    setPermissionRequestHandler: (h) => {
      request = h;
    },
    setPermissionCheckHandler: (h) => {
      check = h;
    },
    setDevicePermissionHandler: (h) => {
      device = h;
    },
    on: (_ev, cb) => {
      download = cb;
    },
    webRequest: {
      onHeadersReceived: (l) => {
        headers = l;
      },
    },
  });
  for (const p of [
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'openExternal',
    'fullscreen',
    'hid',
    'serial',
  ]) {
    let granted: boolean | null = null;
    request!({}, p, (g) => {
      granted = g;
    });
    assert.equal(granted, false, p);
    assert.equal(check!({}, p, 'app://certdesk'), false, p);
  }
  assert.equal(device!({}), false);
  const dl = navEvent('');
  download!(dl);
  assert.equal(dl.prevented, true);
  let out: Record<string, string[]> = {};
  headers!(
    {
      url: 'app://certdesk/index.html',
      responseHeaders: {
        'content-security-policy': ['default-src *'],
        'Content-Type': ['text/html'],
      },
    },
    (r) => {
      out = r.responseHeaders;
    },
  );
  assert.deepEqual(out['Content-Security-Policy'], [CSP]);
  assert.equal(
    out['content-security-policy'],
    undefined,
    'a looser policy from the response is dropped',
  );
  assert.deepEqual(out['Content-Type'], ['text/html']);
});
