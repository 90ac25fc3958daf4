// The stored targets of one certificate as one list (issue 17): local folders are the remembered
// export destinations (cert.exports, issue 6), every other kind is in cert.deployTargets. Also the
// credentials of a target: sealed like every other secret (engine/secret-binding.ts), with the
// target's server in the associated data, so a token opens only for the server it was typed for.
import type {
  DeployLastGood,
  DeployRun,
  DeploySecretName,
  DeployTargetConfig,
  DeployTargetView,
  LocalTargetConfig,
} from '../../shared/deploy.ts';
import { targetWhere } from '../../shared/deploy.ts';
import type { ExportDestination } from '../../shared/types.ts';
import type { StoredCertificate, StoredDeployTarget } from '../../storage/schema.ts';
import { boundContext } from '../secret-binding.ts';
import { failureStreak, nextRetryAt } from '../renewal/backoff.ts';
import { parseHostPort } from '../challenges/upload/remote-path.ts';

export const MAX_DEPLOY_RUNS_KEPT = 200;

/** The PFX password of a local target: the export destination's own ref (issue 6). */
export const localPasswordRef = (certId: string, destId: string): string =>
  `${certId}:export:${destId}`;
export const deploySecretRef = (certId: string, targetId: string, n: DeploySecretName): string =>
  `${certId}:deploy:${targetId}:${n}`;

/** Where a target's credentials may go: its server and account. */
export function targetDestination(c: DeployTargetConfig): string | null {
  const user = 'user' in c ? c.user.trim() : '';
  switch (c.kind) {
    case 'sftp': {
      const { host, port } = parseHostPort(c.host, 22, 'SFTP');
      return `deploy-sftp|${host.toLowerCase()}|${port}|${user}`;
    }
    case 'ftp': {
      const { host, port } = parseHostPort(c.host, 21, 'FTP');
      return `deploy-ftp|${host.toLowerCase()}|${port}|${user}`;
    }
    case 'cpanel':
      return `deploy-cpanel|${c.url.trim().toLowerCase()}|${user}`;
    default:
      return null;
  }
}

export const deploySecretContext = (
  certId: string,
  target: { id: string; config: DeployTargetConfig },
  n: DeploySecretName,
): string =>
  n === 'pfxPassword' && target.config.kind === 'local'
    ? `secret:${localPasswordRef(certId, target.id)}`
    : boundContext(deploySecretRef(certId, target.id, n), targetDestination(target.config));

export function localConfig(e: ExportDestination): LocalTargetConfig {
  return {
    kind: 'local',
    dir: e.dir,
    ...(e.preset ? { preset: e.preset } : {}),
    ...(e.format ? { format: e.format } : {}),
    ...(e.pfxEncoding ? { pfxEncoding: e.pfxEncoding } : {}),
    ...(e.rsaKeyFormat ? { rsaKeyFormat: e.rsaKeyFormat } : {}),
    ...(e.postCommand ? { postCommand: e.postCommand } : {}),
  };
}

export type AnyTarget = {
  id: string;
  config: DeployTargetConfig;
  secrets: DeploySecretName[];
  waiting?: StoredDeployTarget['waiting'];
};

/** Every target of a certificate: local folders first (they came first), then the others. */
export function targetsOf(cert: StoredCertificate): AnyTarget[] {
  return [
    ...cert.exports.map((e) => ({
      id: e.id,
      config: localConfig(e) as DeployTargetConfig,
      secrets: e.hasPassword ? (['pfxPassword'] as DeploySecretName[]) : [],
    })),
    ...(cert.deployTargets ?? []).map((t) => ({
      id: t.id,
      config: t.config as DeployTargetConfig,
      secrets: t.secrets,
      ...(t.waiting ? { waiting: t.waiting } : {}),
    })),
  ];
}

const runsOf = (cert: StoredCertificate, targetId: string): DeployRun[] =>
  (cert.deployRuns ?? []).filter((r) => r.targetId === targetId);

export function lastGood(cert: StoredCertificate, targetId: string): DeployLastGood | null {
  const runs = runsOf(cert, targetId);
  for (let i = runs.length - 1; i >= 0; i--) {
    const r = runs[i];
    if (!r.ok || !r.serial) continue;
    const v = [cert.current, cert.previous].find((x) => x?.serial === r.serial);
    return { at: r.at, serial: r.serial, notAfter: v?.notAfter ?? null };
  }
  return null;
}

/** When a failed target is tried again on its own: the renewal backoff (R22), over its runs. */
export function retryAt(cert: StoredCertificate, t: AnyTarget): number | null {
  if (t.config.kind === 'manual') return null;
  const runs = runsOf(cert, t.id);
  const last = runs[runs.length - 1];
  if (!last || last.ok || !cert.current || cert.revoked) return null;
  // Once the newest certificate is in place, an older failure needs no retry.
  if (lastGood(cert, t.id)?.serial === cert.current.serial) return null;
  const streak = failureStreak(
    runs.map((r) => ({
      at: r.at,
      trigger: 'scheduled' as const,
      outcome: r.ok ? ('success' as const) : ('failure' as const),
      ...(r.errorCode ? { errorCode: r.errorCode } : {}),
    })),
  );
  const at = nextRetryAt(streak);
  return at === null || !Number.isFinite(at) ? null : at;
}

export function viewOf(cert: StoredCertificate, t: AnyTarget): DeployTargetView {
  const runs = runsOf(cert, t.id);
  const retry = retryAt(cert, t);
  return {
    id: t.id,
    config: t.config,
    where: targetWhere(t.config),
    secrets: t.secrets,
    lastRun: runs[runs.length - 1] ?? null,
    lastGood: lastGood(cert, t.id),
    retryAt: retry === null ? null : new Date(retry).toISOString(),
    waiting: t.waiting ?? null,
  };
}
