// What every CLI command gets: parsed options, the engine (opened lazily), output helpers.
import { dataNotices } from '../engine/data-notices.ts';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CertdeskError } from '../shared/errors.ts';
import type { Engine, EngineOptions } from '../engine/engine.ts';
import type { Runtime } from '../api/runtime.ts';
import { createFileLogger } from '../storage/file-logger.ts';
import { traceMark } from '../shared/trace.ts';
import type { Prompter } from '../engine/challenges/index.ts';

export type Values = Record<string, string | boolean | string[] | undefined>;

export type CliContext = {
  values: Values;
  positionals: string[];
  json: boolean;
  /** --quiet: only errors are printed (for cron and the OS timer). */
  quiet: boolean;
  out: (line: string) => void;
  err: (line: string) => void;
  /** Progress and notes on stderr: silent with --quiet, unlike err (errors). */
  progress: (line: string) => void;
  /** The engine of the command's runtime (runtimeOf), opened lazily. */
  engine: () => Promise<Engine>;
  engineOptions: () => EngineOptions;
};

/** Electron's userData folder for productName "Certdesk": the app and the CLI share it. */
export function defaultDataDir(): string {
  if (process.env.CERTDESK_DATA_DIR) return process.env.CERTDESK_DATA_DIR;
  const home = os.homedir();
  if (process.platform === 'win32')
    return path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Certdesk');
  if (process.platform === 'darwin')
    return path.join(home, 'Library', 'Application Support', 'Certdesk');
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Certdesk');
}

export function str(v: Values, name: string): string | undefined {
  const x = v[name];
  if (Array.isArray(x)) return x.at(-1);
  return typeof x === 'string' ? x : undefined;
}
export function list(v: Values, name: string): string[] {
  const x = v[name];
  if (Array.isArray(x))
    return x
      .flatMap((s) => s.split(','))
      .map((s) => s.trim())
      .filter(Boolean);
  return typeof x === 'string'
    ? x
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
}
export function int(v: Values, name: string): number | undefined {
  const s = str(v, name);
  if (s === undefined) return undefined;
  const n = Number(s);
  if (!Number.isInteger(n) || n < 1 || n > 65535)
    throw new CertdeskError(
      'invalid-input',
      `--${name} needs a port number from 1 to 65535, not "${s}".`,
    );
  return n;
}
/** Runs work that Ctrl+C (or SIGTERM) should cancel cleanly: the signal aborts, cleanup still runs. */
export async function withInterrupt<T>(fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const onSignal = () => controller.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    return await fn(controller.signal);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

export function readSecretFile(file: string, what: string): string {
  try {
    const s = readFileSync(file, 'utf8').trim();
    if (!s) throw new Error('empty');
    return s;
  } catch {
    throw new CertdeskError(
      'invalid-input',
      `Cannot read ${what} from ${file}. Check that the file exists and is not empty.`,
    );
  }
}

const runtimes = new WeakMap<CliContext, () => Promise<Runtime>>();

/** The runtime of a one-shot command (face 'cli': engine, notifier, handlers), opened once. */
export function runtimeOf(ctx: CliContext): Promise<Runtime> {
  const open = runtimes.get(ctx);
  if (!open)
    throw new CertdeskError('internal', 'This command context has no data folder to open.');
  return open();
}

export function makeContext(values: Values, positionals: string[]): CliContext {
  const json = values.json === true;
  const quiet = values.quiet === true;
  const out = (line: string) => {
    if (!quiet) process.stdout.write(line + '\n');
  };
  const err = (line: string) => {
    process.stderr.write(line + '\n');
  };
  const progress = quiet ? () => {} : err;
  let runtime: Promise<Runtime> | null = null;
  const engineOptions = (): EngineOptions => {
    const dataDir = path.resolve(str(values, 'data-dir') ?? defaultDataDir());
    const caCert = str(values, 'ca-cert');
    let caCertPem: string | undefined;
    if (caCert) {
      try {
        caCertPem = readFileSync(caCert, 'utf8');
      } catch {
        throw new CertdeskError(
          'invalid-input',
          `Cannot read the CA certificate ${caCert}. Give the PEM file of the extra root to trust.`,
        );
      }
      if (!caCertPem.includes('BEGIN CERTIFICATE'))
        throw new CertdeskError('invalid-input', `${caCert} is not a PEM certificate.`);
    }
    const resolver = str(values, 'dns-resolver');
    if (resolver && !/^[0-9a-f.:[\]]+:\d+$|^[0-9.]+$/i.test(resolver))
      throw new CertdeskError(
        'invalid-input',
        `--dns-resolver needs an IP address and port like 127.0.0.1:53, not "${resolver}".`,
      );
    return {
      dataDir,
      app: 'Certdesk CLI',
      ...(caCertPem ? { caCertPem } : {}),
      ...(int(values, 'http-port') ? { httpPort: int(values, 'http-port') } : {}),
      ...(int(values, 'tls-port') ? { tlsPort: int(values, 'tls-port') } : {}),
      ...(int(values, 'site-check-port') ? { siteCheckPort: int(values, 'site-check-port') } : {}),
      ...(resolver ? { dnsResolver: resolver } : {}),
      logger: createFileLogger(dataDir, {
        ...(values.verbose ? { echo: err, level: 'debug' as const } : {}),
      }),
      prompter: stdinPrompter(err),
    };
  };
  const ctx: CliContext = {
    values,
    positionals,
    json,
    quiet,
    out,
    err,
    progress,
    engineOptions,
    engine: async () => (await runtimeOf(ctx)).engine,
  };
  runtimes.set(ctx, () => {
    runtime ??= (async () => {
      // Loaded here, not at the top: commands that never open the data folder (--version, help,
      // completion) start without parsing the engine, acme-client and axios (issue 21).
      const { openRuntime } = await import('../api/runtime.ts');
      traceMark('engine-loaded');
      const { realTimer } = await import('../engine/schedule/index.ts');
      const rt = await openRuntime({ ...engineOptions(), face: 'cli', timer: realTimer() });
      traceMark('store-opened');
      await announceNotices(rt.engine, err, quiet ? null : progress);
      return rt;
    })();
    return runtime;
  });
  return ctx;
}

async function announceNotices(
  e: Engine,
  err: (l: string) => void,
  /** null with --quiet: the once-only note waits for a run that shows it. */
  note: ((l: string) => void) | null,
): Promise<void> {
  // Issue 22: what was restored, what is missing, what nothing renews; always, even with --quiet.
  for (const n of dataNotices(e.settings.storageNotices())) err(`warning: ${n.message}`);
  for (const n of e.settings.storageNotices()) {
    if (n.kind === 'corrupt-moved-aside')
      err(
        `warning: the data file was damaged (${n.reason}); it was moved aside to ${n.movedTo}. Certdesk rebuilt what it could from the certificate folders; restore the file from a backup if you need what else it held.`,
      );
    if (
      n.kind === 'secrets-in-file' &&
      note &&
      !e.settings.get().shownNotices?.['secrets-in-file']
    ) {
      note(
        `note: no system keychain answered, so private keys are encrypted with a key kept in ${n.file} (readable only by you, mode 0600). Keep the data folder private and back it up. This note is shown once.`,
      );
      await e.settings.markShown('secrets-in-file');
    }
  }
}

// Lines typed (or piped) on stdin, read once and queued: an answer that arrives before the
// question (a script piping "\n") is kept for it, and the end of input is known.
const stdinLines = (() => {
  const queue: string[] = [];
  const waiters: ((line: string | null) => void)[] = [];
  let ended = false;
  let started = false;
  let partial = '';
  const start = () => {
    if (started) return;
    started = true;
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk: string) => {
      partial += chunk;
      let i: number;
      while ((i = partial.indexOf('\n')) >= 0) {
        const line = partial.slice(0, i);
        partial = partial.slice(i + 1);
        const w = waiters.shift();
        if (w) w(line);
        else queue.push(line);
      }
    });
    process.stdin.on('end', () => {
      ended = true;
      for (const w of waiters.splice(0)) w(null);
    });
  };
  return {
    next(): Promise<string | null> {
      start();
      if (queue.length) return Promise.resolve(queue.shift()!);
      if (ended) return Promise.resolve(null);
      // A paused pipe still keeps the process alive: hold stdin only while someone waits for a line.
      const stdin = process.stdin as NodeJS.ReadStream & { ref?: () => void; unref?: () => void };
      stdin.ref?.();
      stdin.resume();
      return new Promise((resolve) =>
        waiters.push((l) => {
          if (!waiters.length) {
            stdin.pause();
            stdin.unref?.();
          }
          resolve(l);
        }),
      );
    },
  };
})();

function stdinPrompter(err: (l: string) => void): Prompter {
  return {
    async waitForUser(message, signal) {
      err(`\n${message}\n\nPress Enter when it is in place (Ctrl+C to cancel).`);
      const aborted = new Promise<'aborted'>((resolve) =>
        signal.addEventListener('abort', () => resolve('aborted'), { once: true }),
      );
      const line = await Promise.race([stdinLines.next(), aborted]);
      if (line === 'aborted') throw new CertdeskError('cancelled', 'Cancelled.');
      if (line === null)
        throw new CertdeskError(
          'cancelled',
          'Manual mode needs you to press Enter when the record or file is in place, but input ended. Run it in a terminal, or choose an automatic method.',
        );
    },
  };
}
