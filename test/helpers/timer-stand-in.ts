// A recording stand-in for the OS timer (issue 19), given to every runtime a test opens
// (api/runtime.ts `timer`): systemctl and loginctl answer from memory, the unit files go into a
// temporary root, and nothing reaches this machine's crontab or systemd units. `calls` is what
// the real system would have been asked to run.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SchedulePort, TimerDeps } from '../../src-main/engine/schedule/index.ts';

export type TimerStandIn = TimerDeps & {
  calls: string[];
  root: string;
  state: { active: boolean; linger: boolean };
  /** Make the next commands fail as the OS would (e.g. 'Access denied'). */
  failWith: string | null;
};

export function timerStandIn(opts: { linger?: boolean } = {}): TimerStandIn {
  const root = mkdtempSync(path.join(os.tmpdir(), 'certdesk-timer-'));
  const calls: string[] = [];
  const state = { active: false, linger: opts.linger ?? true };
  const self: TimerStandIn = {
    calls,
    root,
    state,
    failWith: null,
    selfCommand: () => ['/opt/Certdesk/certdesk'],
    port: (dataDir): SchedulePort => ({
      platform: 'linux',
      user: 'ann',
      uid: 1000,
      hasSystemd: true,
      roots: {
        systemdUser: path.join(root, 'home/.config/systemd/user'),
        systemdSystem: path.join(root, 'etc/systemd/system'),
        launchAgents: path.join(root, 'home/Library/LaunchAgents'),
        launchDaemons: path.join(root, 'Library/LaunchDaemons'),
        taskXmlDir: path.join(dataDir, 'schedule'),
      },
      random: () => 0.5,
      now: () => new Date('2026-05-01T10:00:00Z'),
      async run(cmd, args) {
        calls.push([cmd, ...args].join(' '));
        if (self.failWith) return { code: 1, stdout: '', stderr: self.failWith };
        const a = args.filter((x) => x !== '--user');
        const ok = (stdout = '') => ({ code: 0, stdout, stderr: '' });
        if (cmd === 'systemctl') {
          if (a[0] === 'enable') state.active = true;
          if (a[0] === 'disable') state.active = false;
          if (a[0] === 'is-active')
            return state.active ? ok('active\n') : { code: 3, stdout: 'inactive\n', stderr: '' };
          return ok();
        }
        if (cmd === 'loginctl') {
          if (a[0] === 'show-user') return ok(state.linger ? 'yes\n' : 'no\n');
          return { code: 1, stdout: '', stderr: 'Access denied' };
        }
        return { code: 127, stdout: '', stderr: `${cmd}: not on this stand-in` };
      },
    }),
  };
  return self;
}
