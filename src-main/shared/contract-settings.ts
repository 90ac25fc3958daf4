// Channels of Settings: the settings themselves, a test notification, backup and restore.
import { WebhookFormatSettingSchema } from './contract-notify.ts';
import { z } from 'zod';
import { NotifyChannelSchema, empty, path } from './contract-base.ts';

export const PublicSettingsSchema = z.object({
  language: z.string().nullable(),
  launchAtLogin: z.boolean(),
  renewalsPaused: z.boolean(),
  notifyOnSuccess: z.boolean(),
  email: z
    .object({
      host: z.string(),
      port: z.number(),
      secure: z.boolean(),
      user: z.string().optional(),
      from: z.string(),
      to: z.string(),
      /** True when an SMTP password is stored sealed; the password itself never leaves main. */
      hasPassword: z.boolean(),
    })
    .nullable(),
  /** format: the chat service's own (issue 17), or "auto": chosen from the URL's host. */
  webhook: z.object({ url: z.string(), format: WebhookFormatSettingSchema }).nullable(),
  /** The proxy set in Settings (issue 19); null: HTTPS_PROXY, HTTP_PROXY and NO_PROXY apply. */
  proxy: z.object({ url: z.string(), noProxy: z.string() }).nullable(),
});
export type PublicSettings = z.infer<typeof PublicSettingsSchema>;

const emailSettingsInput = z.strictObject({
  host: z.string().min(1).max(255),
  port: z.number().int().min(1).max(65535),
  secure: z.boolean(),
  user: z.string().max(255).optional(),
  /** Undefined keeps the stored password; '' removes it. */
  password: z.string().max(1024).optional(),
  from: z.string().min(3).max(320),
  to: z.string().min(3).max(320),
});

export const SETTINGS_CHANNELS = {
  'settings:get': { input: empty, output: PublicSettingsSchema },
  'settings:set': {
    input: z.strictObject({
      language: z
        .string()
        .regex(/^[a-z]{2}(-[A-Za-z]{2,4})?$/)
        .nullable()
        .optional(),
      launchAtLogin: z.boolean().optional(),
      notifyOnSuccess: z.boolean().optional(),
      renewalsPaused: z.boolean().optional(),
      email: emailSettingsInput.nullable().optional(),
      webhook: z
        .strictObject({ url: z.string().max(2048), format: WebhookFormatSettingSchema.optional() })
        .nullable()
        .optional(),
      proxy: z
        .strictObject({ url: z.string().max(2048), noProxy: z.string().max(4096).optional() })
        .nullable()
        .optional(),
    }),
    output: PublicSettingsSchema,
  },
  'notify:test': {
    input: z.strictObject({ channel: NotifyChannelSchema }),
    output: z.object({ sent: z.boolean(), detail: z.string().optional() }),
  },
  'data:backup': { input: z.strictObject({ dir: path }), output: z.object({ path: z.string() }) },
  'data:restore': {
    input: z.strictObject({ path }),
    output: z.object({ restartNeeded: z.boolean() }),
  },
} as const;
