// Export (issue 6): keys go from here to disk only, never to a renderer or a log (R8). Remembered
// destinations are written again after every renewal, then their command runs (R23: the outcome
// is recorded on the destination).
import path from 'node:path';
import { CertdeskError, toErrorShape } from '../../shared/errors.ts';
import type { ExportDestination } from '../../shared/types.ts';
import {
  cloudSyncWarning,
  exportBundle,
  exportDual,
  pasteFields,
  reExport,
  type ExportRequest,
  type ExportResult,
} from '../export/index.ts';
import { parseMaterial } from '../export/material.ts';
import { planFiles } from '../export/formats.ts';
import { checkFolder, writeBundle } from '../export/writer.ts';
import type { EngineCore } from '../core.ts';
import type { CertificatesService } from './certificates.ts';

export type ExportOptions = ExportRequest & { remember?: boolean; postCommand?: string };
export type ReExportOutcome = { destination: ExportDestination; ok: boolean; outcome: string };

const passwordRef = (id: string, destinationId: string): string => `${id}:export:${destinationId}`;

export class ExportsService {
  private readonly core: EngineCore;
  private readonly certificates: CertificatesService;

  constructor(core: EngineCore, certificates: CertificatesService) {
    this.core = core;
    this.certificates = certificates;
  }

  async export(
    id: string,
    req: ExportOptions,
  ): Promise<ExportResult & { destination?: ExportDestination }> {
    const { storage, clock } = this.core;
    const material = await this.certificates.keyMaterial(id);
    const twin = await this.certificates.twinKeyMaterial(id);
    const result = twin ? await exportDual(material, twin, req) : await exportBundle(material, req);
    if (!req.remember) return result;
    const destination: ExportDestination = {
      id: this.core.newId(),
      dir: req.dir,
      ...(req.format ? { format: req.format } : {}),
      ...(req.preset ? { preset: req.preset } : {}),
      ...(req.pfxEncoding ? { pfxEncoding: req.pfxEncoding } : {}),
      ...(req.rsaKeyFormat ? { rsaKeyFormat: req.rsaKeyFormat } : {}),
      ...(req.postCommand ? { postCommand: req.postCommand } : {}),
      ...(req.password ? { hasPassword: true } : {}),
      lastRunAt: new Date(clock.now()).toISOString(),
      lastOutcome: 'ok',
    };
    await storage.update((d) => {
      const c = d.certificates[id];
      if (!c) return;
      // One destination per folder: exporting to the same folder again replaces its settings.
      c.exports = [...c.exports.filter((e) => e.dir !== req.dir), destination];
      const ref = passwordRef(id, destination.id);
      if (req.password) d.secrets[ref] = storage.secrets.seal(req.password, `secret:${ref}`);
    });
    return { ...result, destination };
  }

  /** Text for control panels that take pasted fields (never the key: see privateKeyText). */
  async pasteFields(id: string): Promise<{ certificate: string; caBundle: string }> {
    const { certificate, caBundle } = pasteFields(await this.certificates.keyMaterial(id));
    return { certificate, caBundle };
  }

  /** The key as a control panel's paste field wants it: for the clipboard from main, never a page. */
  async privateKeyText(id: string): Promise<string> {
    const { privateKey } = pasteFields(await this.certificates.keyMaterial(id), {
      includeKey: true,
    });
    if (!privateKey)
      throw new CertdeskError(
        'internal',
        'The private key could not be read. Renew the certificate to get a fresh one.',
      );
    return privateKey;
  }

  /** "Save key file": privkey.pem alone, 0600, in a folder that exists (export:saveKey). */
  async saveKeyFile(
    id: string,
    dir: string,
    overwrite: boolean,
  ): Promise<{ path: string; warnings: string[] }> {
    const full = path.resolve(dir);
    await checkFolder(full);
    const parsed = parseMaterial(await this.certificates.keyMaterial(id));
    const files = planFiles(parsed, ['pem'], { fileNames: { key: 'privkey.pem' } });
    const [written] = await writeBundle(full, files, { overwrite });
    const cloud = cloudSyncWarning(full);
    return { path: written, warnings: cloud ? [cloud] : [] };
  }

  async removeDestination(id: string, destinationId: string): Promise<void> {
    await this.core.storage.update((d) => {
      const c = d.certificates[id];
      if (c) c.exports = c.exports.filter((e) => e.id !== destinationId);
      delete d.secrets[passwordRef(id, destinationId)];
    });
  }

  /** After a renewal: every remembered destination is written again, then its command runs. */
  async reExportAll(id: string, signal?: AbortSignal): Promise<ReExportOutcome[]> {
    const { storage, clock, log } = this.core;
    const cert = this.certificates.getStored(id);
    if (cert.exports.length === 0) return [];
    const material = await this.certificates.keyMaterial(id);
    const twin = await this.certificates.twinKeyMaterial(id);
    const outcomes: ReExportOutcome[] = [];
    for (const dest of cert.exports) {
      const ref = passwordRef(id, dest.id);
      const sealed = storage.read().secrets[ref];
      const password = sealed ? storage.secrets.open(sealed, `secret:${ref}`) : undefined;
      let outcome: string;
      let ok = true;
      try {
        const r = await reExport(
          {
            dir: dest.dir,
            ...(dest.format ? { format: dest.format as ExportRequest['format'] } : {}),
            ...(dest.preset ? { preset: dest.preset as ExportRequest['preset'] } : {}),
            ...(password ? { password } : {}),
            ...(dest.pfxEncoding ? { pfxEncoding: dest.pfxEncoding } : {}),
            ...(dest.rsaKeyFormat ? { rsaKeyFormat: dest.rsaKeyFormat } : {}),
            ...(dest.postCommand ? { postCommand: dest.postCommand } : {}),
          },
          material,
          { ...(signal ? { signal } : {}), ...(twin ? { twin } : {}) },
        );
        if (r.postCommand && !r.postCommand.ok) {
          ok = false;
          outcome = `command failed: ${r.postCommand.summary}`;
        } else outcome = r.postCommand ? `ok; command: ${r.postCommand.summary}` : 'ok';
      } catch (e) {
        ok = false;
        outcome = `export failed: ${toErrorShape(e).message}`;
      }
      log.info('re-export', { cert: id, dir: dest.dir, ok });
      outcomes.push({ destination: dest, ok, outcome });
    }
    const at = new Date(clock.now()).toISOString();
    await storage.update((d) => {
      const c = d.certificates[id];
      if (!c) return;
      c.exports = c.exports.map((e) => {
        const o = outcomes.find((x) => x.destination.id === e.id);
        return o ? { ...e, lastRunAt: at, lastOutcome: o.outcome } : e;
      });
    });
    return outcomes;
  }
}
