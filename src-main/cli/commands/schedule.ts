// certdesk schedule install|remove|status [--system] (issue 19): the OS timer that runs
// `certdesk renew --quiet` twice a day with nobody logged in. The port (roots, commands) is the
// real system's unless a test gives another through scheduleDeps.
import path from 'node:path';
import type { SchedulePort, Scope } from '../../engine/schedule/index.ts';
import { str, defaultDataDir, type CliContext } from '../context.ts';
import type { Command, OptionSpec } from './types.ts';

/** Replaced by tests: a temporary root and a recording runner instead of the real system. */
export const scheduleDeps: {
  port: ((dataDir: string) => SchedulePort) | null;
  command: (() => string[]) | null;
} = { port: null, command: null };

const OPTS: Record<string, OptionSpec> = {
  system: {
    type: 'boolean',
    help: 'a system-wide timer (systemd system unit, launchd daemon) that runs as you even when nobody is logged in; needs sudo',
  },
};

const dataDirOf = (ctx: CliContext) =>
  path.resolve(str(ctx.values, 'data-dir') ?? defaultDataDir());
const scopeOf = (ctx: CliContext): Scope => (ctx.values.system === true ? 'system' : 'user');
// The timer code (and the sealed-secret code it uses) is loaded when a schedule command runs, not
// at every start of the CLI (issue 21).
const schedule = () => import('../../engine/schedule/index.ts');
const portOf = async (dataDir: string) =>
  (scheduleDeps.port ?? (await schedule()).systemPort)(dataDir);

const KIND_LABEL = {
  systemd: 'systemd timer',
  cron: 'cron job',
  launchd: 'launchd job',
  'task-scheduler': 'Task Scheduler task',
} as const;

export const scheduleInstall: Command = {
  name: 'schedule install',
  summary: 'renew twice a day from an OS timer, also when you are signed out',
  usage: 'certdesk schedule install [--system] [--keep-keychain]',
  options: {
    ...OPTS,
    'keep-keychain': {
      type: 'boolean',
      help: 'leave the master key in the system keychain (the timer then renews only while you are signed in)',
    },
  },
  async run(ctx) {
    const dataDir = dataDirOf(ctx);
    const engine = await ctx.engine();
    const { enableUnattended, selfCommand, UNATTENDED_FACTS } = await schedule();
    const r = await enableUnattended({
      port: await portOf(dataDir),
      dataDir,
      command: (scheduleDeps.command ?? selfCommand)(),
      scope: scopeOf(ctx),
      secretBackend: engine.settings.secretBackend(),
      keepKeychain: ctx.values['keep-keychain'] === true,
    });
    if (ctx.json) ctx.out(JSON.stringify(r, null, 2));
    else {
      ctx.out(
        `Installed a ${KIND_LABEL[r.kind]}${r.scope === 'system' ? ' (system-wide)' : ''}: "certdesk renew --quiet" at ${r.times}, every day.`,
      );
      for (const f of r.files) ctx.out(`  ${f}`);
      for (const n of [...r.notes, ...UNATTENDED_FACTS]) ctx.out(`- ${n}`);
      ctx.out('Check it with: certdesk schedule status');
    }
    return 0;
  },
};

export const scheduleRemove: Command = {
  name: 'schedule remove',
  summary: 'remove the OS timer',
  usage: 'certdesk schedule remove [--system]',
  options: OPTS,
  async run(ctx) {
    const r = await (await schedule()).removeTimer(await portOf(dataDirOf(ctx)), scopeOf(ctx));
    if (ctx.json) ctx.out(JSON.stringify(r, null, 2));
    else
      ctx.out(
        r.removed
          ? `Removed the ${KIND_LABEL[r.kind]}. Renewals now happen only while the app runs, or when you run "certdesk renew".`
          : `There was no ${KIND_LABEL[r.kind]} to remove${scopeOf(ctx) === 'user' ? ' (a system-wide one is removed with --system)' : ''}.`,
      );
    return 0;
  },
};

export const scheduleStatus: Command = {
  name: 'schedule status',
  summary: 'is the OS timer installed, and when does it run?',
  usage: 'certdesk schedule status [--system] [--json]',
  options: OPTS,
  async run(ctx) {
    const s = await (await schedule()).timerStatus(await portOf(dataDirOf(ctx)), scopeOf(ctx));
    if (ctx.json) ctx.out(JSON.stringify(s, null, 2));
    else if (!s.installed)
      ctx.out(
        `No ${KIND_LABEL[s.kind]}${s.scope === 'system' ? ' (system-wide)' : ''} is installed. Install one: certdesk schedule install${s.scope === 'system' ? ' --system' : ''}`,
      );
    else {
      ctx.out(
        `A ${KIND_LABEL[s.kind]}${s.scope === 'system' ? ' (system-wide)' : ''} runs "certdesk renew --quiet"${s.times ? ` at ${s.times}` : ''}${s.active ? '' : ', but the system says it is not active: run "certdesk schedule install" again'}.`,
      );
      for (const f of s.files) ctx.out(`  ${f}`);
      for (const n of s.notes) ctx.out(`- ${n}`);
    }
    // Exit 1 when not installed, so scripts can test it.
    return s.installed && s.active ? 0 : 1;
  },
};

export const SCHEDULE_COMMANDS: Command[] = [scheduleInstall, scheduleRemove, scheduleStatus];
