// Export for upload elsewhere (issue 6): PEM, PFX (modern and compatible), DER, combined PEM and
// paste fields, with presets per target, atomic all-or-nothing writes, 0600 keys, a cloud-sync
// warning (R8) and re-export plus a post-renewal command after every renewal.
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { CertdeskError } from '../../shared/errors.ts';
import { say, text } from '../../shared/engine-text.ts';
import { parseMaterial, certPem, chainPemText, keyPemText, fileBaseName } from './material.ts';
import { planFiles, publicPasteFields } from './formats.ts';
import { PRESETS, FORMAT_WHERE } from './presets.ts';
import { writeBundle, checkFolder } from './writer.ts';
import { cloudSyncWarning } from './cloud-folders.ts';
import { checkPfxPassword } from './pkcs12.ts';
import { runPostCommand, postCommandEnv, type PostCommandOutcome } from './post-command.ts';
import {
  EXPORT_FORMATS,
  PRESET_IDS,
  type ExportFormat,
  type ExportRequest,
  type ExportResult,
  type KeyMaterial,
  type PfxEncoding,
  type PresetId,
  type RsaKeyFormat,
} from './types.ts';

export * from './types.ts';
export { PRESETS, FORMAT_WHERE } from './presets.ts';
export {
  buildPfx,
  checkPfxPassword,
  pkcs12Kdf,
  PFX_ITERATIONS,
  MIN_PFX_PASSWORD_LENGTH,
} from './pkcs12.ts';
export { cloudSyncWarning } from './cloud-folders.ts';
export {
  runPostCommand,
  postCommandEnv,
  scrubOutput,
  POST_COMMAND_TIMEOUT_MS,
  type PostCommandOutcome,
  type PostCommandOptions,
} from './post-command.ts';
export { fileBaseName } from './material.ts';
export { SECRET_MODE, PUBLIC_MODE } from './writer.ts';

export const NON_ASCII_PFX_PASSWORD_WARNING =
  'The PFX password contains letters outside plain English (like ä, € or emoji): Windows and OpenSSL accept it, but Java (Tomcat) and some devices do not, so use only A-Z, a-z, digits and common symbols if the file goes there.';

function resolveRequest(req: ExportRequest): {
  formats: ExportFormat[];
  where: string;
  preset?: PresetId;
  fileNames?: (typeof PRESETS)[PresetId]['fileNames'];
} {
  if (req.preset !== undefined) {
    if (!PRESET_IDS.includes(req.preset))
      throw new CertdeskError(
        'invalid-input',
        `"${String(req.preset)}" is not an export preset Certdesk knows; pick one of ${PRESET_IDS.join(', ')}.`,
      );
    const p = PRESETS[req.preset];
    return {
      formats: p.formats,
      where: p.where,
      preset: req.preset,
      ...(p.fileNames ? { fileNames: p.fileNames } : {}),
    };
  }
  if (req.format !== undefined) {
    if (!EXPORT_FORMATS.includes(req.format))
      throw new CertdeskError(
        'invalid-input',
        `"${String(req.format)}" is not an export format Certdesk knows; pick one of ${EXPORT_FORMATS.join(', ')}.`,
      );
    return { formats: [req.format], where: FORMAT_WHERE[req.format] };
  }
  return { formats: PRESETS.generic.formats, where: PRESETS.generic.where, preset: 'generic' };
}

/**
 * Writes the files of one format or preset into `req.dir`, all or nothing. Throws CertdeskError:
 * 'wrong-password' (PFX without a usable password), 'export' (missing folder), 'file-exists'
 * (without overwrite, before writing anything), 'permission-denied', 'disk-full', 'invalid-input'.
 */
export async function exportBundle(
  material: KeyMaterial,
  req: ExportRequest,
): Promise<ExportResult> {
  const { formats, where, preset, fileNames } = resolveRequest(req);
  const pfx = formats.some((f) => f === 'pfx' || f === 'pfx-legacy');
  if (pfx) checkPfxPassword(req.password); // before any other work, so the form can say so at once
  const p = parseMaterial(material);
  const warnings: string[] = [];
  const base: ExportResult = { files: [], warnings, where, ...(preset ? { preset } : {}) };

  if (formats.every((f) => f === 'paste')) return { ...base, paste: publicPasteFields(p) };

  const dir = path.resolve(req.dir); // absolute paths in the result and in CERTDESK_* variables
  await checkFolder(dir);
  const files = planFiles(p, formats, {
    ...(req.password !== undefined ? { password: req.password } : {}),
    ...(req.rsaKeyFormat ? { rsaKeyFormat: req.rsaKeyFormat } : {}),
    ...(req.pfxEncoding ? { pfxEncoding: req.pfxEncoding } : {}),
    ...(fileNames ? { fileNames } : {}),
  });
  if (p.chain.length === 0 && formats.includes('pem'))
    warnings.push(
      'The certificate authority sent no intermediate certificate, so no chain.pem was written.',
    );
  // Java's PKCS#12 loader takes printable ASCII passwords only (SunJCE PBEKey), and some devices
  // too: other characters work with OpenSSL and Windows, so warn rather than refuse.
  if (pfx && req.password && !/^[\x20-\x7e]*$/.test(req.password))
    warnings.push(NON_ASCII_PFX_PASSWORD_WARNING);
  if (files.some((f) => f.secret)) {
    const cloud = cloudSyncWarning(dir);
    if (cloud) warnings.push(cloud);
  }
  const paths = await writeBundle(dir, files, { overwrite: req.overwrite === true });
  return {
    ...base,
    files: files.map((f, i) => ({ path: paths[i], kind: f.kind, secret: f.secret })),
  };
}

/**
 * R17 dual certificates (issue 18): the ECDSA and the RSA certificate as two sets of the same
 * format, in the folders `<name>-ecdsa` and `<name>-rsa` inside `req.dir` (made 0700: they hold
 * keys). Without overwrite, a set folder that already has files refuses the export before anything
 * is written. A paste preset gives the ECDSA fields only (control panels keep one per site).
 */
export async function exportDual(
  ecdsa: KeyMaterial,
  rsa: KeyMaterial,
  req: ExportRequest,
): Promise<ExportResult> {
  const { formats, preset } = resolveRequest(req);
  const where = say(text(`dual.where.${preset ?? 'generic'}`));
  if (formats.every((f) => f === 'paste')) return { ...(await exportBundle(ecdsa, req)), where };
  if (formats.some((f) => f === 'pfx' || f === 'pfx-legacy')) checkPfxPassword(req.password);
  const dir = path.resolve(req.dir);
  await checkFolder(dir);
  const base = fileBaseName(ecdsa.names[0] ?? 'certificate');
  const sets: [KeyMaterial, string][] = [
    [ecdsa, path.join(dir, `${base}-ecdsa`)],
    [rsa, path.join(dir, `${base}-rsa`)],
  ];
  if (!req.overwrite)
    for (const [, sub] of sets)
      if (existsSync(sub) && readdirSync(sub).length > 0)
        throw new CertdeskError(
          'file-exists',
          `${sub} already holds files, so nothing was written. Choose another folder, or allow replacing the files.`,
        );
  const out: ExportResult = { files: [], warnings: [], where, ...(preset ? { preset } : {}) };
  for (const [material, sub] of sets) {
    mkdirSync(sub, { recursive: true, mode: 0o700 });
    const r = await exportBundle(material, { ...req, dir: sub });
    out.files.push(...r.files);
    for (const w of r.warnings) if (!out.warnings.includes(w)) out.warnings.push(w);
  }
  return out;
}

/**
 * The PEM text for control panels with pasted fields (cPanel, Plesk). `privateKey` is only for
 * main-process use (clipboard, CLI output): never send it to the renderer (R8).
 */
export function pasteFields(
  material: KeyMaterial,
  opts: { includeKey?: boolean; rsaKeyFormat?: RsaKeyFormat } = {},
): { certificate: string; caBundle: string; privateKey?: string } {
  const p = parseMaterial(material);
  const fields = { certificate: certPem(p.leaf), caBundle: chainPemText(p) };
  return opts.includeKey ? { ...fields, privateKey: keyPemText(p, opts.rsaKeyFormat) } : fields;
}

/** A remembered export destination, with its PFX password fetched from the secret store by the caller. */
export type ReExportDestination = {
  dir: string;
  format?: ExportFormat;
  preset?: PresetId;
  password?: string;
  rsaKeyFormat?: RsaKeyFormat;
  pfxEncoding?: PfxEncoding;
  postCommand?: string;
  postCommandTimeoutMs?: number;
};

export type ReExportOutcome = { result: ExportResult; postCommand?: PostCommandOutcome };

/**
 * After a renewal: writes the destination's files again (replacing the previous ones), then runs
 * its post-renewal command. An export failure throws (the command does not run on stale files);
 * a failing command is returned in `postCommand`, for the history.
 */
export async function reExport(
  destination: ReExportDestination,
  material: KeyMaterial,
  opts: { signal?: AbortSignal; twin?: KeyMaterial } = {},
): Promise<ReExportOutcome> {
  const write = (m: KeyMaterial, r: ExportRequest) =>
    opts.twin ? exportDual(m, opts.twin, r) : exportBundle(m, r);
  const result = await write(material, {
    dir: destination.dir,
    overwrite: true,
    ...(destination.format ? { format: destination.format } : {}),
    ...(destination.preset ? { preset: destination.preset } : {}),
    ...(destination.password !== undefined ? { password: destination.password } : {}),
    ...(destination.rsaKeyFormat ? { rsaKeyFormat: destination.rsaKeyFormat } : {}),
    ...(destination.pfxEncoding ? { pfxEncoding: destination.pfxEncoding } : {}),
  });
  const cmd = destination.postCommand?.trim();
  if (!cmd) return { result };
  const postCommand = await runPostCommand(
    cmd,
    postCommandEnv(result, material, path.resolve(destination.dir)),
    {
      ...(destination.postCommandTimeoutMs !== undefined
        ? { timeoutMs: destination.postCommandTimeoutMs }
        : {}),
      ...(opts.signal ? { signal: opts.signal } : {}),
      ...(destination.password ? { redact: [destination.password] } : {}),
    },
  );
  return { result, postCommand };
}
