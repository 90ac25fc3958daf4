// Channel of the live-site check (issue 17): check now what each address of each name serves;
// the last result also rides on every CertificateSummary (`served`) for the "Served" column.
import { z } from 'zod';
import { id, TextSchema } from './contract-base.ts';
import type { SiteCheck } from './site-check.ts';

export const SiteStateSchema = z.enum(['current', 'outdated', 'other', 'unreachable']);
export const SiteResultSchema = z.object({
  name: z.string(),
  address: z.string(),
  port: z.number(),
  state: SiteStateSchema,
  servedSerial: z.string().nullable(),
  servedNotAfter: z.string().nullable(),
  detail: z.string(),
  text: TextSchema.optional(),
});
export const SiteCheckSchema = z.object({
  at: z.string(),
  state: SiteStateSchema,
  results: z.array(SiteResultSchema),
});
// Drift between the schema and shared/site-check.ts fails tsc.
const _fits = (s: SiteCheck): z.input<typeof SiteCheckSchema> => s;

export const SITECHECK_CHANNELS = {
  'cert:siteCheck': { input: z.strictObject({ id }), output: SiteCheckSchema },
} as const;
