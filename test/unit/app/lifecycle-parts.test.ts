// Small pieces of the shell: power events wake the scheduler, one instance only, launch at login,
// desktop notifications that open the certificate when clicked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { watchPower } from '../../../src-main/app/power.ts';
import { acquireSingleInstance, revealWindow } from '../../../src-main/app/single-instance.ts';
import { createLoginItem, autostartEntry, HIDDEN_ARG } from '../../../src-main/app/login-item.ts';
import { createDesktopNotifier } from '../../../src-main/app/notifications.ts';

test('resume and unlock-screen kick the scheduler; stopping removes the listeners', () => {
  const listeners = new Map<string, () => void>();
  const pm = {
    on: (e: string, cb: () => void) => {
      listeners.set(e, cb);
    },
    removeListener: (e: string) => {
      listeners.delete(e);
    },
  };
  let kicks = 0;
  const stop = watchPower(pm, {
    kick: () => {
      kicks += 1;
    },
  });
  assert.deepEqual([...listeners.keys()].sort(), ['resume', 'unlock-screen']);
  listeners.get('resume')!();
  listeners.get('unlock-screen')!();
  assert.equal(kicks, 2);
  stop();
  assert.equal(listeners.size, 0);
});

test('a second launch quits itself; the first one reveals its window', () => {
  const quits: string[] = [];
  let second: ((e: unknown, argv: string[], cwd: string) => void) | null = null;
  const first = {
    requestSingleInstanceLock: () => true,
    on: (_e: string, cb: typeof second) => {
      second = cb;
    },
    quit: () => quits.push('first'),
  };
  const revealed: string[][] = [];
  assert.equal(
    acquireSingleInstance(first, (argv) => revealed.push(argv)),
    true,
  );
  second!({}, ['certdesk', '--foo'], '/');
  assert.deepEqual(revealed, [['certdesk', '--foo']]);
  const other = {
    requestSingleInstanceLock: () => false,
    on: () => {
      throw new Error('must not listen');
    },
    quit: () => quits.push('second'),
  };
  assert.equal(
    acquireSingleInstance(other, () => {}),
    false,
  );
  assert.deepEqual(quits, ['second']);
  const calls: string[] = [];
  revealWindow({
    isDestroyed: () => false,
    isMinimized: () => true,
    restore: () => calls.push('restore'),
    show: () => calls.push('show'),
    focus: () => calls.push('focus'),
  });
  assert.deepEqual(calls, ['restore', 'show', 'focus']);
});

test('launch at login: Windows and macOS use setLoginItemSettings (with --hidden on Windows)', () => {
  const set: unknown[] = [];
  let on = false;
  const app = {
    setLoginItemSettings: (s: { openAtLogin: boolean }) => {
      set.push(s);
      on = s.openAtLogin;
    },
    getLoginItemSettings: () => ({ openAtLogin: on, wasOpenedAtLogin: false }),
  };
  const win = createLoginItem(app, {
    platform: 'win32',
    execPath: 'C:\\Certdesk.exe',
    env: {},
    home: 'C:\\Users\\u',
  });
  assert.equal(win.get(), false, 'off by default');
  win.set(true);
  assert.deepEqual(set, [{ openAtLogin: true, args: [HIDDEN_ARG] }]);
  assert.equal(win.get(), true);
  assert.equal(win.startedAtLogin(['Certdesk.exe', HIDDEN_ARG]), true);
  assert.equal(win.startedAtLogin(['Certdesk.exe']), false);
  const mac = createLoginItem(
    { ...app, getLoginItemSettings: () => ({ openAtLogin: true, wasOpenedAtLogin: true }) },
    { platform: 'darwin', execPath: '/Applications/Certdesk.app', env: {}, home: '/Users/u' },
  );
  mac.set(false);
  assert.deepEqual(set.at(-1), { openAtLogin: false });
  assert.equal(mac.startedAtLogin(['Certdesk']), true);
});

test('launch at login on Linux writes and removes an XDG autostart entry', () => {
  const config = mkdtempSync(path.join(os.tmpdir(), 'certdesk-xdg-'));
  const env = {
    platform: 'linux' as const,
    execPath: '/tmp/.mount_x/certdesk',
    env: { XDG_CONFIG_HOME: config, APPIMAGE: '/home/u/Apps/Certdesk 0.1.AppImage' },
    home: '/home/u',
  };
  const item = createLoginItem(
    {
      setLoginItemSettings: () => {
        throw new Error('not on Linux');
      },
      getLoginItemSettings: () => {
        throw new Error('not on Linux');
      },
    },
    env,
  );
  assert.equal(item.get(), false);
  item.set(true);
  const file = path.join(config, 'autostart', 'certdesk.desktop');
  const text = readFileSync(file, 'utf8');
  assert.match(text, /^\[Desktop Entry\]\nType=Application\nName=Certdesk\n/);
  assert.match(
    text,
    /\nExec="\/home\/u\/Apps\/Certdesk 0\.1\.AppImage" --hidden\n/,
    'the AppImage itself, quoted',
  );
  assert.equal(item.get(), true);
  item.set(false);
  assert.equal(existsSync(file), false);
  assert.equal(item.get(), false);
  assert.match(autostartEntry({ ...env, env: {} }), /\nExec=\/tmp\/\.mount_x\/certdesk --hidden\n/);
});

test('notifications show the text, and a click opens the certificate', () => {
  const shown: { title: string; body: string; urgency?: string }[] = [];
  const clicks: (() => void)[] = [];
  class Notification {
    static isSupported() {
      return true;
    }
    opts: { title: string; body: string; urgency?: string };
    constructor(o: { title: string; body: string; urgency?: string }) {
      this.opts = o;
    }
    on(_e: 'click', cb: () => void) {
      clicks.push(cb);
    }
    show() {
      shown.push(this.opts);
    }
  }
  const opened: (string | null)[] = [];
  const n = createDesktopNotifier({ Notification, onOpen: (id) => opened.push(id) });
  n.notify({
    title: 'Renewal failed',
    body: 'example.com: the CA could not reach your server. Open Certdesk to see what to do.',
    certificateId: 'abc',
    urgency: 'critical',
  });
  n.notify({ title: 'Renewed', body: 'example.org renewed' });
  assert.deepEqual(
    shown.map((s) => [s.title, s.urgency]),
    [
      ['Renewal failed', 'critical'],
      ['Renewed', 'normal'],
    ],
  );
  clicks[0]();
  clicks[1]();
  assert.deepEqual(opened, ['abc', null]);
  class Unsupported extends Notification {
    static override isSupported() {
      return false;
    }
  }
  createDesktopNotifier({ Notification: Unsupported, onOpen: () => {} }).notify({
    title: 't',
    body: 'b',
  });
  assert.equal(shown.length, 2, 'nothing shown where the OS has no notifications');
});
