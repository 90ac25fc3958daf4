// "Deployment failed" after a renewal (issue 17, R23): a failed deployment is heard about like a
// failed renewal. One implementation for both ways a renewal runs: the renewal service (scheduler,
// window, tray; service.ts) and `certdesk renew` from cron (cli/commands/renew.ts). Targets that
// wait for the person are reminders (deploy/reminders.ts), not failures.
import { mainLanguage } from '../../shared/main-i18n.ts';
import type { StoredCertificate } from '../../storage/schema.ts';
import type { Clock } from '../ports.ts';
import type { DeployOutcome } from './renew-and-deploy.ts';
import { makeNotice, type Notice } from './notifier.ts';

/** What the notice needs of the engine (the Engine fits). */
export type DeployNoticeEngine = {
  readonly clock: Clock;
  storedCertificates(): StoredCertificate[];
  store: { read(): { settings: { language?: string | null } } };
};

/**
 * The notice for a renewal's deployment outcomes, in the language of Settings (else the
 * computer's, issue 19); null when every target got the certificate or waits for the person.
 */
export function deployFailedNotice(
  engine: DeployNoticeEngine,
  cert: { id: string; names: string[] },
  outcomes: readonly Pick<DeployOutcome, 'dir' | 'ok' | 'outcome' | 'waiting'>[],
): Notice | null {
  const failed = outcomes.filter((x) => !x.ok && !x.waiting);
  if (failed.length === 0) return null;
  const stored = engine.storedCertificates().find((c) => c.id === cert.id);
  return makeNotice(
    'deploy-failed',
    { id: cert.id, names: cert.names, notAfter: stored?.current?.notAfter ?? null },
    engine.clock.now(),
    {
      where: failed.map((f) => f.dir).join(', '),
      error: { code: 'deploy', message: failed.map((f) => f.outcome).join(' ') },
    },
    mainLanguage(engine.store.read().settings.language),
  );
}
