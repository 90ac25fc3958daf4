// Which files a target gets (issue 17): an export preset or one format, planned in memory with
// the export module's own code (issue 6), so a deployment writes exactly what an export would.
import { textError } from '../../shared/errors.ts';
import { text } from '../../shared/engine-text.ts';
import type { DeployFiles } from '../../shared/deploy.ts';
import { planFiles, type PlannedFile } from '../export/formats.ts';
import { parseMaterial } from '../export/material.ts';
import { checkPfxPassword } from '../export/pkcs12.ts';
import { PRESETS } from '../export/presets.ts';
import {
  EXPORT_FORMATS,
  PRESET_IDS,
  type ExportFormat,
  type KeyMaterial,
  type PresetId,
} from '../export/types.ts';

/** Checks a target's file choice when it is added: a known preset or format that makes files. */
export function checkDeployFiles(f: DeployFiles): void {
  if (f.preset !== undefined && !PRESET_IDS.includes(f.preset as PresetId))
    throw textError(
      'invalid-input',
      text('deployCheck.unknownPreset', { preset: f.preset, list: PRESET_IDS.join(', ') }),
    );
  if (f.format !== undefined && !EXPORT_FORMATS.includes(f.format as ExportFormat))
    throw textError(
      'invalid-input',
      text('deployCheck.unknownFormat', { format: f.format, list: EXPORT_FORMATS.join(', ') }),
    );
  if (formatsOf(f).every((x) => x === 'paste'))
    throw textError('invalid-input', text('deployCheck.pasteOnly'));
}

export const needsPfxPassword = (f: DeployFiles): boolean =>
  formatsOf(f).some((x) => x === 'pfx' || x === 'pfx-legacy');

function formatsOf(f: DeployFiles): ExportFormat[] {
  if (f.preset) return PRESETS[f.preset as PresetId]?.formats ?? [];
  if (f.format) return [f.format as ExportFormat];
  return PRESETS.generic.formats;
}

/** The files of this choice for this certificate, in memory (nothing touches a disk here). */
export function planDeployFiles(
  material: KeyMaterial,
  f: DeployFiles,
  pfxPassword?: string,
): PlannedFile[] {
  const formats = formatsOf(f);
  if (needsPfxPassword(f)) checkPfxPassword(pfxPassword);
  const preset = f.preset ? PRESETS[f.preset as PresetId] : undefined;
  return planFiles(parseMaterial(material), formats, {
    ...(pfxPassword !== undefined ? { password: pfxPassword } : {}),
    ...(f.rsaKeyFormat ? { rsaKeyFormat: f.rsaKeyFormat } : {}),
    ...(f.pfxEncoding ? { pfxEncoding: f.pfxEncoding } : {}),
    ...(preset?.fileNames ? { fileNames: preset.fileNames } : {}),
  });
}
