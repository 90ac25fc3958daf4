// macOS: the app menu's "Install command-line tool" (issue 19), as VS Code's "Install 'code'
// command in PATH": /usr/local/bin/certdesk becomes a link to the launcher inside the app bundle
// (packaging/mac/certdesk in Contents/Resources/bin). /usr/local/bin usually needs an
// administrator, so when the plain link is refused macOS asks for the password (osascript).
import { lstatSync, mkdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { execFile } from 'node:child_process';
import path from 'node:path';

export const MAC_BIN_DIR = '/usr/local/bin';
export const INSTALL_CLI_LABEL = 'Install command-line tool';

export type InstallCliDeps = {
  /** process.resourcesPath: Certdesk.app/Contents/Resources. */
  resourcesPath: string;
  binDir?: string;
  /** Runs a shell command as an administrator (macOS asks for the password). */
  runAsAdmin?: (shellCommand: string) => Promise<void>;
  /** Makes the link as this user (tests: a refusal, which root never meets). */
  link?: (target: string, link: string) => void;
};

function linkAsUser(target: string, link: string): void {
  mkdirSync(path.dirname(link), { recursive: true });
  // Replaced in one step: a link to another copy of Certdesk (moved or renamed app) is updated.
  const tmp = `${link}.certdesk-new`;
  rmSync(tmp, { force: true });
  symlinkSync(target, tmp);
  renameSync(tmp, link);
}

const shQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** `do shell script ... with administrator privileges`: macOS's own password prompt. */
export const osascriptAdmin = (shellCommand: string): Promise<void> =>
  new Promise((resolve, reject) => {
    const script = `do shell script "${shellCommand.replace(/[\\"]/g, (c) => `\\${c}`)}" with administrator privileges`;
    execFile('osascript', ['-e', script], (err, _o, stderr) =>
      err ? reject(new Error(stderr.trim() || err.message)) : resolve(),
    );
  });

export type InstallCliResult =
  { ok: true; link: string; target: string; already: boolean } | { ok: false; message: string };

export async function installCommandLineTool(deps: InstallCliDeps): Promise<InstallCliResult> {
  const binDir = deps.binDir ?? MAC_BIN_DIR;
  const link = path.join(binDir, 'certdesk');
  const target = path.join(deps.resourcesPath, 'bin', 'certdesk');
  try {
    const st = lstatSync(link);
    if (!st.isSymbolicLink())
      return {
        ok: false,
        message: `${link} already exists and is not Certdesk's. Remove it first, then try again.`,
      };
    if (readlinkSync(link) === target) return { ok: true, link, target, already: true };
  } catch {
    /* no link yet */
  }
  try {
    (deps.link ?? linkAsUser)(target, link);
    return { ok: true, link, target, already: false };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EACCES' && code !== 'EPERM')
      return { ok: false, message: `Could not create ${link}: ${(e as Error).message}` };
  }
  try {
    await (deps.runAsAdmin ?? osascriptAdmin)(
      `mkdir -p ${shQuote(binDir)} && ln -sfn ${shQuote(target)} ${shQuote(link)}`,
    );
    return { ok: true, link, target, already: false };
  } catch (e) {
    return {
      ok: false,
      message: `The command-line tool was not installed (${(e as Error).message}). You can link it yourself: sudo ln -sf "${target}" ${link}`,
    };
  }
}

/** Electron's menu roles this menu uses (MenuItemConstructorOptions['role']). */
type MenuRole =
  'about' | 'services' | 'hide' | 'hideOthers' | 'unhide' | 'quit' | 'editMenu' | 'windowMenu';

type MenuItem = {
  label?: string;
  role?: MenuRole;
  type?: 'separator';
  click?: () => void;
  submenu?: MenuItem[];
};

/** The macOS application menu: the usual roles, plus the command-line tool after "About". */
export function macAppMenu(appName: string, onInstallCli: () => void): MenuItem[] {
  return [
    {
      label: appName,
      submenu: [
        { role: 'about' },
        { type: 'separator' },
        { label: `${INSTALL_CLI_LABEL}…`, click: onInstallCli },
        { type: 'separator' },
        { role: 'services' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    { role: 'windowMenu' },
  ];
}
