// What installing, removing and reading the OS timer share: file paths, the sentences for a
// failed command, and the systemd linger check (issue 19).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CertdeskError } from '../../shared/errors.ts';
import type { RunResult, SchedulePort, Scope, TimerKind } from './port.ts';
import { LAUNCHD_LABEL, TIMER_NAME } from './units.ts';

export type InstallResult = {
  kind: TimerKind;
  scope: Scope;
  files: string[];
  /** "03:17 and 15:17", in the machine's local time. */
  times: string;
  /** Sentences for the person: what else to do (linger), what the timer cannot do. */
  notes: string[];
};

export type ScheduleStatus = {
  kind: TimerKind;
  scope: Scope;
  installed: boolean;
  /** The OS says it is registered and will run (systemctl is-active, launchctl print, schtasks). */
  active: boolean;
  times: string | null;
  files: string[];
  notes: string[];
};

const hhmm = (h: number, m: number) =>
  `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
export const timesOf = (hour: number, minute: number) => {
  const [a, b] = [hour, (hour + 12) % 24].sort((x, y) => x - y);
  return `${hhmm(a, minute)} and ${hhmm(b, minute)}`;
};

export function paths(port: SchedulePort, scope: Scope) {
  const sd = scope === 'system' ? port.roots.systemdSystem : port.roots.systemdUser;
  return {
    service: path.join(sd, `${TIMER_NAME}.service`),
    timer: path.join(sd, `${TIMER_NAME}.timer`),
    plist: path.join(
      scope === 'system' ? port.roots.launchDaemons : port.roots.launchAgents,
      `${LAUNCHD_LABEL}.plist`,
    ),
    taskXml: path.join(port.roots.taskXmlDir, `${TIMER_NAME}.xml`),
  };
}

export function failed(what: string, r: RunResult, scope: Scope): CertdeskError {
  const denied = /denied|not permitted|EACCES|authori[sz]/i.test(r.stderr);
  return new CertdeskError(
    denied ? 'permission-denied' : 'internal',
    denied && scope === 'system'
      ? `${what} needs administrator rights: run it again with sudo (or from an administrator prompt).`
      : `${what} did not work: ${r.stderr.trim() || `exit code ${r.code}`}`,
    { detail: r.stderr },
  );
}

export function writeFile(file: string, content: string | Buffer, scope: Scope): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content, { mode: 0o644 });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM')
      throw new CertdeskError(
        'permission-denied',
        `Cannot write ${file}: ${scope === 'system' ? 'a system-wide timer needs administrator rights; run it again with sudo' : 'no permission'}.`,
      );
    throw e;
  }
}

export const systemctl = (scope: Scope, ...args: string[]) =>
  scope === 'user' ? ['--user', ...args] : args;

export async function readCrontab(port: SchedulePort): Promise<string[]> {
  const r = await port.run('crontab', ['-l']);
  // "no crontab for USER" is an empty crontab, not an error.
  if (r.code !== 0) {
    if (/no crontab/i.test(r.stderr)) return [];
    if (r.code === 127)
      throw new CertdeskError(
        'unsupported',
        'This system has neither systemd nor cron, so there is no timer to install. Install cron (Debian/Ubuntu: sudo apt-get install cron) and try again.',
      );
    throw failed('crontab -l', r, 'user');
  }
  return r.stdout.split('\n').filter((l, i, a) => l !== '' || i < a.length - 1);
}

/**
 * systemd stops a user's timers at logout unless "lingering" is on for that user. Turning it on
 * for oneself is allowed in a desktop session (polkit); elsewhere it needs sudo, and we say so.
 */
export async function lingerNotes(port: SchedulePort, tryEnable: boolean): Promise<string[]> {
  const user = port.user;
  const q = await port.run('loginctl', ['show-user', user, '--property=Linger', '--value']);
  if (q.stdout.trim() === 'yes') return [];
  if (tryEnable) {
    const r = await port.run('loginctl', ['enable-linger', user]);
    if (r.code === 0)
      return [
        `Lingering is now on for ${user} (loginctl enable-linger), so the timer also runs after you log out and after a reboot.`,
      ];
  }
  return [
    `One more step: systemd stops your timers when you log out, unless lingering is on. Run: sudo loginctl enable-linger ${user}  (or install a system timer instead: sudo certdesk schedule install --system)`,
  ];
}
