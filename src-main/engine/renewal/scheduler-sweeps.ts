// What the scheduler does beside renewals, in its own timer chain (never a second timer): failed
// deployments tried again with the renewal backoff (issue 17, R22), renewal information refreshed
// (RFC 9773), and the daily live-site check (issue 17). Renewals never wait for any of them.
import type { StoredCertificate } from '../../storage/schema.ts';
import { MINUTE_MS } from '../../shared/durations.ts';
import type { Clock, Logger } from '../ports.ts';
import { siteCheckIsDue } from '../sitecheck/follow-up.ts';
import type { RenewalEngine } from './scheduler-engine.ts';
import type { SchedulerEvent } from './scheduler.ts';

/** What the side work shares with the scheduler's loop (scheduler.ts). */
export type SweepContext = {
  engine: RenewalEngine;
  clock: Pick<Clock, 'now'>;
  log: Logger;
  ariCheckMs: number;
  /** What runs now, by key: renewals by certificate id, retries as deploy:CERT:TARGET. */
  running: Map<string, AbortController>;
  /** Every job stop() waits for. */
  runningPromises: Set<Promise<void>>;
  stopped: () => boolean;
  /** Plans again at this time (the scheduler's one timer). */
  arm: (at: number) => void;
  emit: (e: SchedulerEvent) => void;
};

export type Sweeps = {
  /** Starts the failed deployments that are due (outside renewals); returns the next one's time. */
  retryDeployments(now: number, byId: Map<string, StoredCertificate>): number;
  /** Whether this certificate's renewal information is worth asking the CA for now. */
  ariIsDue(cert: StoredCertificate, now: number): boolean;
  /** Starts the ARI sweep over these certificates unless one is running. */
  refreshRenewalInfo(ids: string[]): void;
  /** Starts the live-site checks that are due unless a sweep is running. */
  checkSites(certs: StoredCertificate[], now: number): void;
};

export function createSweeps(ctx: SweepContext): Sweeps {
  const { engine, clock, log, ariCheckMs, running, runningPromises, arm, emit } = ctx;
  const ariChecked = new Map<string, number>();
  let ariSweep: Promise<void> | null = null;
  const siteTried = new Map<string, number>();
  let siteSweep: Promise<void> | null = null;

  function retryDeployments(now: number, byId: Map<string, StoredCertificate>): number {
    let next = Infinity;
    if (!engine.deployRetries || !engine.retryDeploy) return next;
    for (const r of engine.deployRetries(now)) {
      const key = `deploy:${r.certId}:${r.targetId}`;
      if (running.has(r.certId) || running.has(key)) continue;
      if (r.at > now) {
        next = Math.min(next, r.at);
        continue;
      }
      const cert = byId.get(r.certId);
      if (!cert) continue;
      const ac = new AbortController();
      running.set(key, ac);
      const job = engine
        .retryDeploy(r.certId, r.targetId)
        .then(
          (exports) => emit({ type: 'redeployed', id: r.certId, names: cert.names, exports }),
          (e: unknown) =>
            log.warn('deployment retry failed', { cert: r.certId, error: (e as Error).message }),
        )
        .finally(() => running.delete(key));
      runningPromises.add(job);
      void job.finally(() => {
        runningPromises.delete(job);
        if (!ctx.stopped()) arm(clock.now());
      });
    }
    return next;
  }

  function ariIsDue(cert: StoredCertificate, now: number): boolean {
    const last = ariChecked.get(cert.id) ?? -Infinity;
    if (last + MINUTE_MS > now) return false;
    // The CA's Retry-After for this certificate when it gave one (RFC 9773 section 4.3), else
    // our period.
    const ra =
      cert.ari?.retryAfter && cert.ari.certId === cert.current?.ariCertId
        ? Date.parse(cert.ari.retryAfter)
        : NaN;
    return Number.isNaN(ra) ? last + ariCheckMs <= now : ra <= now;
  }

  /** One ARI request at a time in the background; renewals never wait for it. */
  function startAriSweep(ids: string[]): void {
    ariSweep = (async () => {
      let changed = false;
      for (const id of ids) {
        if (ctx.stopped()) break;
        ariChecked.set(id, clock.now());
        try {
          if (await engine.refreshRenewalInfo!(id)) changed = true;
        } catch (e) {
          log.warn('renewal information check failed', { cert: id, error: (e as Error).message });
        }
      }
      ariSweep = null;
      if (changed && !ctx.stopped()) arm(clock.now());
    })();
  }

  /** One live-site check at a time in the background; a renewal never waits for it. */
  function startSiteSweep(ids: string[]): void {
    const sweep = (async () => {
      for (const id of ids) {
        if (ctx.stopped()) break;
        siteTried.set(id, clock.now());
        if (running.has(id)) continue;
        await engine.checkSite!(id).catch((e: unknown) =>
          log.warn('site check failed', { cert: id, error: (e as Error).message }),
        );
      }
    })();
    siteSweep = sweep;
    runningPromises.add(sweep);
    void sweep.finally(() => {
      runningPromises.delete(sweep);
      siteSweep = null;
    });
  }

  return {
    retryDeployments,
    ariIsDue,
    refreshRenewalInfo(ids) {
      if (ids.length && !ariSweep) startAriSweep(ids);
    },
    checkSites(certs, now) {
      const siteDue = engine.checkSite
        ? certs.filter(
            (c) => !running.has(c.id) && siteCheckIsDue(c, now, siteTried.get(c.id) ?? -Infinity),
          )
        : [];
      if (siteDue.length && !siteSweep) startSiteSweep(siteDue.map((c) => c.id));
    },
  };
}
