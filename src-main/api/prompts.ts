// Manual modes (http-01 by hand, dns-01 by hand) wait for a person. In the app and in browser mode
// the person is looking at the wizard, not at a terminal: the wait becomes a 'prompt' event with
// the instructions, and the "I've added it — continue" button answers it (cert:continue).
// AsyncLocalStorage tells which run (the wizard's runId) a wait belongs to, so two issuances at
// once never answer each other's prompts.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import { CertdeskError, textError } from '../shared/errors.ts';
import type { AppEvent } from '../shared/contract.ts';
import type { Prompter } from '../engine/challenges/index.ts';
import { text as textOf, type PromptText } from '../shared/engine-text.ts';

type Waiting = {
  runId: string | null;
  message: string;
  text?: PromptText;
  resolve: () => void;
  reject: (e: unknown) => void;
};

export class PromptBroker {
  private readonly waits = new Map<string, Waiting>();
  private readonly als = new AsyncLocalStorage<{ runId: string }>();
  private emit: (event: AppEvent) => void;

  constructor(emit: (event: AppEvent) => void = () => {}) {
    this.emit = emit;
  }

  /** Set once the event sink exists (ui.ts opens the engine before the handlers). */
  setEmitter(emit: (event: AppEvent) => void): void {
    this.emit = emit;
  }

  /** Runs an issuance so that its prompts carry its runId. */
  run<T>(runId: string, fn: () => Promise<T>): Promise<T> {
    return this.als.run({ runId }, fn);
  }

  readonly prompter: Prompter = {
    waitForUser: (message, signal, text) => {
      if (signal.aborted)
        return Promise.reject(textError('cancelled', textOf('failure.cancelledPlain')));
      const promptId = randomBytes(8).toString('hex');
      const runId = this.als.getStore()?.runId ?? null;
      return new Promise<void>((resolve, reject) => {
        const done = () => {
          this.waits.delete(promptId);
          signal.removeEventListener('abort', onAbort);
          this.emit({ type: 'prompt-closed', promptId });
        };
        const onAbort = () => {
          done();
          reject(textError('cancelled', textOf('failure.cancelledManual')));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        this.waits.set(promptId, {
          runId,
          message,
          text,
          resolve: () => {
            done();
            resolve();
          },
          reject,
        });
        this.emit({ type: 'prompt', promptId, runId, message, ...(text ? { text } : {}) });
      });
    },
  };

  /** The person says it is in place. False when nothing waits under that id (already answered). */
  continue(promptId: string): boolean {
    const w = this.waits.get(promptId);
    if (!w) return false;
    w.resolve();
    return true;
  }

  /** Open waits, for a page that (re)connects in the middle of an issuance. */
  pending(): { promptId: string; runId: string | null; message: string; text?: PromptText }[] {
    return [...this.waits].map(([promptId, w]) => ({
      promptId,
      runId: w.runId,
      message: w.message,
      ...(w.text ? { text: w.text } : {}),
    }));
  }
}

/** Abort controllers of the runs the UI started, so "Cancel" reaches the right one. */
export class RunRegistry {
  private readonly runs = new Map<string, AbortController>();

  start(runId: string): AbortSignal {
    if (this.runs.has(runId))
      throw new CertdeskError(
        'invalid-input',
        'This issuance is already running. Wait for it to finish or cancel it.',
        { retryable: true },
      );
    const c = new AbortController();
    this.runs.set(runId, c);
    return c.signal;
  }

  end(runId: string): void {
    this.runs.delete(runId);
  }

  cancel(runId: string): boolean {
    const c = this.runs.get(runId);
    if (!c) return false;
    c.abort(textError('cancelled', textOf('failure.cancelledPlain')));
    return true;
  }

  cancelAll(): void {
    for (const c of this.runs.values())
      c.abort(textError('cancelled', textOf('failure.cancelledClosing')));
  }
}
