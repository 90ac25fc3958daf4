// Reads the OS timer back (issue 19): installed, active, and at which times, as the OS says.
import { existsSync, readFileSync } from 'node:fs';
import { timerKind, type SchedulePort, type Scope } from './port.ts';
import {
  lingerNotes,
  paths,
  readCrontab,
  systemctl,
  timesOf,
  type ScheduleStatus,
} from './timer-common.ts';
import { CRON_MARK, LAUNCHD_LABEL, TASK_NAME, TIMER_NAME } from './units.ts';

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
