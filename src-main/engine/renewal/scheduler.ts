// The renewal scheduler (issue 5): a setTimeout chain with a stop flag, never setInterval
// (DESIGN.md convention 6). Each pass plans every certificate from wall-clock time, so a laptop
// that slept past a due time renews on the next pass (the app calls kick() on resume/unlock, the
// CLI on start). It decides first and acts outside the pass (as certmagic's maintenance loop):
// one renewal per certificate at a time, at most `maxConcurrent` at once, de-duplicated by id.
// What it drives is scheduler-engine.ts; what it does beside renewals (deployment retries, ARI,
// the daily site check) scheduler-sweeps.ts.
import type { StoredCertificate } from '../../storage/schema.ts';
import { toErrorShape, type AppErrorShape } from '../../shared/errors.ts';
import { HOUR_MS, MINUTE_MS, SECOND_MS } from '../../shared/durations.ts';
import { silentLogger, systemClock, type Clock, type Logger, type Random } from '../ports.ts';
import { planRenewal, type RenewalPlan } from './policy.ts';
import { renewAndDeploy, type DeployOutcome } from './renew-and-deploy.ts';
import type { RenewalEngine } from './scheduler-engine.ts';
import { createSweeps } from './scheduler-sweeps.ts';

export { engineAdapter, type RenewalEngine } from './scheduler-engine.ts';

export type SchedulerEvent =
  | {
      type: 'renewed';
      id: string;
      names: string[];
      notAfter: string | null;
      exports: { dir: string; ok: boolean; outcome: string }[];
    }
  | { type: 'failed'; id: string; names: string[]; error: AppErrorShape; plan: RenewalPlan }
  /** A failed deployment was tried again on its own (issue 17). */
  | { type: 'redeployed'; id: string; names: string[]; exports: DeployOutcome[] }
  | { type: 'state'; state: SchedulerState };

export type AttentionItem = { id: string; names: string[]; reason: string };
export type SchedulerState = {
  running: string[];
  queued: { id: string; startAt: string }[];
  /** Certificates the scheduler will not renew on its own: a problem to fix, or a manual method. */
  attention: AttentionItem[];
  nextWakeAt: string | null;
  lastPassAt: string | null;
  stopped: boolean;
  paused: boolean;
};

export type SchedulerOptions = {
  engine: RenewalEngine;
  clock?: Clock;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  maxConcurrent?: number;
  random?: Random;
  log?: Logger;
  onEvent?: (e: SchedulerEvent) => void;
  /** Renewals paused by the person (settings.renewalsPaused): plan and report, renew nothing. */
  isPaused?: () => boolean;
  /** Unattended renewals start after a random delay up to this (spreads load; not on the hour). */
  startDelayMaxMs?: number;
  /** Longest sleep between passes. */
  maxSleepMs?: number;
  /** Random offset added to each wake-up, up to this. */
  wakeJitterMs?: number;
  /** How often to ask the CA for a certificate's renewal information if it sets no Retry-After. */
  ariCheckMs?: number;
  plan?: (cert: StoredCertificate, now: number, opts: { inFlight?: boolean }) => RenewalPlan;
};

export type Scheduler = {
  start(): void;
  /** Stops the chain; aborts running renewals and resolves when they have ended. */
  stop(): Promise<void>;
  /** Plan again now (after sleep/resume, a settings change, or a manual renewal). */
  kick(): void;
  state(): SchedulerState;
};

export const DEFAULT_MAX_CONCURRENT = 2;
export const DEFAULT_START_DELAY_MAX_MS = 3 * MINUTE_MS;
export const DEFAULT_MAX_SLEEP_MS = HOUR_MS;
export const DEFAULT_WAKE_JITTER_MS = 2 * MINUTE_MS;
export const DEFAULT_ARI_CHECK_MS = 6 * HOUR_MS;
/** Never spin: at least this between passes. */
const MIN_SLEEP_MS = SECOND_MS;

export function createScheduler(opts: SchedulerOptions): Scheduler {
  const { engine } = opts;
  const clock = opts.clock ?? systemClock;
  const setTimer = opts.setTimer ?? ((fn: () => void, ms: number) => clock.setTimeout(fn, ms));
  const clearTimer = opts.clearTimer ?? ((h: unknown) => clock.clearTimeout(h));
  const maxConcurrent = Math.max(1, opts.maxConcurrent ?? DEFAULT_MAX_CONCURRENT);
  const random = opts.random ?? Math.random;
  const log = opts.log ?? silentLogger;
  const plan = opts.plan ?? planRenewal;
  const startDelayMax = opts.startDelayMaxMs ?? DEFAULT_START_DELAY_MAX_MS;
  const maxSleep = opts.maxSleepMs ?? DEFAULT_MAX_SLEEP_MS;
  const wakeJitter = opts.wakeJitterMs ?? DEFAULT_WAKE_JITTER_MS;
  const ariCheckMs = opts.ariCheckMs ?? DEFAULT_ARI_CHECK_MS;

  let stopped = true;
  let timer: unknown = null;
  let nextWakeAt: number | null = null;
  let lastPassAt: number | null = null;
  let attention: AttentionItem[] = [];
  /** id -> when its renewal may start (random delay already applied). */
  const queued = new Map<string, number>();
  const running = new Map<string, AbortController>();
  const runningPromises = new Set<Promise<void>>();

  const emit = (e: SchedulerEvent): void => {
    try {
      opts.onEvent?.(e);
    } catch (err) {
      log.warn('scheduler event handler failed', { error: (err as Error).message });
    }
  };
  const sweeps = createSweeps({
    engine,
    clock,
    log,
    ariCheckMs,
    running,
    runningPromises,
    stopped: () => stopped,
    arm,
    emit,
  });
  const state = (): SchedulerState => ({
    // Deployment retries (issue 17) run beside renewals but are not renewals.
    running: [...running.keys()].filter((k) => !k.startsWith('deploy:')),
    queued: [...queued].map(([id, t]) => ({ id, startAt: new Date(t).toISOString() })),
    attention,
    nextWakeAt: nextWakeAt === null ? null : new Date(nextWakeAt).toISOString(),
    lastPassAt: lastPassAt === null ? null : new Date(lastPassAt).toISOString(),
    stopped,
    paused: opts.isPaused?.() === true,
  });

  function arm(at: number): void {
    if (stopped) return;
    if (timer !== null) clearTimer(timer);
    const now = clock.now();
    nextWakeAt = Math.max(at, now + MIN_SLEEP_MS);
    timer = setTimer(() => {
      timer = null;
      pass();
    }, nextWakeAt - now);
  }

  function pass(): void {
    if (stopped) return;
    const now = clock.now();
    lastPassAt = now;
    const paused = opts.isPaused?.() === true;
    const certs = engine.certificates();
    const byId = new Map(certs.map((c) => [c.id, c]));
    const nextAttention: AttentionItem[] = [];
    let earliest = Infinity;
    const ariDue: string[] = [];
    for (const cert of certs) {
      if (running.has(cert.id)) continue;
      const p = plan(cert, now, { inFlight: engine.isRenewing?.(cert.id) === true });
      if (p.status === 'renewing') continue;
      if (p.at === null || p.needsPerson) {
        // Nothing automatic will happen: a problem the person must fix, or a manual method.
        if (
          p.status === 'needs-attention' ||
          p.status === 'expired' ||
          (p.needsPerson && p.at !== null && p.at <= now)
        ) {
          nextAttention.push({ id: cert.id, names: cert.names, reason: p.reason ?? p.status });
        } else if (p.at !== null) earliest = Math.min(earliest, p.at);
        queued.delete(cert.id);
        continue;
      }
      if (p.at <= now) {
        if (!queued.has(cert.id) && !paused)
          queued.set(cert.id, now + Math.floor(random() * startDelayMax));
      } else {
        queued.delete(cert.id);
        earliest = Math.min(earliest, p.at);
        if (
          engine.refreshRenewalInfo &&
          cert.current &&
          !cert.revoked &&
          sweeps.ariIsDue(cert, now)
        )
          ariDue.push(cert.id);
      }
    }
    for (const id of queued.keys()) if (!byId.has(id)) queued.delete(id);
    if (paused) queued.clear();
    if (!paused) earliest = Math.min(earliest, sweeps.retryDeployments(now, byId));
    attention = nextAttention;
    pump(now);
    sweeps.refreshRenewalInfo(ariDue);
    // Once a day, beside renewals and in this same timer chain (not a second timer), issue 17.
    sweeps.checkSites(certs, now);
    let wake = Math.min(
      earliest === Infinity ? Infinity : earliest + Math.floor(random() * wakeJitter),
      now + maxSleep + Math.floor(random() * wakeJitter),
    );
    for (const t of queued.values()) wake = Math.min(wake, t);
    arm(wake);
    emit({ type: 'state', state: state() });
  }

  function pump(now: number): void {
    const ready = [...queued].filter(([, t]) => t <= now).sort((a, b) => a[1] - b[1]);
    for (const [id] of ready) {
      if (running.size >= maxConcurrent) break;
      queued.delete(id);
      if (running.has(id)) continue;
      // Decide again at start: a manual renewal may have happened since the pass.
      const cert = engine.certificates().find((c) => c.id === id);
      if (!cert) continue;
      const p = plan(cert, clock.now(), { inFlight: engine.isRenewing?.(id) === true });
      if (p.at === null || p.at > clock.now() || p.needsPerson || p.status === 'renewing') continue;
      run(cert, p);
    }
  }

  function run(cert: StoredCertificate, p: RenewalPlan): void {
    const ac = new AbortController();
    running.set(cert.id, ac);
    log.info('scheduled renewal', { cert: cert.id, reason: p.reason });
    const job = (async () => {
      try {
        const { renewal: r, exports } = await renewAndDeploy(engine, cert.id, {
          trigger: 'scheduled',
          signal: ac.signal,
        });
        const notAfter =
          (r as { certificate?: { notAfter?: string | null } } | undefined)?.certificate
            ?.notAfter ?? null;
        emit({ type: 'renewed', id: cert.id, names: cert.names, notAfter, exports });
      } catch (e) {
        const error = toErrorShape(e);
        log.warn('scheduled renewal failed', { cert: cert.id, code: error.code });
        emit({ type: 'failed', id: cert.id, names: cert.names, error, plan: p });
      } finally {
        running.delete(cert.id);
      }
    })();
    runningPromises.add(job);
    void job.finally(() => {
      runningPromises.delete(job);
      // A slot is free and the history changed: plan again right away.
      if (!stopped) arm(clock.now());
    });
  }

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      arm(clock.now());
    },
    async stop() {
      stopped = true;
      if (timer !== null) clearTimer(timer);
      timer = null;
      nextWakeAt = null;
      queued.clear();
      for (const ac of running.values()) ac.abort();
      await Promise.allSettled([...runningPromises]);
      emit({ type: 'state', state: state() });
    },
    kick() {
      if (stopped) return;
      if (timer !== null) clearTimer(timer);
      timer = null;
      pass();
    },
    state,
  };
}
