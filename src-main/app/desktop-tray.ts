// The desktop app's tray wired to the engine: its state, Renew all, Pause, and a timed refresh.
import type { Clock, Logger } from '../engine/ports.ts';
import { renewalsStopped } from '../engine/data-notices.ts';
import { toErrorShape } from '../shared/errors.ts';
import { MINUTE_MS } from '../shared/durations.ts';
import { mainLanguage } from '../shared/main-i18n.ts';
import { createTray, type TrayController, type TrayImage } from './tray.ts';
import { trayState } from './tray-state.ts';
import { remindersOf } from '../engine/deploy/reminders.ts';
import type { DesktopWindow, ElectronLike } from './desktop-ports.ts';
import type { DesktopRuntime } from './desktop.ts';

const TRAY_REFRESH_MS = 10 * MINUTE_MS;
const CERT_CHANGE_REDRAW_MS = 200;

export type DesktopTray = {
  /** Draws the tray again from the certificates (a changed setting, e.g. the language). */
  refresh(): void;
  /** A certificate changed (a wait for the person may start or end): redraw soon, once a burst. */
  changed(): void;
  /** Stops the timed refresh (first step of quitting). */
  stopRefresh(): void;
  /** Settles what the tray started (settings being written reach the disk). */
  settle(): Promise<void>;
  destroy(): void;
};

/**
 * Creates the tray for the running engine. `paused` is the saved renewals-paused setting; the
 * tray's Pause item changes it through the scheduler and the engine's settings.
 */
export function startDesktopTray<W extends DesktopWindow, I extends TrayImage, M>(
  e: ElectronLike<W, I, M>,
  o: {
    runtime: DesktopRuntime;
    paused: boolean;
    assetsDir: string;
    platform: NodeJS.Platform;
    clock: Clock;
    env: Record<string, string | undefined>;
    log: Logger;
    showWindow: () => void;
  },
): DesktopTray {
  const { runtime, assetsDir, platform, clock, log, showWindow } = o;
  const { engine, scheduler } = runtime;
  let paused = o.paused;
  // The tray speaks the person's language setting, as the window does (issue 19).
  const language = () => mainLanguage(engine.settings.get().language, o.env);
  const pending = new Set<Promise<unknown>>();
  const track = <T>(p: Promise<T>): Promise<T> => {
    pending.add(p);
    void p.finally(() => pending.delete(p)).catch(() => {});
    return p;
  };
  // Issue 22: renewals never stop silently; what nothing renews turns the tray red.
  const dataProblems = () => renewalsStopped(engine.settings.storageNotices()).length;
  let tray: TrayController | null = null;
  // Issue 17: certificates waiting for the person at a place updated by hand, urgent or not.
  const state = () =>
    trayState(
      engine.certificates.list(),
      clock.now(),
      paused,
      language(),
      dataProblems(),
      remindersOf(engine.storedCertificates(), clock.now()),
    );
  const refreshTray = () => {
    try {
      tray?.update(state(), paused);
    } catch (err) {
      log.warn('tray refresh failed', { error: toErrorShape(err).message });
    }
  };
  tray = createTray(e, {
    assetsDir,
    platform,
    initial: state(),
    actions: {
      open: () => showWindow(),
      // The window's own "Renew all" (cert:renewAll): skips manual routes and revoked
      // certificates, one run at a time, progress to the window as events.
      renewAll: () => {
        void track(runtime.dispatch('cert:renewAll', {}))
          .then((r) => {
            if (!r.ok) log.warn('renew all refused', { code: r.error.code });
          })
          .finally(refreshTray);
      },
      setPaused: (p) => {
        paused = p;
        scheduler.pause(p);
        void track(engine.settings.setRenewalsPaused(p)).catch((err) =>
          log.error('could not save the pause setting', { error: toErrorShape(err).message }),
        );
        refreshTray();
      },
      quit: () => e.app.quit(),
    },
  });
  scheduler.onState(() => refreshTray());
  // "Due soon" is a matter of time passing, not only of events: look again now and then.
  let refreshTimer: unknown = null;
  // Never what keeps the process alive (the app's own lifetime does that).
  const schedule = () => {
    refreshTimer = clock.setTimeout(tick, TRAY_REFRESH_MS);
    (refreshTimer as { unref?: () => void } | null)?.unref?.();
  };
  const tick = () => {
    refreshTray();
    schedule();
  };
  schedule();
  // A burst of changes (renew all over many certificates) redraws the tray once.
  let redraw: unknown = null;
  const changed = () => {
    if (redraw !== null) return;
    redraw = clock.setTimeout(() => {
      redraw = null;
      refreshTray();
    }, CERT_CHANGE_REDRAW_MS);
    (redraw as { unref?: () => void } | null)?.unref?.();
  };
  return {
    refresh: refreshTray,
    changed,
    stopRefresh: () => {
      clock.clearTimeout(refreshTimer);
      if (redraw !== null) clock.clearTimeout(redraw);
    },
    settle: async () => {
      await Promise.allSettled([...pending]);
    },
    destroy: () => {
      tray?.destroy();
      tray = null;
    },
  };
}
