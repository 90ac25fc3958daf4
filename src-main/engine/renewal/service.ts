// The renewal service: the scheduler and the notifier over one engine, as a long-running face
// (the desktop app, browser mode) hosts them. The scheduler renews what is due; every pass ends
// with the notices a person should get (renewal failed or succeeded, expiring, expired, the CA
// moved its ARI window earlier), each at most once a day per certificate (the notifier's gate).
import type { Engine } from '../engine.ts';
import { summarize } from '../summary.ts';
import { reminderNotice, reminderOf } from '../deploy/reminders.ts';
import { toErrorShape } from '../../shared/errors.ts';
import {
  createScheduler,
  engineAdapter,
  type Scheduler,
  type SchedulerEvent,
  type SchedulerOptions,
  type SchedulerState,
} from './scheduler.ts';
import {
  channelsFromSettings,
  createNotifier,
  makeNotice,
  noticesFor,
  storeGate,
  storeSecretOpener,
  type ChannelName,
  type Notice,
  type Notifier,
  type NotifyChannel,
  type NotifyResult,
} from './notifier.ts';
import { mainLanguage } from '../../shared/main-i18n.ts';
import { deployFailedNotice } from './deploy-notice.ts';
import type { DeployOutcome } from './renew-and-deploy.ts';

/** The language of notices and e-mails: the person's setting, else the computer's (issue 19). */
export const noticeLanguage = (engine: Pick<Engine, 'store'>): string =>
  mainLanguage(engine.store.read().settings.language);

export type RenewalServiceOptions = {
  engine: Engine;
  /** The desktop face's notification channel (tray/OS notifications). */
  desktop?: NotifyChannel;
  /** Told after every scheduler state change (tray, UI). */
  onState?: (state: SchedulerState) => void;
  /** Told when a renewal changed a certificate (renewed, or a failure recorded). */
  onCertChanged?: (id: string) => void;
  /** Told of every notice sent, with what each channel did (tests, UI history). */
  onNotice?: (notice: Notice, result: NotifyResult) => void;
  /** Test seams of the scheduler (fake timers, no start delay). */
  scheduler?: Partial<
    Pick<
      SchedulerOptions,
      | 'setTimer'
      | 'clearTimer'
      | 'startDelayMaxMs'
      | 'maxSleepMs'
      | 'wakeJitterMs'
      | 'maxConcurrent'
      | 'random'
    >
  >;
};

export type RenewalService = {
  start(): void;
  stop(): Promise<void>;
  /** Plan again now (power resume, unlock, a setting changed, a certificate added). */
  kick(): void;
  pause(paused: boolean): void;
  onState(cb: (state: SchedulerState) => void): () => void;
  state(): SchedulerState;
  notifier: Notifier;
  /** Sends the notices of one pass: expiring, expired, ARI moved (exported for the CLI's renew). */
  sendDueNotices(): Promise<void>;
  testChannel(channel: ChannelName): Promise<{ sent: boolean; detail: string }>;
};

/** The notifier over the engine's settings and store: channels re-read on every message. */
export function engineNotifier(engine: Engine, desktop?: NotifyChannel): Notifier {
  const store = engine.store;
  return createNotifier({
    channels: () => channelsFromSettings(store.read().settings, storeSecretOpener(store), desktop),
    gate: storeGate(store),
    notifyOnSuccess: () => store.read().settings.notifyOnSuccess === true,
    log: engine.log,
    clock: engine.clock,
    language: () => mainLanguage(store.read().settings.language),
  });
}

/** Notices that follow from the certificates' state (not from one attempt): expiring, expired, ARI moved. */
export async function sendStateNotices(
  engine: Engine,
  notifier: Notifier,
  onNotice?: (n: Notice, r: NotifyResult) => void,
): Promise<void> {
  const now = engine.clock.now();
  const lang = noticeLanguage(engine);
  for (const cert of engine.storedCertificates()) {
    if (cert.revoked || !cert.current) continue;
    const notices = noticesFor(
      summarize(cert, now, engine.planner, engine.isRenewing(cert.id)),
      now,
      lang,
    );
    if (cert.ari?.movedEarlierAt) {
      notices.push(
        makeNotice(
          'ari-moved',
          { id: cert.id, names: cert.names, notAfter: cert.current.notAfter },
          now,
          {
            window: {
              start: cert.ari.windowStart,
              end: cert.ari.windowEnd,
              ...(cert.ari.explanationUrl ? { explanationUrl: cert.ari.explanationUrl } : {}),
            },
          },
          lang,
        ),
      );
    }
    // A manual target waiting for the person: once a day until served or "Done" (issue 17).
    const reminder = reminderOf(cert, now);
    if (reminder) notices.push(reminderNotice(reminder, now, lang));
    for (const n of notices) {
      const r = await notifier.notify(n);
      onNotice?.(n, r);
    }
  }
}

export function createRenewalService(opts: RenewalServiceOptions): RenewalService {
  const { engine } = opts;
  const notifier = engineNotifier(engine, opts.desktop);
  const listeners = new Set<(s: SchedulerState) => void>();
  if (opts.onState) listeners.add(opts.onState);
  let noticeRun: Promise<void> = Promise.resolve();

  const send = async (n: Notice): Promise<void> => {
    const r = await notifier.notify(n);
    opts.onNotice?.(n, r);
  };
  const sendDueNotices = (): Promise<void> => {
    // One run at a time: two passes close together must not race the once-a-day gate.
    noticeRun = noticeRun
      .then(() => sendStateNotices(engine, notifier, opts.onNotice))
      .catch((e: unknown) => {
        engine.log.warn('notices failed', { error: toErrorShape(e).message });
      });
    return noticeRun;
  };

  /** Issue 17: each failed deployment is told like a failed renewal (once a day per certificate). */
  const tellDeployFailures = (id: string, names: string[], exports: DeployOutcome[]): void => {
    const n = deployFailedNotice(engine, { id, names }, exports);
    if (n) void send(n);
  };

  const onEvent = (e: SchedulerEvent): void => {
    const now = engine.clock.now();
    if (e.type !== 'state') opts.onCertChanged?.(e.id);
    if (e.type === 'redeployed') tellDeployFailures(e.id, e.names, e.exports);
    else if (e.type === 'renewed') {
      tellDeployFailures(e.id, e.names, e.exports);
      void send(
        makeNotice(
          'renewal-succeeded',
          { id: e.id, names: e.names, notAfter: e.notAfter },
          now,
          {},
          noticeLanguage(engine),
        ),
      );
    } else if (e.type === 'failed') {
      const cert = engine.storedCertificates().find((c) => c.id === e.id);
      void send(
        makeNotice(
          'renewal-failed',
          { id: e.id, names: e.names, notAfter: cert?.current?.notAfter ?? null },
          now,
          { error: e.error },
          noticeLanguage(engine),
        ),
      );
    } else {
      for (const l of listeners) {
        try {
          l(e.state);
        } catch (err) {
          engine.log.warn('scheduler listener failed', { error: toErrorShape(err).message });
        }
      }
      // After a pass (not while renewals are still running), look for what a person should hear about.
      if (e.state.running.length === 0) void sendDueNotices();
    }
  };

  // The daily live-site check may end a wait for the person (follow-up.ts): the window and the
  // tray hear of it like of a renewal, so "Waiting for you" goes away without a restart (issue 17).
  const adapted = engineAdapter(engine);
  const checkSite = adapted.checkSite;
  if (checkSite)
    adapted.checkSite = async (id) => {
      await checkSite(id);
      opts.onCertChanged?.(id);
    };
  const scheduler: Scheduler = createScheduler({
    engine: adapted,
    clock: engine.clock,
    log: engine.log,
    // The setting is the truth (tray, Settings screen and another process may all change it).
    isPaused: () => engine.settings.renewalsPaused(),
    onEvent,
    ...opts.scheduler,
  });

  return {
    start: () => scheduler.start(),
    stop: () => scheduler.stop(),
    kick: () => scheduler.kick(),
    pause: (p) => {
      void engine.settings.setRenewalsPaused(p).then(
        () => scheduler.kick(),
        (e: unknown) => {
          engine.log.error('could not save the pause setting', {
            error: toErrorShape(e).message,
          });
        },
      );
    },
    onState: (cb) => {
      listeners.add(cb);
      return () => {
        listeners.delete(cb);
      };
    },
    state: () => scheduler.state(),
    notifier,
    sendDueNotices,
    testChannel: (c) => notifier.test(c),
  };
}

/** The scheduler's state as the contract's SchedulerStateSchema shows it to the UI. */
export function describeSchedulerState(s: SchedulerState): {
  state: string;
  nextRunAt: string | null;
  detail?: string;
} {
  const state = s.stopped
    ? 'stopped'
    : s.paused
      ? 'paused'
      : s.running.length > 0
        ? 'renewing'
        : 'idle';
  const parts: string[] = [];
  if (s.running.length) parts.push(`${s.running.length} renewing now`);
  if (s.queued.length) parts.push(`${s.queued.length} starting shortly`);
  if (s.attention.length)
    parts.push(`${s.attention.length} need${s.attention.length === 1 ? 's' : ''} you`);
  return { state, nextRunAt: s.nextWakeAt, ...(parts.length ? { detail: parts.join(', ') } : {}) };
}
