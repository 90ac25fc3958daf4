// The application layer: one electron-free handler per contract channel. src-main/app/ipc.ts serves
// them over IPC, src-main/web/ over HTTP, so the UI cannot tell the two apart (DESIGN.md
// convention 1). The faces get them from openRuntime (runtime.ts); tests may build them directly:
//
//   const handlers = createHandlers({ engine, emit });
//   const result = await dispatch(handlers, channel, input); // after the transport's sender check
import type { AppEvent } from '../shared/contract.ts';
import { accountImpls } from './handlers/accounts.ts';
import { profileImpls } from './handlers/profiles.ts';
import { siteCheckImpls } from './handlers/site-check.ts';
import { deployImpls } from './handlers/deploy.ts';
import { reminderImpls } from './handlers/reminders.ts';
import { limitsImpls } from './handlers/limits.ts';
import { appStateImpls } from './handlers/app-state.ts';
import { certImpls } from './handlers/certificates.ts';
import { dataImpls } from './handlers/data.ts';
import { unattendedImpls } from './handlers/unattended.ts';
import { exportImpls } from './handlers/exports.ts';
import { issuanceImpls } from './handlers/issuance.ts';
import { settingsImpls } from './handlers/settings.ts';
import { checkedEmitter, wrapHandlers, type Handlers, type Impls } from './dispatch.ts';
import { PromptBroker, RunRegistry } from './prompts.ts';
import { gateCommands } from './command-gate.ts';
import type { HandlerContext, HandlerDeps } from './context.ts';

export { dispatch, safeError, type Handlers, type Handler, type SenderInfo } from './dispatch.ts';
export { PromptBroker, RunRegistry } from './prompts.ts';
export type { HandlerDeps, NotifyChannel, SchedulerState } from './context.ts';
export { SMTP_PASSWORD_REF } from '../engine/services/settings.ts';

export type HandlerSet = {
  handlers: Handlers;
  prompts: PromptBroker;
  runs: RunRegistry;
  /** Cancels the runs still going (on quit). */
  close(): void;
};

export function createHandlerSet(deps: HandlerDeps): HandlerSet {
  const emit = checkedEmitter(
    (e: AppEvent) => deps.emit(e),
    (why) => deps.engine.log.warn('event dropped', { why }),
  );
  const prompts = deps.prompts ?? new PromptBroker(emit);
  if (deps.prompts) prompts.setEmitter(emit);
  // A face that opened the engine without a prompter (the desktop app) gets this broker's, so the
  // manual modes wait for the wizard's "continue" button rather than failing as unattended.
  if (!deps.engine.opts.prompter) deps.engine.opts.prompter = prompts.prompter;
  const runs = new RunRegistry();
  const ctx: HandlerContext = {
    engine: deps.engine,
    emit,
    deps,
    prompts,
    runs,
    progressFor: (runId, certId) => (step) => emit({ type: 'issue-progress', runId, certId, step }),
  };
  const impls: Impls = gateCommands(ctx, {
    ...appStateImpls(ctx),
    ...accountImpls(ctx),
    ...profileImpls(ctx),
    ...siteCheckImpls(ctx),
    ...limitsImpls(ctx),
    ...issuanceImpls(ctx),
    ...certImpls(ctx),
    ...exportImpls(ctx),
    ...settingsImpls(ctx),
    ...dataImpls(ctx),
    ...deployImpls(ctx),
    ...reminderImpls(ctx),
    ...unattendedImpls(ctx),
  });
  return { handlers: wrapHandlers(impls), prompts, runs, close: () => runs.cancelAll() };
}

export function createHandlers(deps: HandlerDeps): Handlers {
  return createHandlerSet(deps).handlers;
}
