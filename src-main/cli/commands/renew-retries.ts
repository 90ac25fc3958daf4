// `certdesk renew` retries failed deployments (issue 17): a deployment that failed is tried again
// with the renewal backoff (deploy/targets.ts retryAt), as the app's scheduler does between
// renewals. A server that renews from cron has only this command, so each run also deploys again
// to the targets whose next try is due, and a failure is told with the same deploy-failed notice
// (engine/renewal/deploy-notice.ts; the notifier's gate keeps it to once a day).
import type { Engine } from '../../engine/engine.ts';
import type { Notifier } from '../../engine/renewal/notifier.ts';
import { deployFailedNotice } from '../../engine/renewal/deploy-notice.ts';
import { runOutcome, type DeployOutcome } from '../../engine/renewal/renew-and-deploy.ts';
import type { CliContext } from '../context.ts';

export type Redeployed = { id: string; names: string[]; exports: DeployOutcome[] };

export async function retryDueDeployments(
  ctx: CliContext,
  engine: Engine,
  notifier: Notifier,
  only: string | undefined,
  tellFailed: (sent: { failed: { channel: string; message: string }[] }) => void,
): Promise<Redeployed[]> {
  const now = engine.clock.now();
  const due = engine.deploy
    .retriesDue(now)
    .filter((r) => r.at <= now && (!only || r.certId === only));
  const out: Redeployed[] = [];
  for (const certId of [...new Set(due.map((r) => r.certId))]) {
    const names = engine.getStored(certId).names;
    const exports: DeployOutcome[] = [];
    for (const { targetId } of due.filter((r) => r.certId === certId))
      for (const r of await engine.deploy.run(certId, { targetId, trigger: 'retry' }))
        exports.push(runOutcome(r, targetId));
    for (const e of exports)
      (e.ok ? ctx.progress : ctx.err)(
        `${names[0]}: deploying again to ${e.dir} after a failure: ${e.outcome}`,
      );
    out.push({ id: certId, names, exports });
    const n = deployFailedNotice(engine, { id: certId, names }, exports);
    if (n) tellFailed(await notifier.notify(n));
  }
  return out;
}
