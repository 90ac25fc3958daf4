// What follows a live-site check (issue 17): it runs after each deployment and once a day, and a
// check that sees the newest certificate served ends the wait of every target the person updates
// by hand ("manual"), as if they had said "Done" (the reminder stops).
import { DAY_MS } from '../../shared/durations.ts';
import type { StoredCertificate } from '../../storage/schema.ts';
import type { Logger } from '../ports.ts';

/** How often the scheduler checks each issued certificate's site. */
export const SITE_CHECK_EVERY_MS = DAY_MS;

/** True when no check of the current certificate ran in the last day (or never). */
export function siteCheckIsDue(
  cert: StoredCertificate,
  now: number,
  lastTried = -Infinity,
): boolean {
  if (!cert.current || cert.revoked) return false;
  if (lastTried + SITE_CHECK_EVERY_MS > now) return false;
  const s = cert.siteCheck;
  const at = s?.at && s.serial === cert.current.serial ? Date.parse(s.at) : NaN;
  return Number.isNaN(at) || at + SITE_CHECK_EVERY_MS <= now;
}

/** Manual targets whose wait the check ended: waiting for the serial it saw served everywhere. */
export function waitsEndedBy(cert: StoredCertificate): string[] {
  const s = cert.siteCheck;
  if (!cert.current || s?.state !== 'current' || s.serial !== cert.current.serial) return [];
  return (cert.deployTargets ?? [])
    .filter((t) => t.config.kind === 'manual' && t.waiting?.serial === cert.current!.serial)
    .map((t) => t.id);
}

export type FollowUpEngine = {
  getStored(id: string): StoredCertificate;
  siteCheck: { check(id: string): Promise<unknown> };
  deploy: {
    markManualDone(certId: string, targetId: string, by: 'site-check'): Promise<unknown>;
  };
};

/** Ends the waits the recorded check settles (every check calls this: CLI, window, scheduler). */
export async function settleWaits(engine: FollowUpEngine, id: string, log: Logger): Promise<void> {
  for (const targetId of waitsEndedBy(engine.getStored(id))) {
    await engine.deploy.markManualDone(id, targetId, 'site-check');
    log.info('site check: the new certificate is served; the wait ends', { cert: id, targetId });
  }
}

/** Checks the site (which settles the waits); never throws: a check is advice, not a failure. */
export async function checkQuietly(engine: FollowUpEngine, id: string, log: Logger): Promise<void> {
  try {
    await engine.siteCheck.check(id);
  } catch (e) {
    log.warn('site check failed', { cert: id, error: (e as Error).message });
  }
}

/**
 * A server told to reload (e.g. `kill -HUP`, `systemctl reload nginx`) has often not swapped its
 * certificate yet when the command returns; after a delivery, an outdated answer is asked again
 * after these pauses (3 s in all) before it is recorded as the result people see.
 */
export const SETTLE_PAUSES_MS = [250, 750, 2000];

/** The check after a deployment: `delivered` when a target put the files in place itself. */
export async function checkAfterDeploy(
  engine: FollowUpEngine,
  id: string,
  log: Logger,
  delivered: boolean,
  pauses: readonly number[] = SETTLE_PAUSES_MS,
): Promise<void> {
  await checkQuietly(engine, id, log);
  for (const ms of delivered ? pauses : []) {
    if (engine.getStored(id).siteCheck?.state !== 'outdated') return;
    await new Promise((r) => setTimeout(r, ms));
    await checkQuietly(engine, id, log);
  }
}
