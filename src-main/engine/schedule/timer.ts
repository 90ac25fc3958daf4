// Installs, removes and reports the OS timer that renews with nobody logged in (issue 19). The
// file system roots and the commands (systemctl, crontab, launchctl, schtasks, loginctl) come in
// through a port, so the tests round-trip into a temporary folder with a recording runner and
// nothing touches the real system.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { CertdeskError } from '../../shared/errors.ts';
import type { Random } from '../ports.ts';
import {
  CRON_MARK,
  LAUNCHD_LABEL,
  RANDOM_DELAY_MINUTES,
  TASK_NAME,
  TIMER_NAME,
  cronLine,
  launchdPlist,
  randomTime,
  systemdService,
  systemdTimer,
  taskSchedulerXml,
  utf16le,
  type TimerPlan,
} from './units.ts';

export type Scope = 'user' | 'system';
export type TimerKind = 'systemd' | 'cron' | 'launchd' | 'task-scheduler';
export type RunResult = { code: number; stdout: string; stderr: string };

export interface SchedulePort {
  platform: NodeJS.Platform;
  /** The account name (DOMAIN\user on Windows) and its uid (for launchctl's gui/UID domain). */
  user: string;
  uid: number;
  /** sd_booted(3): /run/systemd/system exists. */
  hasSystemd: boolean;
  roots: {
    systemdUser: string;
    systemdSystem: string;
    launchAgents: string;
    launchDaemons: string;
    /** Where the Task Scheduler XML is kept (schtasks reads it from a file). */
    taskXmlDir: string;
  };
  run(cmd: string, args: string[], input?: string): Promise<RunResult>;
  random: Random;
  now(): Date;
}

/** The real system: the user's own folders and commands. */
export function systemPort(dataDir: string): SchedulePort {
  const home = os.homedir();
  const info = os.userInfo();
  const config = process.env.XDG_CONFIG_HOME ?? path.join(home, '.config');
  return {
    platform: process.platform,
    user:
      process.platform === 'win32'
        ? `${process.env.USERDOMAIN ?? os.hostname()}\\${process.env.USERNAME ?? info.username}`
        : (process.env.SUDO_USER ?? info.username),
    uid: info.uid,
    hasSystemd: existsSync('/run/systemd/system'),
    roots: {
      systemdUser: path.join(config, 'systemd', 'user'),
      systemdSystem: '/etc/systemd/system',
      launchAgents: path.join(home, 'Library', 'LaunchAgents'),
      launchDaemons: '/Library/LaunchDaemons',
      taskXmlDir: path.join(dataDir, 'schedule'),
    },
    run: (cmd, args, input) =>
      new Promise((resolve) => {
        const child = execFile(cmd, args, { timeout: 60_000 }, (err, stdout, stderr) => {
          const code =
            err && typeof (err as NodeJS.ErrnoException).code === 'string'
              ? 127
              : ((err as { code?: number } | null)?.code ?? 0);
          resolve({ code, stdout: String(stdout), stderr: String(stderr || err?.message || '') });
        });
        if (input !== undefined) child.stdin?.end(input);
      }),
    random: Math.random,
    now: () => new Date(),
  };
}

export function timerKind(port: SchedulePort): TimerKind {
  if (port.platform === 'win32') return 'task-scheduler';
  if (port.platform === 'darwin') return 'launchd';
  return port.hasSystemd ? 'systemd' : 'cron';
}

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
const timesOf = (hour: number, minute: number) => {
  const [a, b] = [hour, (hour + 12) % 24].sort((x, y) => x - y);
  return `${hhmm(a, minute)} and ${hhmm(b, minute)}`;
};

function paths(port: SchedulePort, scope: Scope) {
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

function failed(what: string, r: RunResult, scope: Scope): CertdeskError {
  const denied = /denied|not permitted|EACCES|authori[sz]/i.test(r.stderr);
  return new CertdeskError(
    denied ? 'permission-denied' : 'internal',
    denied && scope === 'system'
      ? `${what} needs administrator rights: run it again with sudo (or from an administrator prompt).`
      : `${what} did not work: ${r.stderr.trim() || `exit code ${r.code}`}`,
    { detail: r.stderr },
  );
}

function writeFile(file: string, content: string | Buffer, scope: Scope): void {
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

const systemctl = (scope: Scope, ...args: string[]) =>
  scope === 'user' ? ['--user', ...args] : args;

export async function installTimer(
  port: SchedulePort,
  opts: { argv: string[]; scope: Scope; logFile?: string },
): Promise<InstallResult> {
  const kind = timerKind(port);
  const { scope } = opts;
  const t = randomTime(port.random);
  const plan: TimerPlan = {
    argv: opts.argv,
    ...t,
    ...(scope === 'system' || kind === 'task-scheduler' ? { user: port.user } : {}),
    ...(opts.logFile ? { logFile: opts.logFile } : {}),
  };
  const p = paths(port, scope);
  const notes: string[] = [];
  let files: string[];
  const spread = ` (each run up to ${RANDOM_DELAY_MINUTES} minutes later, at random)`;
  let times = timesOf(t.hour, t.minute);
  if (kind === 'systemd') {
    writeFile(p.service, systemdService(plan, scope), scope);
    writeFile(p.timer, systemdTimer(plan), scope);
    files = [p.service, p.timer];
    for (const args of [
      systemctl(scope, 'daemon-reload'),
      systemctl(scope, 'enable', '--now', `${TIMER_NAME}.timer`),
    ]) {
      const r = await port.run('systemctl', args);
      if (r.code !== 0) {
        for (const f of files) rmSync(f, { force: true });
        throw failed(`systemctl ${args.join(' ')}`, r, scope);
      }
    }
    times += spread;
    if (scope === 'user') notes.push(...(await lingerNotes(port, true)));
  } else if (kind === 'cron') {
    const current = await readCrontab(port);
    const kept = current.filter((l) => !l.includes(CRON_MARK));
    const r = await port.run('crontab', ['-'], [...kept, cronLine(plan), ''].join('\n'));
    if (r.code !== 0) throw failed('crontab', r, scope);
    files = ['crontab'];
    if (scope === 'system')
      notes.push(
        'There is no systemd here, so the line went into your own crontab; cron runs it whether or not you are logged in.',
      );
  } else if (kind === 'launchd') {
    writeFile(p.plist, launchdPlist(plan), scope);
    files = [p.plist];
    const domain = scope === 'system' ? 'system' : `gui/${port.uid}`;
    await port.run('launchctl', ['bootout', `${domain}/${LAUNCHD_LABEL}`]);
    const r = await port.run('launchctl', ['bootstrap', domain, p.plist]);
    if (r.code !== 0) {
      rmSync(p.plist, { force: true });
      throw failed('launchctl bootstrap', r, scope);
    }
    if (scope === 'user')
      notes.push(
        'A launchd agent runs while you are logged in (also with the screen locked), and catches up after sleep. To renew while nobody is logged in: sudo certdesk schedule install --system.',
      );
  } else {
    writeFile(
      p.taskXml,
      utf16le(taskSchedulerXml({ ...plan, user: port.user, start: port.now() })),
      scope,
    );
    files = [p.taskXml];
    const r = await port.run('schtasks', ['/Create', '/TN', TASK_NAME, '/XML', p.taskXml, '/F']);
    if (r.code !== 0) throw failed('schtasks /Create', r, scope);
    times += spread;
    notes.push(
      'The task runs whether or not you are logged on, without storing your Windows password.',
    );
  }
  return { kind, scope, files, times, notes };
}

export async function removeTimer(
  port: SchedulePort,
  scope: Scope,
): Promise<{ kind: TimerKind; removed: boolean; files: string[] }> {
  const kind = timerKind(port);
  const p = paths(port, scope);
  if (kind === 'systemd') {
    const files = [p.service, p.timer].filter((f) => existsSync(f));
    if (files.length === 0) return { kind, removed: false, files };
    await port.run('systemctl', systemctl(scope, 'disable', '--now', `${TIMER_NAME}.timer`));
    for (const f of files) rmSync(f, { force: true });
    await port.run('systemctl', systemctl(scope, 'daemon-reload'));
    return { kind, removed: true, files };
  }
  if (kind === 'cron') {
    const current = await readCrontab(port);
    if (!current.some((l) => l.includes(CRON_MARK))) return { kind, removed: false, files: [] };
    const kept = current.filter((l) => !l.includes(CRON_MARK));
    const r = await port.run('crontab', ['-'], kept.length ? [...kept, ''].join('\n') : '');
    if (r.code !== 0) throw failed('crontab', r, scope);
    return { kind, removed: true, files: ['crontab'] };
  }
  if (kind === 'launchd') {
    if (!existsSync(p.plist)) return { kind, removed: false, files: [] };
    const domain = scope === 'system' ? 'system' : `gui/${port.uid}`;
    await port.run('launchctl', ['bootout', `${domain}/${LAUNCHD_LABEL}`]);
    rmSync(p.plist, { force: true });
    return { kind, removed: true, files: [p.plist] };
  }
  const q = await port.run('schtasks', ['/Query', '/TN', TASK_NAME]);
  if (q.code !== 0 && !existsSync(p.taskXml)) return { kind, removed: false, files: [] };
  if (q.code === 0) {
    const r = await port.run('schtasks', ['/Delete', '/TN', TASK_NAME, '/F']);
    if (r.code !== 0) throw failed('schtasks /Delete', r, scope);
  }
  rmSync(p.taskXml, { force: true });
  return { kind, removed: true, files: [p.taskXml] };
}

export async function timerStatus(port: SchedulePort, scope: Scope): Promise<ScheduleStatus> {
  const kind = timerKind(port);
  const p = paths(port, scope);
  const base = { kind, scope, notes: [] as string[] };
  if (kind === 'systemd') {
    const files = [p.service, p.timer].filter((f) => existsSync(f));
    if (files.length === 0) return { ...base, installed: false, active: false, times: null, files };
    const cal = /OnCalendar=\S+ (\d+),\d+:(\d+)/.exec(readFileSync(p.timer, 'utf8'));
    const r = await port.run('systemctl', systemctl(scope, 'is-active', `${TIMER_NAME}.timer`));
    return {
      ...base,
      installed: true,
      active: r.code === 0 && r.stdout.trim() === 'active',
      times: cal ? timesOf(Number(cal[1]), Number(cal[2])) : null,
      files,
      notes: scope === 'user' ? await lingerNotes(port, false) : [],
    };
  }
  if (kind === 'cron') {
    const line = (await readCrontab(port)).find((l) => l.includes(CRON_MARK));
    const m = line ? /^(\d+) (\d+),/.exec(line) : null;
    return {
      ...base,
      installed: !!line,
      active: !!line,
      times: m ? timesOf(Number(m[2]), Number(m[1])) : null,
      files: line ? ['crontab'] : [],
    };
  }
  if (kind === 'launchd') {
    if (!existsSync(p.plist))
      return { ...base, installed: false, active: false, times: null, files: [] };
    const text = readFileSync(p.plist, 'utf8');
    const m =
      /<key>Hour<\/key>\s*<integer>(\d+)<\/integer>\s*<key>Minute<\/key>\s*<integer>(\d+)/.exec(
        text,
      );
    const domain = scope === 'system' ? 'system' : `gui/${port.uid}`;
    const r = await port.run('launchctl', ['print', `${domain}/${LAUNCHD_LABEL}`]);
    return {
      ...base,
      installed: true,
      active: r.code === 0,
      times: m ? timesOf(Number(m[1]), Number(m[2])) : null,
      files: [p.plist],
    };
  }
  const q = await port.run('schtasks', ['/Query', '/TN', TASK_NAME]);
  const xml = existsSync(p.taskXml) ? readFileSync(p.taskXml).subarray(2).toString('utf16le') : '';
  const m = /<StartBoundary>[^T]+T(\d+):(\d+)/.exec(xml);
  return {
    ...base,
    installed: q.code === 0,
    active: q.code === 0,
    times: m ? timesOf(Number(m[1]), Number(m[2])) : null,
    files: existsSync(p.taskXml) ? [p.taskXml] : [],
  };
}

async function readCrontab(port: SchedulePort): Promise<string[]> {
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
async function lingerNotes(port: SchedulePort, tryEnable: boolean): Promise<string[]> {
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
