// What the handlers are given by the runtime (runtime.ts) that wires them for a face.
import type { z } from 'zod';
import type { AppEvent, SchedulerStateSchema } from '../shared/contract.ts';
import type { Engine } from '../engine/engine.ts';
import type { ProgressFn } from '../engine/ports.ts';
import type { PromptBroker, RunRegistry } from './prompts.ts';
import type { CommandApprovalRequest } from '../engine/command-approval.ts';
import type { TimerDeps } from '../engine/schedule/index.ts';

export type SchedulerState = z.infer<typeof SchedulerStateSchema>;
export type NotifyChannel = 'desktop' | 'email' | 'webhook';

export type HandlerDeps = {
  engine: Engine;
  /** Sends one event to the UI (IPC event channel or server-sent events). */
  emit(event: AppEvent): void;
  /** 'app' (Electron) or 'browser' (certdesk ui). Default 'app'. */
  face?: 'app' | 'browser';
  version?: string;
  /** The system folder picker (app only). */
  chooseFolder?(): Promise<string | null>;
  /** Puts text on the system clipboard from main (app only): how the key reaches a paste field without the page seeing it. */
  copyToClipboard?(text: string): Promise<void> | void;
  getLaunchAtLogin?(): boolean;
  setLaunchAtLogin?(on: boolean): Promise<void> | void;
  /** The renewal scheduler, when this face runs one. */
  kickScheduler?(): void;
  schedulerState?(): SchedulerState | null;
  /** Sends a test notification through one channel (the notifier of engine/renewal, wired by the face). */
  notifyTest?(channel: NotifyChannel): Promise<{ sent: boolean; detail?: string }>;
  /** Replaces the data folder with a backup; the face restarts what needs restarting. */
  restoreData?(path: string): Promise<{ restartNeeded: boolean }>;
  /**
   * Desktop app only: asks the person, in a native dialog of the main process that shows the
   * exact command, whether Certdesk may store and run it (issue 20). Resolves true only on "Allow".
   * Without it, a request that sets a new command is refused.
   */
  confirmCommand?(request: CommandApprovalRequest): Promise<boolean>;
  /**
   * The OS timer behind "Keep renewing when I am signed out" (issue 19), from openRuntime's `timer`:
   * the real one only in the desktop app, browser mode and the CLI; a recording stand-in in tests.
   * Without it the unattended channels refuse: nothing falls back to this machine's real timer.
   */
  timer?: TimerDeps;
  /** A shared broker when the face opened the engine with its prompter (ui.ts); made here otherwise. */
  prompts?: PromptBroker;
};

export type HandlerContext = {
  engine: Engine;
  emit(event: AppEvent): void;
  deps: HandlerDeps;
  prompts: PromptBroker;
  runs: RunRegistry;
  /** Issuance progress as 'issue-progress' events for the run (and certificate) it belongs to. */
  progressFor(runId: string | null, certId: string | null): ProgressFn;
};
