// The steps of a place the person updates by hand (issue 17): which files it asked for, by name,
// and how pressing the reminder is. The files are planned in memory with the export module's own
// code (files.ts), exactly as "Save files" would write them; only names and kinds leave main, never
// a file's contents (R8: the private key stays a file the person saves, never page text).
import { randomBytes } from 'node:crypto';
import { CertdeskError } from '../../shared/errors.ts';
import type { ManualSteps, StepFile } from '../../shared/reminders.ts';
import type { StoredCertificate } from '../../storage/schema.ts';
import type { KeyMaterial } from '../export/types.ts';
import { needsPfxPassword, planDeployFiles } from './files.ts';
import { reminderOf } from './reminders.ts';

/** The preset whose "files" are the paste fields of a control panel (no file is written). */
const PASTE_PRESET = 'cpanel';

/** The files a preset gives for this certificate, by name (contents dropped at once). */
export function stepFiles(material: KeyMaterial, preset: string | undefined): StepFile[] {
  if (!preset || preset === PASTE_PRESET) return [];
  const f = { preset };
  // A PFX's name does not depend on its password; this one is thrown away with the contents.
  const password = needsPfxPassword(f) ? randomBytes(12).toString('hex') : undefined;
  return planDeployFiles(material, f, password).map((x) => ({
    name: x.name,
    kind: x.kind,
    secret: x.secret,
  }));
}

/** The steps of a manual target that waits for the newest certificate. */
export function manualSteps(
  cert: StoredCertificate,
  targetId: string,
  material: KeyMaterial,
  now: number,
): ManualSteps {
  const t = (cert.deployTargets ?? []).find((x) => x.id === targetId);
  if (!t || t.config.kind !== 'manual')
    throw new CertdeskError(
      'not-found',
      `This certificate has no place updated by hand with the id ${targetId}: see the list of its places.`,
    );
  const r = reminderOf(cert, now);
  const preset = t.config.preset && t.config.preset !== PASTE_PRESET ? t.config.preset : null;
  return {
    targetId,
    label: t.config.label,
    ...(t.config.notes ? { notes: t.config.notes } : {}),
    preset,
    files: stepFiles(material, preset ?? undefined),
    since: t.waiting?.since ?? cert.current?.issuedAt ?? cert.createdAt,
    served: r?.served ?? null,
    urgent: r?.urgent ?? false,
  };
}
