// The OS timer's port (issue 19): the file system roots and the commands (systemctl, crontab,
// launchctl, schtasks, loginctl) come in through it, so the tests round-trip into a temporary
// folder with a recording runner and nothing touches the real system.
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import type { Random } from '../ports.ts';

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
