// What the scheduler drives (RenewalEngine: the Engine fits, tests pass a fake), and the Engine
// wired as one (engineAdapter), so the app and the CLI wire it the same way.
import type { StoredCertificate } from '../../storage/schema.ts';
import { runOutcome, type DeployOutcome } from './renew-and-deploy.ts';

/** The part of the Engine the scheduler drives (the Engine fits; tests pass a fake). */
export interface RenewalEngine {
  certificates(): StoredCertificate[];
  isRenewing?(id: string): boolean;
  renew(id: string, opts: { trigger: 'scheduled'; signal: AbortSignal }): Promise<unknown>;
  reExportAll(
    id: string,
    signal?: AbortSignal,
  ): Promise<{ ok: boolean; outcome: string; destination: { dir: string } }[]>;
  /** RFC 9773: refresh cert.ari when the CA has renewal information; never throws for "no ARI". */
  refreshRenewalInfo?(id: string): Promise<unknown>;
  /** Every deployment target after a renewal (issue 17). */
  deployAll?(id: string, signal?: AbortSignal): Promise<DeployOutcome[]>;
  /** Failed deployments and when each may be tried again (the renewal backoff, R22). */
  deployRetries?(now: number): { certId: string; targetId: string; at: number }[];
  /** Tries one failed deployment again. */
  retryDeploy?(certId: string, targetId: string): Promise<DeployOutcome[]>;
  /** The daily live-site check (issue 17): records its result, never throws. */
  checkSite?(id: string): Promise<unknown>;
}

/** The Engine as a RenewalEngine (kept here so the app and the CLI wire it the same way). */
export function engineAdapter(engine: {
  storedCertificates(): StoredCertificate[];
  isRenewing(id: string): boolean;
  renew(id: string, opts: { trigger?: 'scheduled'; signal?: AbortSignal }): Promise<unknown>;
  reExportAll(
    id: string,
    signal?: AbortSignal,
  ): Promise<{ ok: boolean; outcome: string; destination: { dir: string } }[]>;
  refreshRenewalInfo(id: string): Promise<unknown>;
  deployAll?(id: string, signal?: AbortSignal): Promise<DeployOutcome[]>;
  checkSite?(id: string): Promise<unknown>;
  deploy?: {
    retriesDue(now: number): { certId: string; targetId: string; at: number }[];
    run(
      id: string,
      o: { targetId: string; trigger: 'retry' },
    ): Promise<
      {
        target: { where: string; config: { kind: string } };
        run: { ok: boolean; message?: string; errorCode?: string };
      }[]
    >;
  };
}): RenewalEngine {
  const deploy = engine.deploy;
  return {
    ...(engine.deployAll ? { deployAll: (id, signal) => engine.deployAll!(id, signal) } : {}),
    ...(deploy
      ? {
          deployRetries: (now: number) => deploy.retriesDue(now),
          retryDeploy: async (certId: string, targetId: string) =>
            (await deploy.run(certId, { targetId, trigger: 'retry' })).map((r) =>
              runOutcome(r, targetId),
            ),
        }
      : {}),
    ...(engine.checkSite ? { checkSite: (id: string) => engine.checkSite!(id) } : {}),
    certificates: () => engine.storedCertificates(),
    isRenewing: (id) => engine.isRenewing(id),
    renew: (id, o) => engine.renew(id, o),
    reExportAll: (id, signal) => engine.reExportAll(id, signal),
    refreshRenewalInfo: (id) => engine.refreshRenewalInfo(id),
  };
}
