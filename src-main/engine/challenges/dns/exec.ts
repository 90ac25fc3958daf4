// dns-01 through the user's own script (R12): `COMMAND present FQDN VALUE` and `COMMAND cleanup
// FQDN VALUE`, lego's `exec` provider convention (FQDN with a trailing dot), so the hundreds of
// provider scripts written for lego or acme.sh become usable. Run with execFile: no shell, so a
// value can never be read as shell syntax.
import { execFile } from 'node:child_process';
import { CertdeskError, textError } from '../../../shared/errors.ts';
import { SECOND_MS } from '../../../shared/durations.ts';
import type { Clock } from '../../ports.ts';
import type { ChallengeSolver, ChallengeContext } from '../types.ts';
import { challengeRecordName, followCname } from './zone.ts';
import { autoHowToFix, lookupFor, waitForTxt } from './propagation.ts';
import { said, say, text, type Text } from '../../../shared/engine-text.ts';

export const EXEC_TIMEOUT_DEFAULT_S = 120;
const STDERR_LINES = 5;

/**
 * Splits a command line into argv: whitespace separates, '...' is literal, "..." allows \" and
 * \\, and a backslash outside quotes escapes the next character (not on Windows, where it is the
 * path separator). No variables, globs or pipes: it is not a shell.
 */
export function splitCommand(line: string, windows = process.platform === 'win32'): string[] {
  const out: string[] = [];
  let cur = '';
  let has = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote === "'") {
      if (c === "'") quote = null;
      else cur += c;
      continue;
    }
    if (quote === '"') {
      if (c === '"') quote = null;
      else if (c === '\\' && (line[i + 1] === '"' || line[i + 1] === '\\')) cur += line[++i];
      else cur += c;
      continue;
    }
    if (c === "'" || c === '"') {
      quote = c;
      has = true;
      continue;
    }
    if (c === '\\' && !windows && i + 1 < line.length) {
      cur += line[++i];
      has = true;
      continue;
    }
    if (/\s/.test(c)) {
      if (has) {
        out.push(cur);
        cur = '';
        has = false;
      }
      continue;
    }
    cur += c;
    has = true;
  }
  if (quote)
    throw new CertdeskError(
      'invalid-input',
      `The DNS script command has an unclosed ${quote} quote: ${line}`,
    );
  if (has) out.push(cur);
  if (out.length === 0) throw textError('invalid-input', text('error.scriptEmpty'));
  return out;
}

const tail = (text: string): string =>
  text
    .split(/\r?\n/)
    .map((l) => l.trimEnd())
    .filter(Boolean)
    .slice(-STDERR_LINES)
    .map((l) => l.slice(0, 300))
    .join('\n');

/** Runs `argv + [action, fqdn, value]`; throws a CertdeskError naming the cause and the fix. */
export function runDnsCommand(
  argv: string[],
  action: 'present' | 'cleanup',
  fqdn: string,
  value: string,
  opts: { timeoutMs: number; signal?: AbortSignal },
): Promise<void> {
  const [file, ...args] = argv;
  return new Promise((resolve, reject) => {
    execFile(
      file,
      [...args, action, fqdn, value],
      {
        timeout: opts.timeoutMs,
        maxBuffer: 1024 * 1024,
        windowsHide: true,
        ...(opts.signal ? { signal: opts.signal } : {}),
      },
      (err, _stdout, stderr) => {
        if (!err) return resolve();
        const e = err as NodeJS.ErrnoException & {
          killed?: boolean;
          signal?: string | null;
          code?: number | string;
        };
        const last = tail(String(stderr ?? ''));
        const said = last ? ` It said:\n${last}` : ' It printed nothing on stderr.';
        if (opts.signal?.aborted)
          return reject(textError('cancelled', text('failure.cancelledStart')));
        if (e.code === 'ENOENT')
          return reject(
            textError('solver', text('error.scriptNotFound', { script: file }), {
              detail: e.message,
            }),
          );
        if (e.code === 'EACCES')
          return reject(
            new CertdeskError(
              'solver',
              `The DNS script "${file}" cannot be run: it is not executable. Make it executable (chmod +x "${file}") or put its interpreter first (e.g. "sh ${file}").`,
              { detail: e.message },
            ),
          );
        if (e.killed || e.signal) {
          const t = text('error.scriptTimeout', {
            script: file,
            action,
            time:
              opts.timeoutMs < SECOND_MS
                ? `${opts.timeoutMs} ms`
                : `${Math.round(opts.timeoutMs / SECOND_MS)} s`,
          });
          return reject(
            textError('solver', t, {
              english: `${say(t)}${said}`,
              retryable: true,
              detail: last || 'no output on stderr',
            }),
          );
        }
        // The window shows the sentence and the script's last stderr lines behind "Show details";
        // the CLI and the log get both in one message.
        const t = text(action === 'present' ? 'error.scriptFailed' : 'error.scriptCleanupFailed', {
          script: file,
          code: String(e.code),
          name: fqdn,
        });
        reject(
          textError('solver', t, {
            english: `${say(t)}${said}`,
            retryable: true,
            detail: last || 'no output on stderr',
          }),
        );
      },
    );
  });
}

export type ExecDnsOptions = {
  command: string;
  timeoutMs: number;
  resolver?: string;
  propagationTimeoutMs: number;
  clock?: Clock;
};

export class ExecDnsSolver implements ChallengeSolver {
  readonly type = 'dns-01' as const;
  readonly interactive = false;
  readonly label: string;
  readonly labelText: Text;
  private readonly argv: string[];
  private readonly opts: ExecDnsOptions;
  private readonly written = new Map<ChallengeContext, { fqdn: string; value: string }>();

  constructor(opts: ExecDnsOptions) {
    this.opts = opts;
    this.argv = splitCommand(opts.command);
    this.labelText = text('solver.exec', { script: this.argv[0] });
    this.label = say(this.labelText);
  }

  async present(ctx: ChallengeContext): Promise<void> {
    const record = challengeRecordName(ctx.identifier);
    // lego's exec provider hands over the CNAME target too (its "effective FQDN"): same here.
    const { target } = await followCname(record, lookupFor(this.opts.resolver, ctx.signal)).catch(
      () => ({ target: record }),
    );
    const fqdn = `${target}.`;
    ctx.progress({
      step: 'challenge',
      name: ctx.identifier,
      ...said('progress.runScript', { script: this.argv[0], name: fqdn }),
    });
    this.written.set(ctx, { fqdn, value: ctx.dnsTxtValue });
    await runDnsCommand(this.argv, 'present', fqdn, ctx.dnsTxtValue, {
      timeoutMs: this.opts.timeoutMs,
      signal: ctx.signal,
    });
  }

  async waitReady(ctx: ChallengeContext): Promise<void> {
    await waitForTxt(challengeRecordName(ctx.identifier), ctx.dnsTxtValue, {
      resolver: this.opts.resolver,
      timeoutMs: this.opts.propagationTimeoutMs,
      signal: ctx.signal,
      progress: ctx.progress,
      clock: this.opts.clock,
      displayName: `${ctx.wildcard ? '*.' : ''}${ctx.identifier}`,
      howToFix: autoHowToFix(`Your DNS script (${this.argv[0]})`),
    });
  }

  async cleanup(ctx: ChallengeContext): Promise<void> {
    const w = this.written.get(ctx);
    if (!w) return;
    this.written.delete(ctx);
    // Always run: a present that failed halfway may have added the record anyway.
    await runDnsCommand(this.argv, 'cleanup', w.fqdn, w.value, { timeoutMs: this.opts.timeoutMs });
  }
}
