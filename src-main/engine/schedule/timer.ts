// Installs and removes the OS timer that renews with nobody logged in (issue 19); reading it back
// is ./timer-status.ts. Everything outside the process goes through the SchedulePort (./port.ts).
import { existsSync, rmSync } from 'node:fs';
import { timerKind, type SchedulePort, type Scope, type TimerKind } from './port.ts';
import {
  failed,
  lingerNotes,
  paths,
  readCrontab,
  systemctl,
  timesOf,
  writeFile,
  type InstallResult,
} from './timer-common.ts';
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

export type { InstallResult, ScheduleStatus } from './timer-common.ts';
export type { RunResult, SchedulePort, Scope, TimerKind } from './port.ts';
export { systemPort, timerKind } from './port.ts';
export { timerStatus } from './timer-status.ts';

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
