// certdesk export ID --format ... --out DIR (issue 6).
import { CertdeskError } from '../../shared/errors.ts';
// The lists only, not the export code: the CLI's start-up stays small (issue 21).
import {
  EXPORT_FORMATS,
  PRESET_IDS,
  type ExportFormat,
  type PresetId,
} from '../../engine/export/types.ts';
import { PRESETS } from '../../engine/export/presets.ts';
import { readSecretFile, str } from '../context.ts';
import { resolveCertId } from '../cert-ref.ts';
import { ensureOutDir } from '../out-dir.ts';
import type { Command } from './types.ts';

export const exportCmd: Command = {
  name: 'export',
  summary: 'write a certificate and its key where your server or control panel needs them',
  usage: `certdesk export ID|NAME --out DIR [--format ${EXPORT_FORMATS.join('|')}] [--preset ${PRESET_IDS.join('|')}] [--password-file F] [--overwrite] [--remember [--post-command CMD]] [--pkcs1]`,
  options: {
    out: {
      type: 'string',
      arg: 'DIR',
      help: 'the folder to write into (made, with its parents, if missing; private when it gets a key)',
    },
    format: {
      type: 'string',
      arg: 'FORMAT',
      help: 'pem (cert, chain, fullchain, key), fullchain, pfx, pfx-legacy (Windows Server 2016, older Java), der, combined, paste',
    },
    preset: {
      type: 'string',
      arg: 'NAME',
      help: `the right files for: ${PRESET_IDS.map((p) => `${p} (${PRESETS[p].label})`).join(', ')}`,
    },
    'password-file': { type: 'string', arg: 'F', help: 'PFX password, read from a file' },
    overwrite: { type: 'boolean', help: 'replace files that already exist' },
    remember: { type: 'boolean', help: 'write here again after every renewal' },
    'post-command': {
      type: 'string',
      arg: 'CMD',
      help: 'with --remember: run after each renewal (paths in CERTDESK_* variables), e.g. "systemctl reload nginx"',
    },
    pkcs1: { type: 'boolean', help: 'RSA key as "BEGIN RSA PRIVATE KEY" for old control panels' },
  },
  async run(ctx) {
    const ref = ctx.positionals[0];
    if (!ref)
      throw new CertdeskError(
        'invalid-input',
        'Which certificate? certdesk export ID --out DIR (see certdesk list)',
      );
    const dir = str(ctx.values, 'out');
    const format = str(ctx.values, 'format') as ExportFormat | undefined;
    const preset = str(ctx.values, 'preset') as PresetId | undefined;
    if (!dir && format !== 'paste' && preset !== 'cpanel')
      throw new CertdeskError('invalid-input', 'Where to? Give the folder with --out DIR.');
    if (format && !EXPORT_FORMATS.includes(format))
      throw new CertdeskError(
        'invalid-input',
        `Unknown format "${format}". Use one of: ${EXPORT_FORMATS.join(', ')}.`,
      );
    if (preset && !PRESET_IDS.includes(preset))
      throw new CertdeskError(
        'invalid-input',
        `Unknown preset "${preset}". Use one of: ${PRESET_IDS.join(', ')}.`,
      );
    if (ctx.values['post-command'] && !ctx.values.remember)
      throw new CertdeskError(
        'invalid-input',
        '--post-command runs after renewals, so it needs --remember.',
      );
    const pwFile = str(ctx.values, 'password-file');
    const password = pwFile ? readSecretFile(pwFile, 'the PFX password') : undefined;
    const pfx =
      format === 'pfx' || format === 'pfx-legacy' || preset === 'iis' || preset === 'tomcat';
    if (pfx && !password)
      throw new CertdeskError(
        'wrong-password',
        'A PFX file needs a password: put it in a file and pass --password-file F.',
      );
    const engine = await ctx.engine();
    const id = resolveCertId(engine, ref);
    if (format === 'paste' || (preset === 'cpanel' && !dir)) {
      const f = await engine.pasteFields(id);
      if (ctx.json) ctx.out(JSON.stringify(f, null, 2));
      else
        ctx.out(
          `Certificate (CRT):\n${f.certificate}\nCA bundle (CABUNDLE):\n${f.caBundle}\nPrivate key: export it to a file (--format pem) and paste it from there; Certdesk does not print keys.`,
        );
      return 0;
    }
    // Every format but DER (the certificate alone) writes the private key or a PFX holding it.
    if (ensureOutDir(dir!, format !== 'der')) ctx.progress(`made the folder ${dir}`);
    const r = await engine.exportCertificate(id, {
      dir: dir!,
      ...(format ? { format } : {}),
      ...(preset ? { preset } : {}),
      ...(password ? { password } : {}),
      overwrite: ctx.values.overwrite === true,
      ...(ctx.values.pkcs1 ? { rsaKeyFormat: 'pkcs1' as const } : {}),
      ...(format === 'pfx-legacy' ? { pfxEncoding: 'legacy' as const } : {}),
      remember: ctx.values.remember === true,
      ...(str(ctx.values, 'post-command') ? { postCommand: str(ctx.values, 'post-command') } : {}),
    });
    if (ctx.json)
      ctx.out(
        JSON.stringify(
          { files: r.files, warnings: r.warnings, where: r.where, remembered: !!r.destination },
          null,
          2,
        ),
      );
    else {
      for (const f of r.files)
        ctx.out(`wrote ${f.path}${f.secret ? '  (private key: readable only by you)' : ''}`);
      ctx.out(r.where);
      if (r.destination) ctx.out('Certdesk will write these files again after every renewal.');
    }
    for (const w of r.warnings) ctx.err(`warning: ${w}`);
    return 0;
  },
};
