// The ONE IPC contract (DESIGN.md convention 1): every channel the renderer may call, named
// `domain:verb`, with a zod schema for its one object argument and for its answer. Main validates
// the input after the sender check (src-main/api/dispatch.ts) and the answer before it
// leaves; Electron's IPC and the browser-mode HTTP bridge serve the same handlers, so the UI
// cannot tell the two apart. The renderer imports this file with `import type` only, so zod stays
// out of its bundle.
//
// Nothing here may carry a private key (DESIGN.md convention 2, R8): exports are written to disk by
// main and answered with file paths; the key's paste field never leaves main.
import { z } from 'zod';
import type { AccountSummary, CertificateSummary, IssueStep } from './types.ts';
import { isText, type Text } from './engine-text.ts';
import type { CHANNEL_NAMES } from './channels.ts';
import { ChallengeTypeSchema, RouteSchema, RouteSecretsSchema, SecretNameSchema } from './route.ts';

// --- building blocks ---------------------------------------------------------------------------

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'An id is 1-64 letters, digits, "-" or "_".');
/** Ids the renderer makes up for one issuance or renewal run, so its progress events can be told apart. */
const runId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{6,64}$/, 'A run id is 6-64 letters, digits, "-" or "_".');
const path = z.string().min(1, 'Choose a folder.').max(4096);

export const KeyTypeSchema = z.enum(['ec256', 'ec384', 'rsa2048', 'rsa3072', 'rsa4096']);
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

export const ErrorShapeSchema = z.object({
  code: z.string(),
  message: z.string(),
  retryable: z.boolean(),
  retryAfter: z.string().optional(),
  detail: z.string().optional(),
  /** The sentence as key + params, so the window says it in the person's language (ErrorBox). */
  text: z.custom<Text>(isText, { message: 'not an engine text' }).optional(),
});
export type ErrorShape = z.infer<typeof ErrorShapeSchema>;

/** Every answer: a value, or an error with a stable code and a sentence (convention 1 and 3). */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorShape };

/** How the CA reaches the person: one typed union, produced by the wizard and the CLI (./route.ts). */
export const ChallengeConfigSchema = RouteSchema;

export const AccountSummarySchema = z.object({
  id: z.string(),
  caId: CaPresetIdSchema,
  directoryUrl: z.string(),
  email: z.string(),
  keyType: KeyTypeSchema,
  accountUrl: z.string(),
  createdAt: z.string(),
  tosAgreed: z.string().nullable(),
});

export const AttemptSchema = z.object({
  at: z.string(),
  trigger: z.enum(['manual', 'scheduled', 'wizard', 'cli']),
  outcome: z.enum(['success', 'failure']),
  errorCode: z.string().optional(),
  message: z.string().optional(),
  retryAfter: z.string().optional(),
});

export const ExportDestinationSchema = z.object({
  id: z.string(),
  dir: z.string(),
  format: z.string().optional(),
  preset: z.string().optional(),
  pfxEncoding: z.enum(['modern', 'legacy']).optional(),
  rsaKeyFormat: z.enum(['pkcs8', 'pkcs1']).optional(),
  postCommand: z.string().optional(),
  hasPassword: z.boolean().optional(),
  lastRunAt: z.string().optional(),
  lastOutcome: z.string().optional(),
});

export const CertificateSummarySchema = z.object({
  id: z.string(),
  names: z.array(z.string()),
  unicodeNames: z.array(z.string()),
  accountId: z.string(),
  keyType: KeyTypeSchema,
  status: CertStatusSchema,
  notBefore: z.string().nullable(),
  notAfter: z.string().nullable(),
  serial: z.string().nullable(),
  issuer: z.string().nullable(),
  chainIssuers: z.array(z.string()),
  challenge: RouteSchema,
  preferredChain: z.string().optional(),
  nextRenewalAt: z.string().nullable(),
  renewalReason: z.string().nullable(),
  lastAttempt: AttemptSchema.nullable(),
  lastError: z.object({ code: z.string(), message: z.string() }).nullable(),
  exports: z.array(ExportDestinationSchema),
  createdAt: z.string(),
});

/** One certificate of the chain as people read it (issuer chain on the certificate page). */
export const ChainEntrySchema = z.object({
  subject: z.string(),
  issuer: z.string(),
  notAfter: z.string().nullable(),
});

export const CertificateDetailSchema = CertificateSummarySchema.extend({
  /** The public chain, PEM: leaf first. Never the key. */
  chainPem: z.string().nullable(),
  chain: z.array(ChainEntrySchema),
  /** Every recorded attempt, oldest first (history timeline). */
  attempts: z.array(AttemptSchema),
  revoked: z.object({ at: z.string(), reason: z.string() }).nullable(),
  /** False for manual modes: a person must be there at every renewal. */
  renewsUnattended: z.boolean(),
  /** Which credentials are stored sealed for the route: names only, never a value (R8). */
  storedSecrets: z.array(SecretNameSchema),
});

/** A sentence of the engine as key and params (src-main/shared/engine-text.ts), for the UI to translate. */
export const TextSchema = z.custom<Text>(isText, { message: 'not an engine text' });
/** A manual step's sentences around the fields to copy, to say in the window's language. */
export const PromptTextSchema = z.object({ lead: TextSchema, notes: z.array(TextSchema).max(20) });

/** What every step says: the English sentence, and its Text for the window's language. */
const stepSentence = { message: z.string(), text: TextSchema.optional() };

export const IssueStepSchema = z.discriminatedUnion('step', [
  z.object({ step: z.literal('account'), ...stepSentence }),
  z.object({ step: z.literal('order'), ...stepSentence }),
  z.object({ step: z.literal('authorization'), name: z.string(), ...stepSentence }),
  z.object({
    step: z.literal('challenge'),
    name: z.string(),
    instructions: z.string().optional(),
    ...stepSentence,
  }),
  z.object({
    step: z.literal('propagation'),
    name: z.string(),
    server: z.string(),
    ok: z.boolean(),
    ...stepSentence,
  }),
  z.object({ step: z.literal('validation'), name: z.string(), ...stepSentence }),
  z.object({ step: z.literal('finalize'), ...stepSentence }),
  z.object({ step: z.literal('download'), ...stepSentence }),
  z.object({ step: z.literal('cleanup'), ...stepSentence }),
  z.object({ step: z.literal('done'), ...stepSentence }),
]);

export const CaPresetSchema = z.object({
  id: CaPresetIdSchema,
  label: z.string(),
  directoryUrl: z.string(),
  statusPage: z.string().optional(),
  practice: z.boolean(),
  note: z.string().optional(),
});

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
  webhook: z.object({ url: z.string() }).nullable(),
  /** The proxy set in Settings (issue 19); null: HTTPS_PROXY, HTTP_PROXY and NO_PROXY apply. */
  proxy: z.object({ url: z.string(), noProxy: z.string() }).nullable(),
});
export type PublicSettings = z.infer<typeof PublicSettingsSchema>;

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
  notices: z.array(z.object({ kind: z.string(), message: z.string() })),
});
export type AppState = z.infer<typeof AppStateSchema>;

export const DirectoryInfoSchema = z.object({
  directoryUrl: z.string(),
  termsOfService: z.string().nullable(),
  externalAccountRequired: z.boolean(),
  caaIdentities: z.array(z.string()),
  renewalInfo: z.string().nullable(),
  website: z.string().nullable(),
  statusPage: z.string().nullable(),
});

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

const issueInput = z.strictObject({
  runId,
  names: z
    .array(z.string().max(300))
    .min(1, 'Enter at least one domain name.')
    .max(100, 'A certificate can hold at most 100 names.'),
  challenge: ChallengeConfigSchema,
  keyType: KeyTypeSchema.optional(),
  accountId: id.optional(),
  force: z.boolean().optional(),
  /** Credentials the solver needs (SFTP password, TSIG secret, API token): stored sealed in main, never sent back. */
  secrets: RouteSecretsSchema.optional(),
});

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

// --- the channels --------------------------------------------------------------------------------

const empty = z.strictObject({});
const nothing = z.object({});

export const CONTRACT = {
  'app:state': { input: empty, output: AppStateSchema },
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
    }),
    output: AccountSummarySchema,
  },
  'account:list': { input: empty, output: z.array(AccountSummarySchema) },
  'names:check': {
    input: z.strictObject({
      names: z.array(z.string().max(300)).max(200),
      challenge: ChallengeTypeSchema.optional(),
    }),
    output: z.object({
      names: z.array(z.string()),
      problems: z.array(z.object({ input: z.string(), reason: z.string() })),
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
    }),
    output: z.object({ results: z.array(PreflightResultSchema) }),
  },
  'cert:issue': {
    input: issueInput,
    output: z.object({ certificate: CertificateSummarySchema, reused: z.boolean() }),
  },
  /** A practice issuance at the CA's staging twin; nothing is kept. */
  'cert:trial': { input: issueInput, output: z.object({ ok: z.literal(true), ca: z.string() }) },
  'cert:cancel': { input: z.strictObject({ runId }), output: z.object({ cancelled: z.boolean() }) },
  /** "I've added it — continue": answers a manual-mode wait. */
  'cert:continue': {
    input: z.strictObject({ promptId: id }),
    output: z.object({ continued: z.boolean() }),
  },
  'cert:list': { input: empty, output: z.array(CertificateSummarySchema) },
  'cert:get': { input: z.strictObject({ id }), output: CertificateDetailSchema },
  'cert:renew': {
    input: z.strictObject({ id, runId: runId.optional() }),
    output: z.object({ certificate: CertificateSummarySchema }),
  },
  'cert:renewAll': {
    input: empty,
    output: z.object({
      queued: z.number(),
      skipped: z.array(z.object({ id: z.string(), reason: z.string() })),
    }),
  },
  /**
   * Change how the CA reaches the person, without issuing (issue 15): the next renewal uses it.
   * Credentials left out are kept only for the same server; the answer never carries one.
   */
  'cert:setRoute': {
    input: z.strictObject({
      id,
      challenge: ChallengeConfigSchema,
      secrets: RouteSecretsSchema.optional(),
    }),
    output: CertificateSummarySchema,
  },
  'cert:revoke': {
    input: z.strictObject({ id, reason: RevocationReasonSchema }),
    output: CertificateSummarySchema,
  },
  'cert:delete': { input: z.strictObject({ id }), output: nothing },
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
        .strictObject({ url: z.string().max(2048) })
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

export type Contract = typeof CONTRACT;
export type Channel = keyof Contract;
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
export type Output<C extends Channel> = z.output<Contract[C]['output']>;

/** Every channel, for the preload's allow-list and the web bridge's routes. */
export const CHANNELS = Object.keys(CONTRACT) as readonly Channel[];
export const isChannel = (c: unknown): c is Channel =>
  typeof c === 'string' && Object.hasOwn(CONTRACT, c);

// --- server -> UI events (one channel; convention 4: the renderer renders a snapshot and applies these) ---

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

/** The API the renderer sees as `window.certdesk` (preload in the app, bridge-http.ts in a browser). */
export interface CertdeskApi {
  invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Result<Output<C>>>;
  onEvent(cb: (event: AppEvent) => void): () => void;
  platform?: string;
}

// Compile-time checks that the schemas describe the domain types of types.ts (drift fails tsc).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const assertTrue = <T extends true>(): T | undefined => undefined;
assertTrue<Same<z.infer<typeof AccountSummarySchema>, AccountSummary>>();
assertTrue<Same<z.infer<typeof IssueStepSchema>, IssueStep>>();
assertTrue<
  Same<z.infer<typeof CertificateSummarySchema>['status'], CertificateSummary['status']>
>();
const _summaryFits = (c: CertificateSummary): z.input<typeof CertificateSummarySchema> => c;
// The preload's zod-free list of channel names must be exactly the contract's.
assertTrue<Same<(typeof CHANNEL_NAMES)[number], Channel>>();
