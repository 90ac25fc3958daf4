// Renewals with nobody logged in (issue 19), as the CLI (`certdesk schedule`) and the Settings
// checkbox both use them: the OS timer, plus what the saved keys need when no one is signed in.
import path from 'node:path';
import { CertdeskError } from '../../shared/errors.ts';
import { moveMasterKeyToFile } from '../../storage/secret-box.ts';
import type { SecretBackend } from '../../storage/secret-box.ts';
import { installTimer, type InstallResult, type SchedulePort, type Scope } from './timer.ts';
import { renewArgs } from './units.ts';
import { systemPort } from './port.ts';
import { selfCommand } from './self-command.ts';

export { installTimer, removeTimer, timerStatus, systemPort, timerKind } from './timer.ts';
export type { InstallResult, ScheduleStatus, SchedulePort, Scope, TimerKind } from './timer.ts';
export { selfCommand, currentProcess, LINUX_HEADLESS_SWITCHES } from './self-command.ts';

/**
 * What a runtime needs to install the OS timer: the port (the real system or a test's stand-in) and
 * the command that starts this Certdesk. api/runtime.ts takes it as an option, so only the faces a
 * person runs (the desktop app, browser mode, the CLI) can reach the real crontab or systemd units.
 */
export type TimerDeps = {
  port(dataDir: string): SchedulePort;
  selfCommand(): string[];
};

/** This machine's real timer: for the desktop app, `certdesk ui` and the CLI only, never a test. */
export const realTimer = (): TimerDeps => ({ port: systemPort, selfCommand: () => selfCommand() });

/** What a timer-run renewal can and cannot do without a desktop session, said once, plainly. */
export const UNATTENDED_FACTS = [
  'The timer uses the same data folder as the app, and renews only what is due.',
  'There is no desktop then, so notices go by e-mail or webhook: set them in Settings or with "certdesk notify".',
  'The app and the timer never renew the same certificate at once: whichever starts second leaves it to the other.',
];

export async function enableUnattended(opts: {
  port: SchedulePort;
  dataDir: string;
  /** selfCommand(): how to start certdesk. */
  command: string[];
  scope: Scope;
  /** The store's record of where the master key lives (null: no secrets yet). */
  secretBackend: SecretBackend | null;
  keepKeychain?: boolean;
}): Promise<InstallResult> {
  const notes: string[] = [];
  if (opts.secretBackend === 'keychain') {
    // A login keychain is locked (macOS, GNOME Keyring) or out of reach (Windows without a stored
    // password) while no one is signed in: the timer could not open the keys to renew.
    if (opts.keepKeychain)
      notes.push(
        'Your keys stay protected by the system keychain, which is locked while you are signed out: until you sign in again, timer runs will fail and tell you so by e-mail or webhook.',
      );
    else {
      const moved = moveMasterKeyToFile(opts.dataDir);
      if (moved === 'none')
        throw new CertdeskError(
          'unsupported',
          'Your saved keys are protected by the system keychain, which this session cannot reach (no desktop session, e.g. over SSH). Run this command in a terminal of your desktop session, so Certdesk can copy the master key into a file readable only by you (a timer cannot open the keychain either); or add --keep-keychain to renew only while you are signed in.',
        );
      if (moved === 'moved')
        notes.push(
          `The system keychain is locked while you are signed out, so the master key that protects your saved keys was copied from it into ${path.join(opts.dataDir, 'master.key')} (readable only by you). Keep the data folder private and backed up.`,
        );
    }
  }
  const r = await installTimer(opts.port, {
    argv: [...opts.command, ...renewArgs(opts.dataDir)],
    scope: opts.scope,
    logFile: path.join(opts.dataDir, 'logs', 'timer.log'),
  });
  return { ...r, notes: [...notes, ...r.notes] };
}
