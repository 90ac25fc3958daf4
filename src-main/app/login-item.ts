// Launch at login, so renewals keep happening after a reboot (issue 7). Off by default; the UI
// offers it after the first certificate. Electron's setLoginItemSettings covers macOS and Windows;
// on Linux it does nothing, so an XDG autostart entry is written instead
// (https://specifications.freedesktop.org/autostart-spec/latest/).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Passed when started by the login item: the app starts in the tray, without a window. */
export const HIDDEN_ARG = '--hidden';

export interface LoginItemApp {
  setLoginItemSettings(s: {
    openAtLogin: boolean;
    openAsHidden?: boolean;
    args?: string[];
    path?: string;
  }): void;
  getLoginItemSettings(o?: { args?: string[]; path?: string }): {
    openAtLogin: boolean;
    wasOpenedAtLogin?: boolean;
  };
}

export interface LoginItem {
  get(): boolean;
  set(on: boolean): void;
  /** True when this launch came from the login item (start quietly in the tray). */
  startedAtLogin(argv: readonly string[]): boolean;
}

export type LoginItemEnv = {
  platform: NodeJS.Platform;
  execPath: string;
  env: Record<string, string | undefined>;
  home: string;
};

const defaultEnv = (): LoginItemEnv => ({
  platform: process.platform,
  execPath: process.execPath,
  env: process.env,
  home: os.homedir(),
});

export function autostartFile(e: LoginItemEnv): string {
  const config = e.env.XDG_CONFIG_HOME || path.join(e.home, '.config');
  return path.join(config, 'autostart', 'certdesk.desktop');
}

/** Quotes an Exec argument per the Desktop Entry spec ("Exec key"). */
function execQuote(arg: string): string {
  return /^[A-Za-z0-9_\-./=:+,@%]+$/.test(arg) ? arg : `"${arg.replace(/(["`$\\])/g, '\\$1')}"`;
}

export function autostartEntry(e: LoginItemEnv): string {
  // An AppImage moves its mounted execPath on every start: the AppImage file itself is what to run.
  const exe = e.env.APPIMAGE || e.execPath;
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Certdesk',
    'Comment=Keeps your certificates renewed',
    `Exec=${execQuote(exe)} ${HIDDEN_ARG}`,
    'Icon=certdesk',
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

export function createLoginItem(app: LoginItemApp, env: LoginItemEnv = defaultEnv()): LoginItem {
  if (env.platform === 'linux') {
    const file = autostartFile(env);
    return {
      get: () => existsSync(file) && readFileSync(file, 'utf8').includes(HIDDEN_ARG),
      set: (on) => {
        if (on) {
          mkdirSync(path.dirname(file), { recursive: true });
          writeFileSync(file, autostartEntry(env), { mode: 0o644 });
        } else {
          rmSync(file, { force: true });
        }
      },
      startedAtLogin: (argv) => argv.includes(HIDDEN_ARG),
    };
  }
  // Windows matches the registry entry by path and args, so get() must ask with the same args.
  const args = [HIDDEN_ARG];
  return {
    get: () =>
      app.getLoginItemSettings(env.platform === 'win32' ? { args } : undefined).openAtLogin,
    set: (on) =>
      app.setLoginItemSettings(
        env.platform === 'win32' ? { openAtLogin: on, args } : { openAtLogin: on },
      ),
    startedAtLogin: (argv) =>
      argv.includes(HIDDEN_ARG) ||
      (env.platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin === true),
  };
}
