// The one runtime builder: the desktop app (app/main.ts), `certdesk ui`, the CLI commands, the
// e2e support and the benchmarks all get their engine, renewal service, notifier and handlers here,
// wired the same way. Events go to whoever subscribes (the IPC event sender, the web bridge's
// server-sent events): nothing is bound late.
import type { AppEvent, Result } from '../shared/contract.ts';
import { useSettingsProxy } from '../engine/net/proxy.ts';
import { Engine, type EngineOptions } from '../engine/engine.ts';
import {
  createRenewalService,
  describeSchedulerState,
  engineNotifier,
  type RenewalService,
  type RenewalServiceOptions,
} from '../engine/renewal/service.ts';
import type { Notifier, NotifyChannel as DesktopChannel } from '../engine/renewal/notifier.ts';
import type { TimerDeps } from '../engine/schedule/index.ts';
import type { HandlerSet } from './index.ts';
import type { HandlerDeps } from './context.ts';
import { PromptBroker } from './prompts.ts';

export type Face = 'app' | 'browser' | 'cli';

export type RuntimeOptions = EngineOptions & {
  face: Face;
  /** Run the renewal scheduler in this process (the desktop app, `certdesk ui`). */
  renewals?: boolean;
  /** Test seams of the scheduler (fake timers, no start delay). */
  scheduler?: RenewalServiceOptions['scheduler'];
  /** The desktop face's OS notifications, as a notifier channel. */
  desktop?: DesktopChannel;
  /** What only some faces can do (folder picker, clipboard, launch at login, restore). */
  capabilities?: Omit<
    Partial<HandlerDeps>,
    | 'engine'
    | 'emit'
    | 'face'
    | 'prompts'
    | 'kickScheduler'
    | 'schedulerState'
    | 'notifyTest'
    | 'timer'
  >;
  /**
   * The OS timer of Settings > "Keep renewing when I am signed out" (issue 19). Required, so every
   * caller chooses: realTimer() (engine/schedule) in the desktop app, browser mode and the CLI; a
   * recording stand-in (test/helpers/timer-stand-in.ts) in every test, so none touches this
   * machine's crontab, systemd units, launchd agents or scheduled tasks.
   */
  timer: TimerDeps;
  /** The first subscriber to the events (more with runtime.events.subscribe). */
  onEvent?: (event: AppEvent) => void;
};

export type Runtime = {
  engine: Engine;
  notifier: Notifier;
  /** Null unless opened with `renewals: true`. */
  renewals: RenewalService | null;
  /** The contract's handlers; null for the CLI, whose commands call the engine's services. */
  handlerSet: HandlerSet | null;
  prompts: PromptBroker;
  events: { subscribe(listener: (event: AppEvent) => void): () => void };
  /** One request through the contract (the sender was checked by the transport). */
  dispatch(channel: string, input: unknown): Promise<Result<unknown>>;
  close(): Promise<void>;
};

export async function openRuntime(opts: RuntimeOptions): Promise<Runtime> {
  const {
    face,
    renewals: runRenewals,
    scheduler,
    desktop,
    capabilities,
    timer,
    onEvent,
    ...engineOptions
  } = opts;
  const listeners = new Set<(event: AppEvent) => void>();
  if (onEvent) listeners.add(onEvent);
  const emit = (event: AppEvent): void => {
    for (const l of listeners) l(event);
  };
  // Manual modes wait for the window's "continue" button in the app and browser mode; the CLI
  // brings its own prompter (Enter on the terminal).
  const prompts = new PromptBroker(emit);
  const engine = await Engine.open({
    ...engineOptions,
    ...(face !== 'cli' || !engineOptions.prompter ? { prompter: prompts.prompter } : {}),
  });
  // Every outgoing connection reads the proxy of Settings when it starts, in every face: the app,
  // browser mode and a timer's `certdesk renew` (issue 19).
  useSettingsProxy(() => engine.settings.get().proxy);
  const renewals = runRenewals
    ? createRenewalService({
        engine,
        ...(desktop ? { desktop } : {}),
        ...(scheduler ? { scheduler } : {}),
        onState: (s) => emit({ type: 'scheduler', state: describeSchedulerState(s) }),
        onCertChanged: (id) => emit({ type: 'cert-changed', id }),
      })
    : null;
  const notifier = renewals?.notifier ?? engineNotifier(engine, desktop);
  // Loaded only for the window's faces: a one-shot CLI command starts faster without the contract,
  // the handlers and the pre-flight checks (another process's lock is held for seconds, not more).
  const api = face === 'cli' ? null : await import('./index.ts');
  const handlerSet = api?.createHandlerSet({
    ...capabilities,
    timer,
    engine,
    emit,
    face: face === 'app' ? 'app' : 'browser',
    prompts,
    notifyTest: (channel) => notifier.test(channel),
    ...(renewals
      ? {
          kickScheduler: () => renewals.kick(),
          schedulerState: () => describeSchedulerState(renewals.state()),
        }
      : {}),
  });
  const sender = { face: face === 'app' ? ('app' as const) : ('browser' as const) };
  return {
    engine,
    notifier,
    renewals,
    handlerSet: handlerSet ?? null,
    prompts,
    events: {
      subscribe(listener) {
        listeners.add(listener);
        return () => {
          listeners.delete(listener);
        };
      },
    },
    dispatch: async (channel, input) => {
      if (!api || !handlerSet) throw new Error('The CLI runtime serves no contract handlers.');
      return api.dispatch(handlerSet.handlers, channel, input, sender);
    },
    close: async () => {
      handlerSet?.close();
      await renewals?.stop();
    },
  };
}
