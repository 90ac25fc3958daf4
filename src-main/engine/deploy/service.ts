// Deployment targets of a certificate (issue 17): add, list, test, run, remove; "waiting for you"
// for targets Certdesk cannot reach. Every run goes into the certificate's history (deployRuns)
// with its outcome; a failed run is retried by the scheduler with the renewal backoff (R22) and
// told to the person like a failed renewal (R23). A run never leaves half-replaced files: remote
// targets upload under temporary names and put the earlier files back on failure; local folders
// use the export writer's all-or-nothing write (issue 6).
import path from 'node:path';
import { textError, toErrorShape } from '../../shared/errors.ts';
import { text } from '../../shared/engine-text.ts';
import {
  DEPLOY_KIND_SECRETS,
  type DeployRun,
  type DeploySecretName,
  type DeploySecrets,
  type DeployTargetConfig,
  type DeployTargetView,
  type DeployTrigger,
  type ManualWaiting,
} from '../../shared/deploy.ts';
import type { ExportDestination } from '../../shared/types.ts';
import type { StoredCertificate, StoredDeployTarget } from '../../storage/schema.ts';
import type { EngineCore } from '../core.ts';
import type { CertificatesService } from '../services/certificates.ts';
import { reExport } from '../export/index.ts';
import type { ExportFormat, PresetId } from '../export/types.ts';
import { knownHostSecretName } from '../challenges/upload/index.ts';
import { checkCpanelConfig, cpanelDriver } from './cpanel.ts';
import type { DeployDriver, DeployResult, DriverEnv } from './driver.ts';
import { checkDeployFiles, needsPfxPassword, planDeployFiles } from './files.ts';
import { checkFtpConfig, checkSftpConfig, ftpDriver, sftpDriver } from './remote-targets.ts';
import { DeployCommandError } from './remote-upload.ts';
import {
  MAX_DEPLOY_RUNS_KEPT,
  deploySecretContext,
  deploySecretRef,
  localPasswordRef,
  retryAt,
  targetsOf,
  viewOf,
  type AnyTarget,
} from './targets.ts';

export type DeployRunResult = { target: DeployTargetView; run: DeployRun };

/** A target's settings and credentials when it is added; each problem is a Text (issue 17). */
export function checkConfig(c: DeployTargetConfig, secrets: DeploySecrets): void {
  switch (c.kind) {
    case 'sftp':
      checkSftpConfig(c);
      checkDeployFiles(c);
      if (!secrets.password && !secrets.privateKey)
        throw textError('invalid-input', text('deployCheck.sftpLogin'));
      break;
    case 'ftp':
      checkFtpConfig(c);
      checkDeployFiles(c);
      if (!secrets.password) throw textError('invalid-input', text('deployCheck.ftpPassword'));
      break;
    case 'cpanel':
      checkCpanelConfig(c);
      if (!secrets.apiToken) throw textError('invalid-input', text('deployCheck.cpanelToken'));
      break;
    case 'local':
      if (!c.dir.trim()) throw textError('invalid-input', text('deployCheck.localFolder'));
      checkDeployFiles(c);
      break;
    case 'manual':
      if (!c.label.trim()) throw textError('invalid-input', text('deployCheck.manualLabel'));
      break;
  }
  if (c.kind !== 'manual' && c.kind !== 'cpanel' && needsPfxPassword(c) && !secrets.pfxPassword)
    throw textError('wrong-password', text('deployCheck.pfxPassword'));
}

export class DeployService {
  private readonly core: EngineCore;
  private readonly certificates: CertificatesService;
  private readonly running = new Set<string>();
  /** After runs of a certificate's targets: the live-site check (issue 17; set by the Engine). */
  afterRun?: (certId: string) => Promise<void>;

  constructor(core: EngineCore, certificates: CertificatesService) {
    this.core = core;
    this.certificates = certificates;
  }

  list(certId: string): DeployTargetView[] {
    const cert = this.certificates.getStored(certId);
    return targetsOf(cert).map((t) => viewOf(cert, t));
  }

  private target(certId: string, targetId: string): { cert: StoredCertificate; t: AnyTarget } {
    const cert = this.certificates.getStored(certId);
    const t = targetsOf(cert).find((x) => x.id === targetId);
    if (!t) throw textError('not-found', text('deployCheck.noTarget', { target: targetId }));
    return { cert, t };
  }

  async add(
    certId: string,
    config: DeployTargetConfig,
    given: DeploySecrets = {},
  ): Promise<DeployTargetView> {
    this.certificates.getStored(certId);
    const secrets: DeploySecrets = {};
    for (const n of DEPLOY_KIND_SECRETS[config.kind]) if (given[n]) secrets[n] = given[n];
    checkConfig(config, secrets);
    const { storage, clock } = this.core;
    const id = this.core.newId();
    const names = Object.keys(secrets) as DeploySecretName[];
    const target: AnyTarget = { id, config, secrets: names };
    const sealed = names.map(
      (n) =>
        [n, storage.secrets.seal(secrets[n]!, deploySecretContext(certId, target, n))] as const,
    );
    const now = new Date(clock.now()).toISOString();
    await storage.update((d) => {
      const c = d.certificates[certId];
      if (!c) return;
      if (config.kind === 'local') {
        const dest: ExportDestination = {
          id,
          dir: path.resolve(config.dir),
          ...(config.format ? { format: config.format } : {}),
          ...(config.preset ? { preset: config.preset } : {}),
          ...(config.pfxEncoding ? { pfxEncoding: config.pfxEncoding } : {}),
          ...(config.rsaKeyFormat ? { rsaKeyFormat: config.rsaKeyFormat } : {}),
          ...(config.postCommand?.trim() ? { postCommand: config.postCommand.trim() } : {}),
          ...(secrets.pfxPassword ? { hasPassword: true } : {}),
        };
        // One destination per folder, as the export panel keeps it (issue 6).
        c.exports = [...c.exports.filter((e) => e.dir !== dest.dir), dest];
        for (const [, s] of sealed) d.secrets[localPasswordRef(certId, id)] = s;
      } else {
        const stored: StoredDeployTarget = { id, createdAt: now, config, secrets: names };
        c.deployTargets = [...(c.deployTargets ?? []), stored];
        for (const [n, s] of sealed) d.secrets[deploySecretRef(certId, id, n)] = s;
      }
    });
    this.core.log.info('deploy: target added', { cert: certId, target: id, kind: config.kind });
    return this.list(certId).find((v) => v.id === id)!;
  }

  async remove(certId: string, targetId: string): Promise<void> {
    this.target(certId, targetId);
    await this.core.storage.update((d) => {
      const c = d.certificates[certId];
      if (!c) return;
      c.exports = c.exports.filter((e) => e.id !== targetId);
      c.deployTargets = (c.deployTargets ?? []).filter((t) => t.id !== targetId);
      delete d.secrets[localPasswordRef(certId, targetId)];
      for (const ref of Object.keys(d.secrets))
        if (ref.startsWith(`${certId}:deploy:${targetId}:`)) delete d.secrets[ref];
    });
  }

  private env(certId: string, t: AnyTarget): DriverEnv {
    const { storage, log } = this.core;
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

  private driver(cert: StoredCertificate, t: AnyTarget): DeployDriver | null {
    const env = this.env(cert.id, t);
    const c = t.config;
    if (c.kind === 'sftp') return sftpDriver(c, env);
    if (c.kind === 'ftp') return ftpDriver(c, env);
    if (c.kind === 'cpanel') return cpanelDriver(c, env, cert.names);
    return null;
  }

  /** "Test": connection and permissions, nothing changed. Resolves with the sentence to show. */
  async test(certId: string, targetId: string): Promise<ReturnType<typeof text>> {
    const { cert, t } = this.target(certId, targetId);
    const c = t.config;
    if (c.kind === 'manual') return text('deploy.testedManual');
    if (c.kind === 'local') {
      const { checkFolder } = await import('../export/writer.ts');
      await checkFolder(path.resolve(c.dir));
      const fs = await import('node:fs/promises');
      try {
        await fs.access(path.resolve(c.dir), (await import('node:fs')).constants.W_OK);
      } catch {
        throw textError('permission-denied', text('deployCheck.localNoWrite', { folder: c.dir }));
      }
      return text('deploy.tested', { where: c.dir });
    }
    return this.driver(cert, t)!.test();
  }

  /** Runs one target, or every target, now; records each run. Never throws for a failed target. */
  async run(
    certId: string,
    opts: { targetId?: string; trigger: DeployTrigger; signal?: AbortSignal },
  ): Promise<DeployRunResult[]> {
    const cert = this.certificates.getStored(certId);
    const targets = targetsOf(cert).filter((t) => !opts.targetId || t.id === opts.targetId);
    if (opts.targetId && targets.length === 0) this.target(certId, opts.targetId);
    if (targets.length === 0) return [];
    if (!cert.current) throw textError('not-found', text('deployCheck.notIssued', { id: certId }));
    const material = await this.certificates.keyMaterial(certId);
    const serial = cert.current.serial;
    const out: DeployRunResult[] = [];
    for (const t of targets) {
      const key = `${certId}:${t.id}`;
      if (this.running.has(key)) continue;
      this.running.add(key);
      let run: DeployRun;
      try {
        run = await this.runOne(cert, t, material, serial, opts);
      } finally {
        this.running.delete(key);
      }
      await this.record(certId, t, run);
      this.core.log.info('deploy', { cert: certId, target: t.id, kind: t.config.kind, ok: run.ok });
      out.push({ target: this.list(certId).find((v) => v.id === t.id)!, run });
    }
    if (out.length > 0) await this.afterRun?.(certId);
    return out;
  }

  private async runOne(
    cert: StoredCertificate,
    t: AnyTarget,
    material: Awaited<ReturnType<CertificatesService['keyMaterial']>>,
    serial: string,
    opts: { trigger: DeployTrigger; signal?: AbortSignal },
  ): Promise<DeployRun> {
    const at = (): string => new Date(this.core.clock.now()).toISOString();
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
      if (c.kind === 'local') result = await this.runLocal(cert, t, material, opts.signal);
      else {
        const env = this.env(cert.id, t);
        const files =
          c.kind === 'cpanel' ? [] : planDeployFiles(material, c, env.secret('pfxPassword'));
        result = await this.driver(cert, t)!.deploy(files, material);
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
  private async runLocal(
    cert: StoredCertificate,
    t: AnyTarget,
    material: Awaited<ReturnType<CertificatesService['keyMaterial']>>,
    signal?: AbortSignal,
  ): Promise<DeployResult> {
    const c = t.config as Extract<DeployTargetConfig, { kind: 'local' }>;
    const password = this.env(cert.id, t).secret('pfxPassword');
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

  private async record(certId: string, t: AnyTarget, run: DeployRun): Promise<void> {
    await this.core.storage.update((d) => {
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
          x.id === t.id && run.serial
            ? { ...x, waiting: { since: run.at, serial: run.serial } }
            : x,
        );
    });
  }

  /** Manual targets whose newest certificate waits for the person (the reminder and site check read this). */
  waitingManual(): ManualWaiting[] {
    const out: ManualWaiting[] = [];
    for (const cert of this.certificates.stored()) {
      for (const t of cert.deployTargets ?? []) {
        if (t.config.kind !== 'manual' || !t.waiting) continue;
        const v = [cert.current, cert.previous].find((x) => x?.serial === t.waiting!.serial);
        out.push({
          certId: cert.id,
          names: cert.names,
          targetId: t.id,
          label: t.config.label,
          ...(t.config.notes ? { notes: t.config.notes } : {}),
          since: t.waiting.since,
          serial: t.waiting.serial,
          notAfter: v?.notAfter ?? null,
        });
      }
    }
    return out;
  }

  /** "Done" (the person), or the live-site check saw the new certificate: the wait ends. */
  async markManualDone(
    certId: string,
    targetId: string,
    by: 'person' | 'site-check' = 'person',
  ): Promise<DeployTargetView> {
    const { t } = this.target(certId, targetId);
    if (t.config.kind !== 'manual')
      throw textError('invalid-input', text('deployCheck.manualOnly'));
    const at = new Date(this.core.clock.now()).toISOString();
    // The history says who ended the wait, as a Text (history.ts; engine-text-reminders.ts).
    const said = text(by === 'person' ? 'reminders.doneByYou' : 'reminders.doneServed', {
      label: t.config.label,
    });
    await this.core.storage.update((d) => {
      const c = d.certificates[certId];
      if (!c) return;
      const serial =
        (c.deployTargets ?? []).find((x) => x.id === targetId)?.waiting?.serial ??
        c.current?.serial;
      c.deployTargets = (c.deployTargets ?? []).map((x) => {
        if (x.id !== targetId) return x;
        const { waiting: _done, ...rest } = x;
        return rest;
      });
      c.deployRuns = [
        ...(c.deployRuns ?? []),
        {
          targetId,
          at,
          trigger: 'done' as const,
          ok: true,
          text: said,
          ...(serial ? { serial } : {}),
        },
      ].slice(-MAX_DEPLOY_RUNS_KEPT);
    });
    return this.list(certId).find((v) => v.id === targetId)!;
  }

  /** Failed targets due for their next try (the scheduler runs them; same backoff as renewals). */
  retriesDue(now: number): { certId: string; targetId: string; at: number }[] {
    const out: { certId: string; targetId: string; at: number }[] = [];
    for (const cert of this.certificates.stored())
      for (const t of targetsOf(cert)) {
        const at = retryAt(cert, t);
        if (at !== null) out.push({ certId: cert.id, targetId: t.id, at: Math.max(at, now - 1) });
      }
    return out;
  }
}
