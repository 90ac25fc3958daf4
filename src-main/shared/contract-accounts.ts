// Channels of the CA and its accounts: the directory, account creation and the account list.
import { z } from 'zod';
import { CaPresetIdSchema, KeyTypeSchema, empty } from './contract-base.ts';

export const AccountSummarySchema = z.object({
  id: z.string(),
  caId: CaPresetIdSchema,
  directoryUrl: z.string(),
  email: z.string(),
  keyType: KeyTypeSchema,
  accountUrl: z.string(),
  createdAt: z.string(),
  tosAgreed: z.string().nullable(),
  /** A custom CA's practice (staging) directory, for trial runs (issue 18); presets know theirs. */
  stagingDirectoryUrl: z.string().optional(),
});

export const CaPresetSchema = z.object({
  id: CaPresetIdSchema,
  label: z.string(),
  directoryUrl: z.string(),
  statusPage: z.string().optional(),
  practice: z.boolean(),
  /** The preset of this CA's practice service, where a trial run goes (issue 18). */
  staging: CaPresetIdSchema.optional(),
  note: z.string().optional(),
});

export const DirectoryInfoSchema = z.object({
  directoryUrl: z.string(),
  termsOfService: z.string().nullable(),
  externalAccountRequired: z.boolean(),
  caaIdentities: z.array(z.string()),
  renewalInfo: z.string().nullable(),
  website: z.string().nullable(),
  statusPage: z.string().nullable(),
});

export const ACCOUNT_CHANNELS = {
  'ca:directory': {
    input: z.strictObject({
      ca: CaPresetIdSchema.optional(),
      directoryUrl: z.string().max(2048).optional(),
    }),
    output: DirectoryInfoSchema,
  },
  'account:create': {
    input: z.strictObject({
      ca: CaPresetIdSchema.optional(),
      directoryUrl: z.string().max(2048).optional(),
      email: z.string().max(320),
      agreeTos: z.boolean(),
      keyType: KeyTypeSchema.optional(),
      eab: z.strictObject({ kid: z.string().max(512), hmacKey: z.string().max(1024) }).optional(),
      /** A custom CA's practice (staging) directory, for trial runs (issue 18). */
      stagingDirectoryUrl: z.string().max(2048).optional(),
    }),
    output: AccountSummarySchema,
  },
  'account:list': { input: empty, output: z.array(AccountSummarySchema) },
} as const;
