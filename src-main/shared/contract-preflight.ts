// Channels the wizard asks before it issues: are these names usable, and will the CA reach them.
import { z } from 'zod';
import { TextSchema, id } from './contract-base.ts';
import { ChallengeConfigSchema } from './contract-certs.ts';
import { ChallengeTypeSchema } from './route.ts';

export const PreflightResultSchema = z.object({
  check: z.string(),
  verdict: z.enum(['pass', 'warn', 'fail', 'skip']),
  message: z.string(),
  text: TextSchema.optional(),
  fix: z.string().nullable().optional(),
  fixText: TextSchema.optional(),
  details: z.string().nullable().optional(),
  name: z.string().optional(),
});
export type PreflightResult = z.infer<typeof PreflightResultSchema>;

export const PREFLIGHT_CHANNELS = {
  'names:check': {
    input: z.strictObject({
      names: z.array(z.string().max(300)).max(200),
      challenge: ChallengeTypeSchema.optional(),
      /** The chosen CA and profile issue for IP addresses (issue 18, RFC 8738). */
      allowIp: z.boolean().optional(),
    }),
    output: z.object({
      names: z.array(z.string()),
      /** reason in English (CLI); text: the same, for the window's language (issue 18). */
      problems: z.array(z.object({ input: z.string(), reason: z.string(), text: TextSchema })),
      wildcard: z.boolean(),
      /** Internationalised names and the form the CA sees (punycode). */
      idn: z.array(z.object({ input: z.string(), ascii: z.string() })),
    }),
  },
  'preflight:run': {
    input: z.strictObject({
      names: z.array(z.string().max(300)).min(1).max(100),
      challenge: ChallengeConfigSchema,
      accountId: id.optional(),
      /** The chosen CA and profile issue for IP addresses (issue 18, RFC 8738). */
      allowIp: z.boolean().optional(),
    }),
    output: z.object({ results: z.array(PreflightResultSchema) }),
  },
} as const;
