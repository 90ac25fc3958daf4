// Building blocks every contract-*.ts file shares: ids, the enums, the error shape and Result.
// The domain types of ./types.ts are z.infer of these schemas, so each is declared once (issue 16).
import { z } from 'zod';
import { isText, type Text } from './engine-text.ts';

export const id = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'An id is 1-64 letters, digits, "-" or "_".')
  // Records are looked up as d.certificates[id]: "__proto__" would reach Object.prototype and a
  // write there would change every object in main (prototype pollution, found by the IPC fuzz).
  .refine(
    (s) => !(s in Object.prototype),
    'An id cannot be a built-in name such as "__proto__" or "constructor"',
  );
/** Ids the renderer makes up for one issuance or renewal run, so its progress events can be told apart. */
export const runId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{6,64}$/, 'A run id is 6-64 letters, digits, "-" or "_".');
export const path = z.string().min(1, 'Choose a folder.').max(4096);
/** The input of a channel that takes nothing, and the answer of one that says nothing. */
export const empty = z.strictObject({});
export const nothing = z.object({});

export const KeyTypeSchema = z.enum(['ec256', 'ec384', 'rsa2048', 'rsa3072', 'rsa4096']);
/** DESIGN.md convention 4: state as a discriminated union. */
export const CertStatusSchema = z.enum([
  'valid',
  'renewing',
  'retry-wait',
  'needs-attention',
  'expired',
]);
export const CaPresetIdSchema = z.enum([
  'letsencrypt',
  'letsencrypt-staging',
  'zerossl',
  'google',
  'google-staging',
  'custom',
]);
export const PresetIdSchema = z.enum([
  'nginx',
  'apache',
  'iis',
  'cpanel',
  'haproxy',
  'synology',
  'tomcat',
  'generic',
]);
export const ExportFormatSchema = z.enum([
  'pem',
  'fullchain',
  'pfx',
  'pfx-legacy',
  'der',
  'combined',
  'paste',
]);
export const RevocationReasonSchema = z.enum([
  'unspecified',
  'keyCompromise',
  'affiliationChanged',
  'superseded',
  'cessationOfOperation',
]);
export const NotifyChannelSchema = z.enum(['desktop', 'email', 'webhook']);

/** A sentence of the engine as key and params (src-main/shared/engine-text.ts), for the UI to translate. */
export const TextSchema = z.custom<Text>(isText, { message: 'not an engine text' });
/** A manual step's sentences around the fields to copy, to say in the window's language. */
export const PromptTextSchema = z.object({ lead: TextSchema, notes: z.array(TextSchema).max(20) });

export const ErrorShapeSchema = z.object({
  code: z.string(),
  message: z.string(),
  retryable: z.boolean(),
  retryAfter: z.string().optional(),
  detail: z.string().optional(),
  /** The sentence as key + params, so the window says it in the person's language (ErrorBox). */
  text: TextSchema.optional(),
  /** A page the person must open to go on (the CA's unpause page, issue 18). */
  link: z.string().optional(),
});
export type ErrorShape = z.infer<typeof ErrorShapeSchema>;

/** Every answer: a value, or an error with a stable code and a sentence (convention 1 and 3). */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorShape };
