// Channels that put a certificate where a server reads it: export presets, files, the paste
// fields, the key file and remembered destinations. Nothing here carries a private key (R8):
// exports are written to disk by main and answered with file paths.
import { z } from 'zod';
import { ExportFormatSchema, PresetIdSchema, empty, id, nothing, path } from './contract-base.ts';

export const ExportDestinationSchema = z.object({
  id: z.string(),
  dir: z.string(),
  format: z.string().optional(),
  preset: z.string().optional(),
  pfxEncoding: z.enum(['modern', 'legacy']).optional(),
  rsaKeyFormat: z.enum(['pkcs8', 'pkcs1']).optional(),
  /** Runs after each re-export, with the file paths in CERTDESK_* environment variables. */
  postCommand: z.string().optional(),
  /** True when a PFX password is stored sealed for this destination (the password never leaves main). */
  hasPassword: z.boolean().optional(),
  lastRunAt: z.string().optional(),
  /** One line for the history: "ok", "export failed: ...", "command exited 3: ...". */
  lastOutcome: z.string().optional(),
});

export const ExportedFileSchema = z.object({
  path: z.string(),
  kind: z.string(),
  secret: z.boolean(),
});
export const ExportResultSchema = z.object({
  files: z.array(ExportedFileSchema),
  warnings: z.array(z.string()),
  where: z.string(),
  preset: PresetIdSchema.optional(),
  paste: z.object({ certificate: z.string(), caBundle: z.string() }).optional(),
  destination: ExportDestinationSchema.optional(),
});

export const EXPORT_CHANNELS = {
  /** After host-key-changed: expect this SFTP host key from HOST:PORT from now on (the person confirmed it). */
  'upload:trustHostKey': {
    input: z.strictObject({
      host: z.string().min(1).max(300),
      fingerprint: z
        .string()
        .regex(/^SHA256:[A-Za-z0-9+/]{43}=?$/, 'Not an SSH host key fingerprint.'),
    }),
    output: nothing,
  },
  'export:presets': {
    input: empty,
    output: z.array(
      z.object({
        id: PresetIdSchema,
        label: z.string(),
        formats: z.array(ExportFormatSchema),
        where: z.string(),
        needsPassword: z.boolean(),
        writesFiles: z.boolean(),
      }),
    ),
  },
  'export:run': {
    input: z.strictObject({
      id,
      dir: path,
      preset: PresetIdSchema.optional(),
      format: ExportFormatSchema.optional(),
      password: z.string().max(1024).optional(),
      overwrite: z.boolean().optional(),
      remember: z.boolean().optional(),
      pfxEncoding: z.enum(['modern', 'legacy']).optional(),
      rsaKeyFormat: z.enum(['pkcs8', 'pkcs1']).optional(),
      postCommand: z.string().max(4096).optional(),
    }),
    output: ExportResultSchema,
  },
  /** Certificate and CA bundle text for control panels; never the key (R8). */
  'export:paste': {
    input: z.strictObject({ id }),
    output: z.object({ certificate: z.string(), caBundle: z.string() }),
  },
  /** Writes only the private key file (0600) into a folder; answers its path. */
  'export:saveKey': {
    input: z.strictObject({ id, dir: path, overwrite: z.boolean().optional() }),
    output: z.object({ path: z.string(), warnings: z.array(z.string()) }),
  },
  /** Desktop app only: puts the key on the clipboard in main, so it never reaches the page. */
  'export:copyKey': { input: z.strictObject({ id }), output: z.object({ copied: z.boolean() }) },
  'export:forget': { input: z.strictObject({ id, destinationId: id }), output: nothing },
  /** Desktop app only: the system folder picker. */
  'export:chooseFolder': { input: empty, output: z.object({ path: z.string().nullable() }) },
} as const;
