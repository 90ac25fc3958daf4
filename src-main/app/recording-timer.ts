// A recording stand-in for the OS timer (issue 19): systemctl and loginctl answer from memory, the
// unit files go into a temporary root, and nothing reaches this machine's crontab or systemd units.
// Every test runtime gets one (test/helpers/timer-stand-in.ts keeps its record in memory). The
// unpackaged desktop app started by the e2e suite's Electron face gets one through
// CERTDESK_TEST_TIMER_ROOT (desktop-runtime.ts) and keeps the record in files under that root,
// where the test process reads it (test/e2e/stack-options.ts): calls.log, one command a line, and
// fail-with, the refusal the OS gives while the file exists.
import { appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { SchedulePort, TimerDeps } from '../engine/schedule/index.ts';

export type TimerRecord = {
  /** Where the unit files go: a temporary folder, never a real system folder. */
  root: string;
  /** Keeps one command line the real system would have been asked to run. */
  record(call: string): void;
  /** The refusal (e.g. 'Access denied') the next commands get, as the OS would say it, or null. */
  failWith(): string | null;
  state: { active: boolean; linger: boolean };
};

export const TIMER_CALLS_FILE = 'calls.log';
export const TIMER_FAIL_FILE = 'fail-with';

export function recordingTimer(r: TimerRecord): TimerDeps {
  const { root, state } = r;
  return {
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
        r.record([cmd, ...args].join(' '));
        const refusal = r.failWith();
        if (refusal) return { code: 1, stdout: '', stderr: refusal };
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
}

/** The stand-in with its record in files under root, for a test in another process to read. */
export function fileRecordingTimer(root: string): TimerDeps {
  return recordingTimer({
    root,
    state: { active: false, linger: true },
    record: (call) => appendFileSync(path.join(root, TIMER_CALLS_FILE), `${call}\n`),
    failWith: () => {
      try {
        return readFileSync(path.join(root, TIMER_FAIL_FILE), 'utf8').trim() || null;
      } catch {
        return null;
      }
    },
  });
}
