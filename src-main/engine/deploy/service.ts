// Deployment targets of a certificate (issue 17): add, list, test, run, remove; "waiting for you"
// for targets Certdesk cannot reach. Every run goes into the certificate's history (deployRuns)
// with its outcome; a failed run is retried by the scheduler with the renewal backoff (R22) and
// told to the person like a failed renewal (R23). A run never leaves half-replaced files: remote
// targets upload under temporary names and put the earlier files back on failure; local folders
// use the export writer's all-or-nothing write (issue 6).
// What a target needs when added is check-config.ts; running one and keeping the run,
// run-target.ts.
import path from 'node:path';
import { textError } from '../../shared/errors.ts';
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
import { checkConfig } from './check-config.ts';
import { driverFor, recordRun, runTarget } from './run-target.ts';
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

export { checkConfig } from './check-config.ts';

export type DeployRunResult = { target: DeployTargetView; run: DeployRun };

export class DeployService {
  private readonly core: EngineCore;
  private readonly certificates: CertificatesService;
  private readonly running = new Set<string>();
  /** After runs of a certificate's targets: the live-site check (issue 17; set by the Engine). */
  afterRun?: (certId: string, delivered: boolean) => Promise<void>;

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
    return driverFor(this.core, cert, t)!.test();
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
        run = await runTarget(this.core, cert, t, material, serial, opts);
      } finally {
        this.running.delete(key);
      }
      await recordRun(this.core, certId, t, run);
      this.core.log.info('deploy', { cert: certId, target: t.id, kind: t.config.kind, ok: run.ok });
      out.push({ target: this.list(certId).find((v) => v.id === t.id)!, run });
    }
    const delivered = out.some((r) => r.run.ok && r.target.config.kind !== 'manual');
    if (out.length > 0) await this.afterRun?.(certId, delivered);
    return out;
  }

  /**
   * Manual targets whose newest certificate waits for the person (the reminder and site check
   * read this).
   */
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
