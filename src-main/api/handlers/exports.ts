// Export (issue 6) from the UI. Files are written by main and answered with their paths; the key's
// paste field never goes to the page (R8): "save key file" writes it, "copy key" (app only) puts
// it on the clipboard from main.
import { CertdeskError } from '../../shared/errors.ts';
import { PRESETS, PRESET_IDS } from '../../engine/export/index.ts';
import type { HandlerContext } from '../context.ts';
import type { Impls } from '../dispatch.ts';

type ExportImpls = Pick<
  Impls,
  | 'export:presets'
  | 'export:run'
  | 'export:paste'
  | 'export:saveKey'
  | 'export:copyKey'
  | 'export:forget'
  | 'export:chooseFolder'
>;

export function exportImpls(ctx: HandlerContext): ExportImpls {
  const { engine, emit, deps } = ctx;
  return {
    'export:presets': async () =>
      PRESET_IDS.map((id) => {
        const p = PRESETS[id];
        return {
          id,
          label: p.label,
          formats: p.formats,
          where: p.where,
          needsPassword: p.formats.some((f) => f === 'pfx' || f === 'pfx-legacy'),
          writesFiles: !p.formats.every((f) => f === 'paste'),
        };
      }),

    'export:run': async (input) => {
      const { id, remember, ...req } = input;
      const r = await engine.exports.export(id, {
        ...req,
        ...(remember ? { remember: true } : {}),
      });
      if (remember) emit({ type: 'cert-changed', id });
      return r;
    },

    'export:paste': async ({ id }) => engine.exports.pasteFields(id),

    'export:saveKey': async ({ id, dir, overwrite }) =>
      engine.exports.saveKeyFile(id, dir, overwrite === true),

    'export:copyKey': async ({ id }) => {
      if (!deps.copyToClipboard) {
        throw new CertdeskError(
          'unsupported',
          'In the browser, Certdesk cannot copy the private key without showing it to the page, which it never does. Use "Save key file" and open the file instead.',
        );
      }
      await deps.copyToClipboard(await engine.exports.privateKeyText(id));
      return { copied: true };
    },

    'export:forget': async ({ id, destinationId }) => {
      await engine.exports.removeDestination(id, destinationId);
      emit({ type: 'cert-changed', id });
      return {};
    },

    'export:chooseFolder': async () => {
      if (!deps.chooseFolder)
        throw new CertdeskError(
          'unsupported',
          "The browser cannot open a folder picker for Certdesk: type the folder's full path instead.",
        );
      return { path: await deps.chooseFolder() };
    },
  };
}
