// A recording stand-in for the OS timer (issue 19), given to every runtime a test opens
// (api/runtime.ts `timer`): systemctl and loginctl answer from memory, the unit files go into a
// temporary root, and nothing reaches this machine's crontab or systemd units. `calls` is what
// the real system would have been asked to run. The answers are src-main/app/recording-timer.ts,
// which an unpackaged desktop app uses too when the e2e suite's Electron face asks for it.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TimerDeps } from '../../src-main/engine/schedule/index.ts';
import { recordingTimer } from '../../src-main/app/recording-timer.ts';

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
    ...recordingTimer({
      root,
      state,
      record: (call) => calls.push(call),
      failWith: () => self.failWith,
    }),
  };
  return self;
}
