#!/usr/bin/env node
// The `certdesk` command: the same engine as the desktop app, no Electron.
import pkg from '../../package.json' with { type: 'json' };
import { parseArgs } from 'node:util';
import { isCertdeskError, toErrorShape, type ErrorCode } from '../shared/errors.ts';
import { makeContext } from './context.ts';
import { cliHint } from './error-hints.ts';
import type { Command, OptionSpec } from './commands/types.ts';
import { CORE_COMMANDS } from './commands/core.ts';
import { profileCmd } from './commands/profile.ts';
import { exportCmd } from './commands/export.ts';
import { DEPLOY_COMMANDS } from './commands/deploy.ts';
import { renewCmd } from './commands/renew.ts';
import { checkCmd } from './commands/check.ts';
import { siteCheckCmd } from './commands/site-check.ts';
import { uiCommand } from './commands/ui.ts';
import { notifyCmd } from './commands/notify.ts';
import { SCHEDULE_COMMANDS } from './commands/schedule.ts';
import { completionCommand } from './commands/completion.ts';
import { defaultDataDir, str } from './context.ts';
import { logFilePath } from '../storage/file-logger.ts';
import { traceMark, traceStart } from '../shared/trace.ts';
import path from 'node:path';

const COMMANDS: Command[] = [
  ...CORE_COMMANDS,
  profileCmd,
  checkCmd,
  renewCmd,
  exportCmd,
  siteCheckCmd,
  ...DEPLOY_COMMANDS,
  notifyCmd,
  ...SCHEDULE_COMMANDS,
  uiCommand,
];

const GLOBAL: Record<string, OptionSpec> = {
  'data-dir': {
    type: 'string',
    arg: 'DIR',
    help: "data folder (default: the desktop app's, or $CERTDESK_DATA_DIR)",
  },
  'ca-cert': {
    type: 'string',
    arg: 'FILE',
    help: "an extra root to trust for the CA's own HTTPS (e.g. a local test CA)",
  },
  'http-port': {
    type: 'string',
    arg: 'N',
    help: 'port for http-01 (default 80; another port only for a local test CA)',
  },
  'tls-port': {
    type: 'string',
    arg: 'N',
    help: 'port for tls-alpn-01 (default 443; another port only for a local test CA)',
  },
  'site-check-port': {
    type: 'string',
    arg: 'N',
    help: 'port the live-site check connects to (default 443; another port only for a local test site)',
  },
  'dns-resolver': {
    type: 'string',
    arg: 'HOST:PORT',
    help: 'DNS server for checks and propagation polling',
  },
  json: { type: 'boolean', help: 'machine-readable output on stdout' },
  quiet: {
    type: 'boolean',
    short: 'q',
    help: 'print only errors (for cron and timers: silent when all is well)',
  },
  verbose: { type: 'boolean', help: 'log details to stderr' },
  help: { type: 'boolean', short: 'h', help: 'show help' },
  version: { type: 'boolean', short: 'V', help: 'print the version of Certdesk' },
};

/** Exit codes (README "Exit codes"). */
export const EXIT = { ok: 0, failed: 1, usage: 2, retryLater: 3, storage: 4 } as const;
COMMANDS.splice(
  COMMANDS.length - 1,
  0,
  completionCommand(() => COMMANDS, GLOBAL),
);
const USAGE_CODES: ErrorCode[] = [
  'invalid-input',
  'invalid-name',
  'invalid-email',
  'tos-not-agreed',
  'eab-required',
  'eab-invalid',
  'no-account',
  'ambiguous-account',
  'not-found',
  'file-exists',
  'wrong-password',
  'unsupported',
];
const STORAGE_CODES: ErrorCode[] = [
  'store-corrupt',
  'store-too-new',
  'storage',
  'disk-full',
  'permission-denied',
];

export function exitCodeFor(code: ErrorCode, retryable: boolean): number {
  if (USAGE_CODES.includes(code)) return EXIT.usage;
  if (STORAGE_CODES.includes(code)) return EXIT.storage;
  if (code === 'store-locked' || retryable) return EXIT.retryLater;
  return EXIT.failed;
}

function findCommand(words: string[]): { cmd: Command; rest: string[] } | null {
  for (const cmd of COMMANDS) {
    const parts = cmd.name.split(' ');
    if (parts.every((p, i) => words[i] === p)) return { cmd, rest: words.slice(parts.length) };
  }
  return null;
}

function optionLines(opts: Record<string, OptionSpec>): string[] {
  return Object.entries(opts).map(([k, o]) => {
    const left = `  ${o.short ? `-${o.short}, ` : ''}--${k}${o.arg ? ` ${o.arg}` : ''}`;
    return (left.length >= 34 ? `${left}  ` : left.padEnd(34)) + o.help;
  });
}

function mainHelp(): string {
  return [
    "certdesk: get and keep TLS certificates from Let's Encrypt and other ACME CAs.",
    '',
    'Usage: certdesk <command> [options]',
    '',
    'Commands:',
    // Names as long as "schedule install" keep a gap before their summary.
    ...COMMANDS.map(
      (c) =>
        `  ${c.name.padEnd(Math.max(16, ...COMMANDS.map((x) => x.name.length + 2)))}${c.summary}`,
    ),
    '',
    'Global options (before or after the command):',
    ...optionLines(GLOBAL),
    '',
    'Environment:',
    "  CERTDESK_DATA_DIR               the data folder, as --data-dir (default: the app's folder)",
    '  CERTDESK_KEYCHAIN=off|on        keep the master key in a 0600 file (off) or the system keychain',
    '',
    `Log file: ${logFilePath(defaultDataDir())} (under the data folder; errors point to it)`,
    '',
    'Start here:',
    '  certdesk account create --email you@example.com --agree-tos',
    '  certdesk issue --domain example.com',
    '  certdesk export example.com --out /etc/ssl/example.com',
    '  certdesk schedule install          renew twice a day, also when you are signed out',
    '',
    'Run "certdesk <command> --help" for a command\'s options. Exit codes: 0 done, 1 failed, 2 fix the input, 3 temporary: retry later, 4 data folder problem.',
  ].join('\n');
}

function commandHelp(cmd: Command): string {
  return [
    `${cmd.summary}`,
    '',
    `Usage: ${cmd.usage}`,
    '',
    'Options:',
    ...optionLines(cmd.options),
    '',
    'Global options:',
    ...optionLines(GLOBAL),
  ].join('\n');
}

export async function runCli(argv: string[]): Promise<number> {
  traceStart('cli-start');
  const allOptions: Record<
    string,
    { type: 'string' | 'boolean'; multiple?: boolean; short?: string }
  > = {};
  for (const spec of [GLOBAL, ...COMMANDS.map((c) => c.options)]) {
    for (const [k, o] of Object.entries(spec))
      allOptions[k] = {
        type: o.type,
        ...(o.multiple ? { multiple: true } : {}),
        ...(o.short ? { short: o.short } : {}),
      };
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options: allOptions, allowPositionals: true, strict: true });
  } catch (e) {
    process.stderr.write(
      `error: ${(e as Error).message.replace(/^Unknown option/, 'unknown option')}\nRun "certdesk --help" for the options.\n`,
    );
    return EXIT.usage;
  }
  const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
  const found = findCommand(parsed.positionals);
  if (!found) {
    if (values.version && parsed.positionals.length === 0) {
      process.stdout.write(`certdesk ${pkg.version}\n`);
      return EXIT.ok;
    }
    if (parsed.positionals.length === 0 || values.help) {
      process.stdout.write(mainHelp() + '\n');
      return parsed.positionals.length === 0 && !values.help ? EXIT.usage : EXIT.ok;
    }
    process.stderr.write(
      `error: unknown command "${parsed.positionals.join(' ')}".\n\n${mainHelp()}\n`,
    );
    return EXIT.usage;
  }
  const { cmd, rest } = found;
  if (values.help) {
    process.stdout.write(commandHelp(cmd) + '\n');
    return EXIT.ok;
  }
  const allowed = new Set([...Object.keys(GLOBAL), ...Object.keys(cmd.options)]);
  const foreign = Object.keys(values).filter((k) => values[k] !== undefined && !allowed.has(k));
  if (foreign.length) {
    process.stderr.write(
      `error: "${cmd.name}" does not take ${foreign.map((f) => `--${f}`).join(', ')}.\n\n${commandHelp(cmd)}\n`,
    );
    return EXIT.usage;
  }
  const ctx = makeContext(values, rest);
  try {
    const code = await cmd.run(ctx);
    traceMark('cli-done');
    return code;
  } catch (e) {
    traceMark('cli-failed');
    const shape = toErrorShape(e);
    if (ctx.json) process.stdout.write(JSON.stringify({ error: shape }, null, 2) + '\n');
    const hint =
      shape.code === 'file-exists' ? ' Add --overwrite to replace them.' : cliHint(shape);
    process.stderr.write(`error: ${shape.message}${hint}\n`);
    if (shape.retryAfter) process.stderr.write(`  retry after: ${shape.retryAfter}\n`);
    if (shape.link) process.stderr.write(`  open this page: ${shape.link}\n`);
    if (shape.detail && (values.verbose || !isCertdeskError(e)))
      process.stderr.write(`  details: ${shape.detail}\n`);
    const code = exitCodeFor(shape.code, shape.retryable);
    // Input mistakes are explained in full above; anything else may have more in the log.
    if (code !== EXIT.usage)
      process.stderr.write(
        `  log: ${logFilePath(path.resolve(str(values, 'data-dir') ?? defaultDataDir()))}\n`,
      );
    return code;
  }
}

export function registerCommands(cmds: Command[]): void {
  COMMANDS.push(...cmds);
}

if (import.meta.main) {
  runCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`error: ${(e as Error).message}\n`);
      process.exitCode = 1;
    },
  );
}
