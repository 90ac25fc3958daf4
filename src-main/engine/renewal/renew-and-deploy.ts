// "Renew, then deploy": the one implementation the scheduler, the window's Renew buttons, the
// tray's "Renew all now" and `certdesk renew` all use. A renewal that failed throws (and is
// recorded in the history by the engine, R22); a deployment that failed after a good renewal does
// not: it is an outcome on its target (R23), recorded in the certificate's history and retried
// with the renewal backoff (issue 17). Engines without deployment targets re-export (issue 6).
import { toErrorShape } from '../../shared/errors.ts';
import type { AttemptTrigger } from '../../shared/types.ts';
import type { Logger, ProgressFn } from '../ports.ts';

export type DeployOutcome = {
  /** Where: the folder of a local target, or one line naming a remote one. */
  dir: string;
  ok: boolean;
  outcome: string;
  targetId?: string;
  /** A target Certdesk cannot reach now waits for the person: not a failure. */
  waiting?: boolean;
};
export type RenewedAndDeployed<R> = { renewal: R; exports: DeployOutcome[] };

/** One run of a target as an outcome (a retry of the scheduler or of `certdesk renew`). */
export const runOutcome = (
  {
    target,
    run,
  }: { target: { where: string }; run: { ok: boolean; message?: string; errorCode?: string } },
  targetId: string,
): DeployOutcome => ({
  dir: target.where,
  ok: run.ok,
  outcome: run.ok ? 'ok' : (run.message ?? run.errorCode ?? 'failed'),
  targetId,
});

/** What renewAndDeploy needs of the engine (the Engine fits; the scheduler's tests pass a fake). */
export interface RenewDeployEngine<R = unknown> {
  renew(
    id: string,
    opts: { trigger?: AttemptTrigger; signal?: AbortSignal; onProgress?: ProgressFn },
  ): Promise<R>;
  reExportAll(
    id: string,
    signal?: AbortSignal,
  ): Promise<{ ok: boolean; outcome: string; destination: { dir: string } }[]>;
  /** Every deployment target after a renewal (issue 17); when absent, reExportAll is used. */
  deployAll?(id: string, signal?: AbortSignal): Promise<DeployOutcome[]>;
}

export async function renewAndDeploy<R>(
  engine: RenewDeployEngine<R>,
  id: string,
  opts: { trigger: AttemptTrigger; signal?: AbortSignal; onProgress?: ProgressFn; log?: Logger },
): Promise<RenewedAndDeployed<R>> {
  const renewal = await engine.renew(id, {
    trigger: opts.trigger,
    ...(opts.signal ? { signal: opts.signal } : {}),
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
  });
  let exports: DeployOutcome[];
  try {
    exports = engine.deployAll
      ? await engine.deployAll(id, opts.signal)
      : (await engine.reExportAll(id, opts.signal)).map((e) => ({
          dir: e.destination.dir,
          ok: e.ok,
          outcome: e.outcome,
        }));
  } catch (e) {
    opts.log?.warn('re-export failed', { cert: id, error: toErrorShape(e).code });
    exports = [{ dir: '', ok: false, outcome: `export failed: ${toErrorShape(e).message}` }];
  }
  return { renewal, exports };
}
