// Each deployment run in the certificate's history (issue 17: "Each run is recorded in the
// certificate's history"). DeployService records every run in cert.deployRuns with the engine's
// Text (a key and its values, never English alone); this turns them into the entries the
// certificate page's History shows next to the renewals, newest last like the attempts.
import type { DeployRun } from '../../shared/deploy.ts';
import { targetWhere } from '../../shared/deploy.ts';
import type { DeployHistoryEntry, DeployOutcomeKind } from '../../shared/reminders.ts';
import type { StoredCertificate } from '../../storage/schema.ts';
import { targetsOf } from './targets.ts';

export function outcomeOf(r: DeployRun): DeployOutcomeKind {
  if (r.trigger === 'done') return 'done';
  if (r.ok) return 'ok';
  return r.errorCode === 'waiting' ? 'waiting' : 'failed';
}

/** Every recorded run, oldest first, with where its target put the certificate. */
export function deployHistory(cert: StoredCertificate): DeployHistoryEntry[] {
  const targets = new Map(targetsOf(cert).map((t) => [t.id, t.config]));
  return (cert.deployRuns ?? []).map((r) => {
    const config = targets.get(r.targetId);
    return {
      at: r.at,
      targetId: r.targetId,
      kind: config?.kind ?? null,
      where: config ? targetWhere(config) : null,
      ...(config?.kind === 'manual' ? { label: config.label } : {}),
      trigger: r.trigger,
      outcome: outcomeOf(r),
      ...(r.serial ? { serial: r.serial } : {}),
      ...(r.text ? { text: r.text } : {}),
      ...(!r.ok && r.errorCode && r.errorCode !== 'waiting' ? { errorCode: r.errorCode } : {}),
      ...(!r.ok && r.message && r.errorCode !== 'waiting' ? { message: r.message } : {}),
      ...(r.command ? { command: r.command } : {}),
    };
  });
}
