// The optional command run after a renewal re-exported the files (issue 6), e.g.
// `systemctl reload nginx`. It gets the paths in CERTDESK_* variables (never the key itself), a
// timeout, and its outcome (exit code, last lines of output) is returned for the history (R22/R23).
import { spawn, execFile } from 'node:child_process';
import { minutes, seconds, MINUTE_MS, SECOND_MS } from '../../shared/durations.ts';
import { systemClock, type Clock } from '../ports.ts';
import type { ExportResult, FileKind, KeyMaterial } from './types.ts';

export const POST_COMMAND_TIMEOUT_MS = minutes(2);
/** Grace between SIGTERM and SIGKILL once the timeout has passed. */
export const POST_COMMAND_KILL_GRACE_MS = seconds(5);
export const OUTPUT_TAIL_LINES = 20;
const OUTPUT_TAIL_BYTES = 64 * 1024;
const MAX_LINE_CHARS = 500;

export type PostCommandOutcome = {
  ok: boolean;
  /** Exit code, or null when the command was killed or could not start. */
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  cancelled: boolean;
  /** Last lines of stdout and stderr, interleaved, with anything shaped like a private key removed. */
  outputTail: string[];
  /** One sentence for the history. */
  summary: string;
};

export type PostCommandOptions = {
  timeoutMs?: number;
  signal?: AbortSignal;
  clock?: Clock;
  /** Strings to blank out of the output (e.g. a PFX password the command might echo). */
  redact?: string[];
  cwd?: string;
};

const PEM_KEY =
  /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z0-9 ]*PRIVATE KEY-----|$)/g;

/** Removes private keys (even a PEM cut off by the tail) and the given secrets from output. */
export function scrubOutput(text: string, redact: string[] = []): string {
  let out = text.replace(PEM_KEY, '[private key removed]');
  // The tail may start inside a key whose BEGIN line was cut off: drop everything up to its END.
  out = out.replace(/^[\s\S]*-----END [A-Z0-9 ]*PRIVATE KEY-----/, '[private key removed]');
  for (const s of redact) if (s.length >= 1) out = out.split(s).join('[redacted]');
  return out;
}

/** The CERTDESK_* variables for a post-renewal command, from what an export wrote. */
export function postCommandEnv(
  result: ExportResult,
  material: Pick<KeyMaterial, 'names' | 'id'>,
  dir: string,
): Record<string, string> {
  const first = (kind: FileKind): string | undefined =>
    result.files.find((f) => f.kind === kind)?.path;
  const env: Record<string, string> = {
    CERTDESK_CERT_ID: material.id,
    CERTDESK_NAMES: material.names.join(' '),
    CERTDESK_EXPORT_DIR: dir,
  };
  const vars: [string, string | undefined][] = [
    ['CERTDESK_CERT_PATH', first('cert') ?? first('der')],
    ['CERTDESK_KEY_PATH', first('key')],
    ['CERTDESK_CHAIN_PATH', first('chain')],
    ['CERTDESK_FULLCHAIN_PATH', first('fullchain')],
    ['CERTDESK_PFX_PATH', first('pfx')],
    ['CERTDESK_COMBINED_PATH', first('combined')],
    ['CERTDESK_DER_PATH', first('der')],
  ];
  for (const [k, v] of vars) if (v !== undefined) env[k] = v;
  return env;
}

function spell(ms: number): string {
  if (ms >= MINUTE_MS && ms % MINUTE_MS === 0)
    return ms === MINUTE_MS ? '1 minute' : `${ms / MINUTE_MS} minutes`;
  const s = Math.max(1, Math.round(ms / SECOND_MS));
  return s === 1 ? '1 second' : `${s} seconds`;
}

function killTree(pid: number | undefined, sig: NodeJS.Signals): void {
  if (pid === undefined) return;
  if (process.platform === 'win32') {
    execFile('taskkill', ['/pid', String(pid), '/T', '/F'], { windowsHide: true }, () => {});
    return;
  }
  // The child leads its own process group (detached), so the shell and whatever it started stop together.
  try {
    process.kill(-pid, sig);
  } catch {
    /* already gone */
  }
}

/** Runs `cmd` through the system shell with `env` added to ours; never throws for a failing command. */
export function runPostCommand(
  cmd: string,
  env: Record<string, string>,
  opts: PostCommandOptions = {},
): Promise<PostCommandOutcome> {
  const clock = opts.clock ?? systemClock;
  const timeoutMs = opts.timeoutMs ?? POST_COMMAND_TIMEOUT_MS;
  return new Promise((resolve) => {
    let buf = '';
    let timedOut = false;
    let cancelled = false;
    let settled = false;
    const timers: unknown[] = [];

    const finish = (exitCode: number | null, signal: string | null, startError?: Error): void => {
      if (settled) return;
      settled = true;
      for (const t of timers) clock.clearTimeout(t);
      opts.signal?.removeEventListener('abort', onAbort);
      const lines = scrubOutput(buf, opts.redact)
        .split(/\r?\n/)
        .filter((l) => l.trim() !== '');
      const outputTail = lines
        .slice(-OUTPUT_TAIL_LINES)
        .map((l) => (l.length > MAX_LINE_CHARS ? `${l.slice(0, MAX_LINE_CHARS)}…` : l));
      const ok = !timedOut && !cancelled && !startError && exitCode === 0;
      const summary = startError
        ? `The command after renewal could not start: ${startError.message}.`
        : timedOut
          ? `The command after renewal did not finish within ${spell(timeoutMs)} and was stopped; check it runs on its own, or allow it more time.`
          : cancelled
            ? 'The command after renewal was cancelled.'
            : ok
              ? 'The command after renewal finished successfully.'
              : exitCode !== null
                ? `The command after renewal failed with exit code ${exitCode}.`
                : `The command after renewal was stopped by signal ${signal ?? 'unknown'}.`;
      resolve({ ok, exitCode, signal, timedOut, cancelled, outputTail, summary });
    };

    const stop = (): void => {
      killTree(child.pid, 'SIGTERM');
      timers.push(
        clock.setTimeout(() => killTree(child.pid, 'SIGKILL'), POST_COMMAND_KILL_GRACE_MS),
      );
    };
    const onAbort = (): void => {
      cancelled = true;
      stop();
    };

    const child = spawn(cmd, {
      shell: true,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: process.platform !== 'win32',
      windowsHide: true,
      ...(opts.cwd ? { cwd: opts.cwd } : {}),
    });
    const collect = (chunk: Buffer): void => {
      buf += chunk.toString('utf8');
      if (buf.length > OUTPUT_TAIL_BYTES * 2) buf = buf.slice(-OUTPUT_TAIL_BYTES);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', (e) => finish(null, null, e));
    // 'close' (not 'exit') so the last output is in; a grandchild holding the pipes open after a
    // kill cannot delay us past the kill grace, because the whole group gets SIGKILL.
    child.on('close', (code, sig) => finish(code, sig));

    if (opts.signal?.aborted) onAbort();
    else opts.signal?.addEventListener('abort', onAbort, { once: true });
    timers.push(
      clock.setTimeout(() => {
        timedOut = true;
        stop();
      }, timeoutMs),
    );
  });
}
