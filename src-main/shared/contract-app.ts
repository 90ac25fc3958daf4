// The window's first snapshot (app:state) and the one server -> UI event channel (convention 4:
// the renderer renders a snapshot and applies these events).
import { z } from 'zod';
import { PromptTextSchema, TextSchema, empty } from './contract-base.ts';
import { AccountSummarySchema, CaPresetSchema } from './contract-accounts.ts';
import { IssueStepSchema } from './contract-certs.ts';
import { PublicSettingsSchema } from './contract-settings.ts';

export const SchedulerStateSchema = z.object({
  state: z.string(),
  nextRunAt: z.string().nullable().optional(),
  detail: z.string().optional(),
});

/** Which optional parts this face and this build have: the UI shows a clear sentence for the rest. */
export const FeaturesSchema = z.object({
  chooseFolder: z.boolean(),
  copyKey: z.boolean(),
  launchAtLogin: z.boolean(),
  backup: z.boolean(),
  restore: z.boolean(),
  preflight: z.boolean(),
  trialRun: z.boolean(),
  notify: z.object({ desktop: z.boolean(), email: z.boolean(), webhook: z.boolean() }),
  /** "http-01:builtin", "dns-01:cloudflare", "tls-alpn-01", ...: true when this build can validate that way. */
  routes: z.record(z.string(), z.boolean()),
  scheduler: z.boolean(),
});

export const AppStateSchema = z.object({
  mode: z.enum(['app', 'browser']),
  version: z.string(),
  dataDir: z.string(),
  accounts: z.array(AccountSummarySchema),
  certificateCount: z.number(),
  caPresets: z.array(CaPresetSchema),
  features: FeaturesSchema,
  settings: PublicSettingsSchema,
  scheduler: SchedulerStateSchema.nullable(),
  /** One-time notices a person should read (data file moved aside, keys kept in a file). */
  notices: z.array(
    z.object({
      kind: z.string(),
      message: z.string(),
      /**
       * The particulars the translated sentence names (issue 22: which certificates, folders, what
       * is missing): a word as it is, a phrase to translate (Text), or a list of either.
       */
      params: z
        .record(
          z.string(),
          z.union([
            z.string(),
            TextSchema,
            z.array(z.union([z.string(), z.number(), TextSchema])).max(10_000),
          ]),
        )
        .optional(),
    }),
  ),
});
export type AppState = z.infer<typeof AppStateSchema>;

export const APP_CHANNELS = {
  'app:state': { input: empty, output: AppStateSchema },
} as const;

export const AppEventSchema = z.discriminatedUnion('type', [
  /** One step of an issuance or renewal the UI started (runId) or the scheduler runs (runId null). */
  z.object({
    type: z.literal('issue-progress'),
    runId: z.string().nullable(),
    certId: z.string().nullable(),
    step: IssueStepSchema,
  }),
  /** A manual mode waits for the person: show the instructions and a "continue" button. */
  z.object({
    type: z.literal('prompt'),
    promptId: z.string(),
    runId: z.string().nullable(),
    message: z.string(),
    text: PromptTextSchema.optional(),
  }),
  /** The wait ended (continued, cancelled or timed out). */
  z.object({ type: z.literal('prompt-closed'), promptId: z.string() }),
  z.object({ type: z.literal('cert-changed'), id: z.string() }),
  z.object({ type: z.literal('cert-removed'), id: z.string() }),
  z.object({
    type: z.literal('renew-all'),
    running: z.boolean(),
    done: z.number(),
    total: z.number(),
    failed: z.number(),
  }),
  z.object({ type: z.literal('scheduler'), state: SchedulerStateSchema }),
  /** The desktop app asks to show one certificate (a clicked notification, the tray). */
  z.object({ type: z.literal('open-certificate'), id: z.string() }),
  z.object({ type: z.literal('settings-changed') }),
]);
export type AppEvent = z.infer<typeof AppEventSchema>;
