// Running one deployment target (issue 17): the driver of its kind with the credentials it may
// open, a local folder through the export writer's all-or-nothing write (issue 6), the outcome as
// a DeployRun (a failure too: never thrown), and the run kept in the certificate's history.
import { textError, toErrorShape } from '../../shared/errors.ts';
import { text } from '../../shared/engine-text.ts';
import type {
  DeployRun,
  DeploySecretName,
  DeployTargetConfig,
  DeployTrigger,
} from '../../shared/deploy.ts';
import type { StoredCertificate } from '../../storage/schema.ts';
import type { EngineCore } from '../core.ts';
import type { CertificatesService } from '../services/certificates.ts';
import { reExport } from '../export/index.ts';
import type { ExportFormat, PresetId } from '../export/types.ts';
import { knownHostSecretName } from '../challenges/upload/index.ts';
import { cpanelDriver } from './cpanel.ts';
import type { DeployDriver, DeployResult, DriverEnv } from './driver.ts';
import { planDeployFiles } from './files.ts';
import { ftpDriver, sftpDriver } from './remote-targets.ts';
import { DeployCommandError } from './remote-upload.ts';
import {
  MAX_DEPLOY_RUNS_KEPT,
  deploySecretContext,
  deploySecretRef,
  localPasswordRef,
  type AnyTarget,
} from './targets.ts';

type Core = Pick<EngineCore, 'storage' | 'log' | 'clock'>;
/** The certificate's files as CertificatesService.keyMaterial gives them. */
export type Material = Awaited<ReturnType<CertificatesService['keyMaterial']>>;

/** What a driver may use: the target's own credentials, SSH host keys seen before, redaction. */
export function targetEnv(
  core: Pick<Core, 'storage' | 'log'>,
  certId: string,
  t: AnyTarget,
): DriverEnv {
  const { storage, log } = core;
  const secret = (n: DeploySecretName): string | undefined => {
    const ref =
      n === 'pfxPassword' && t.config.kind === 'local'
        ? localPasswordRef(certId, t.id)
        : deploySecretRef(certId, t.id, n);
    const sealed = storage.read().secrets[ref];
    return sealed ? storage.secrets.open(sealed, deploySecretContext(certId, t, n)) : undefined;
  };
  const hostRef = (h: string, p: number): string => `global:${knownHostSecretName(h, p)}`;
  const redact = t.secrets.map((n) => secret(n)).filter((s): s is string => !!s);
  return {
    secret,
    knownHost: (h, p) => {
      const sealed = storage.read().secrets[hostRef(h, p)];
      return sealed
        ? storage.secrets.open(sealed, `secret:${hostRef(h, p)}`) || undefined
        : undefined;
    },
    saveKnownHost: async (h, p, fp) => {
      const sealed = storage.secrets.seal(fp, `secret:${hostRef(h, p)}`);
      await storage.update((d) => {
        d.secrets[hostRef(h, p)] = sealed;
      });
    },
    redact,
    log,
  };
}

/** The driver of a remote target; null for a local folder or a place updated by hand. */
export function driverFor(
  core: Pick<Core, 'storage' | 'log'>,
  cert: StoredCertificate,
  t: AnyTarget,
): DeployDriver | null {
  const env = targetEnv(core, cert.id, t);
  const c = t.config;
  if (c.kind === 'sftp') return sftpDriver(c, env);
  if (c.kind === 'ftp') return ftpDriver(c, env);
  if (c.kind === 'cpanel') return cpanelDriver(c, env, cert.names);
  return null;
}

/** Runs one target now; a failure is the run's outcome, never thrown. */
export async function runTarget(
  core: Core,
  cert: StoredCertificate,
  t: AnyTarget,
  material: Material,
  serial: string,
  opts: { trigger: DeployTrigger; signal?: AbortSignal },
): Promise<DeployRun> {
  const at = (): string => new Date(core.clock.now()).toISOString();
  const base = { targetId: t.id, trigger: opts.trigger, serial };
  const c = t.config;
  try {
    if (c.kind === 'manual') {
      const label = c.label;
      return {
        ...base,
        at: at(),
        ok: false,
        errorCode: 'waiting',
        text: text('deploy.waiting', { label }),
        message: `Waiting for you: put the new certificate in place at ${label}, then choose "Done".`,
      };
    }
    let result: DeployResult;
    if (c.kind === 'local') result = await runLocal(core, cert, t, material, opts.signal);
    else {
      const env = targetEnv(core, cert.id, t);
      const files =
        c.kind === 'cpanel' ? [] : planDeployFiles(material, c, env.secret('pfxPassword'));
      result = await driverFor(core, cert, t)!.deploy(files, material);
    }
    return {
      ...base,
      at: at(),
      ok: true,
      text: result.text,
      ...(result.command
        ? {
            command: { exitCode: result.command.exitCode, outputTail: result.command.outputTail },
          }
        : {}),
    };
  } catch (e) {
    const shape = toErrorShape(e);
    return {
      ...base,
      at: at(),
      ok: false,
      errorCode: shape.code,
      message: shape.message,
      ...(shape.text ? { text: shape.text } : {}),
      ...(e instanceof DeployCommandError
        ? { command: { exitCode: e.command.exitCode, outputTail: e.command.outputTail } }
        : {}),
    };
  }
}

/** Today's re-export plus post-renewal command (issue 6), as one target. */
async function runLocal(
  core: Pick<Core, 'storage' | 'log'>,
  cert: StoredCertificate,
  t: AnyTarget,
  material: Material,
  signal?: AbortSignal,
): Promise<DeployResult> {
  const c = t.config as Extract<DeployTargetConfig, { kind: 'local' }>;
  const password = targetEnv(core, cert.id, t).secret('pfxPassword');
  const r = await reExport(
    {
      dir: c.dir,
      ...(c.format ? { format: c.format as ExportFormat } : {}),
      ...(c.preset ? { preset: c.preset as PresetId } : {}),
      ...(password ? { password } : {}),
      ...(c.pfxEncoding ? { pfxEncoding: c.pfxEncoding } : {}),
      ...(c.rsaKeyFormat ? { rsaKeyFormat: c.rsaKeyFormat } : {}),
      ...(c.postCommand ? { postCommand: c.postCommand } : {}),
    },
    material,
    signal ? { signal } : {},
  );
  const pc = r.postCommand;
  if (pc && !pc.ok)
    throw new DeployCommandError(
      textError('solver', text('deploy.localFailed', { message: pc.summary }), {
        detail: pc.outputTail.join('\n'),
      }),
      { exitCode: pc.exitCode, outputTail: pc.outputTail, timedOut: pc.timedOut },
    );
  return {
    text: text('deploy.deployed', { where: c.dir }),
    ...(pc
      ? { command: { exitCode: pc.exitCode, outputTail: pc.outputTail, timedOut: false } }
      : {}),
  };
}

/** Keeps a run in the certificate's history (and the export panel's line, or the wait begun). */
export async function recordRun(
  core: Pick<Core, 'storage'>,
  certId: string,
  t: AnyTarget,
  run: DeployRun,
): Promise<void> {
  await core.storage.update((d) => {
    const c = d.certificates[certId];
    if (!c) return;
    c.deployRuns = [...(c.deployRuns ?? []), run].slice(-MAX_DEPLOY_RUNS_KEPT);
    if (t.config.kind === 'local')
      // The export panel's own line for this folder (issue 6) stays up to date.
      c.exports = c.exports.map((e) =>
        e.id === t.id
          ? {
              ...e,
              lastRunAt: run.at,
              lastOutcome: run.ok ? 'ok' : `failed: ${run.message ?? ''}`,
            }
          : e,
      );
    if (t.config.kind === 'manual')
      c.deployTargets = (c.deployTargets ?? []).map((x) =>
        x.id === t.id && run.serial ? { ...x, waiting: { since: run.at, serial: run.serial } } : x,
      );
  });
}
