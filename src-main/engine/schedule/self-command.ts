// How the OS timer starts this very Certdesk again (issue 19): the packaged app's executable, which
// is also the CLI; `electron .` in a checkout; or Node and the CLI script. Process facts come in as
// a parameter so each case is tested without Electron.
import { realpathSync } from 'node:fs';
import path from 'node:path';

export type ProcessFacts = {
  execPath: string;
  argv: readonly string[];
  platform: NodeJS.Platform;
  electron: boolean;
  /** process.defaultApp: Electron started as `electron .` (a checkout, not a package). */
  defaultApp: boolean;
  env: Record<string, string | undefined>;
};

export const currentProcess = (): ProcessFacts => ({
  execPath: process.execPath,
  argv: process.argv,
  platform: process.platform,
  electron: !!process.versions.electron,
  defaultApp: !!(process as { defaultApp?: boolean }).defaultApp,
  env: process.env,
});

/**
 * Chromium switches that let the packaged app run as a CLI on a Linux server with no display:
 * Ozone's headless platform skips the X11/Wayland connection that otherwise aborts the process.
 * src-main/app/cli-args.ts removes them again before the CLI parses its arguments.
 */
export const LINUX_HEADLESS_SWITCHES = ['--ozone-platform=headless', '--disable-gpu'];

const real = (p: string) => {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
};

/** The command that runs certdesk, without its arguments. */
export function selfCommand(p: ProcessFacts = currentProcess()): string[] {
  if (!p.electron) return [p.execPath, real(p.argv[1] ?? 'certdesk')];
  const headless = p.platform === 'linux' ? LINUX_HEADLESS_SWITCHES : [];
  // An AppImage runs from a temporary mount: the timer must start the AppImage file itself.
  const exe = p.platform === 'linux' && p.env.APPIMAGE ? p.env.APPIMAGE : p.execPath;
  if (p.defaultApp) return [exe, real(p.argv[1] ?? '.'), ...headless];
  return [exe, ...headless];
}
