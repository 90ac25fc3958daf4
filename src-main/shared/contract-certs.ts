// Channels of certificates: issue, practice run, renew, change the route, revoke, delete, and the
// records they answer with. The wizard's progress steps are here as well (IssueStepSchema).
import { SiteCheckSchema } from './contract-sitecheck.ts';
import { z } from 'zod';
import {
  CertStatusSchema,
  KeyTypeSchema,
  RevocationReasonSchema,
  TextSchema,
  empty,
  id,
  nothing,
  runId,
} from './contract-base.ts';
import { ExportDestinationSchema } from './contract-export.ts';
import { RouteSchema, RouteSecretsSchema, SecretNameSchema } from './route.ts';

/** How the CA reaches the person: one typed union, produced by the wizard and the CLI (./route.ts). */
export const ChallengeConfigSchema = RouteSchema;

export const AttemptSchema = z.object({
  at: z.string(),
  trigger: z.enum(['manual', 'scheduled', 'wizard', 'cli']),
  outcome: z.enum(['success', 'failure']),
  errorCode: z.string().optional(),
  /** The failure in English (CLI, logs); `text` says it in the window's language (issue 18). */
  message: z.string().optional(),
  text: TextSchema.optional(),
  /** ISO 8601: the CA's Retry-After on a failure; the scheduler does not try again before it. */
  retryAfter: z.string().optional(),
});

export const CertificateSummarySchema = z.object({
  id: z.string(),
  /** As on the certificate and sent to the CA: internationalised names in punycode (xn--bcher-kva.test). */
  names: z.array(z.string()),
  /** The same names, in the same order, as people read them (bücher.test); computed in main (node:url). */
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
  /** ACME profile asked for (issue 18); absent: the CA's default profile. */
  profile: z.string().optional(),
  /** R17 dual certificates (issue 18): the RSA twin beside the ECDSA certificate, renewed together. */
  twin: z
    .object({
      keyType: KeyTypeSchema,
      notAfter: z.string().nullable(),
      serial: z.string().nullable(),
    })
    .optional(),
  /** Issue 18: the CA paused the account for these names; the person unpauses at `url`. */
  paused: z.object({ at: z.string(), names: z.array(z.string()), url: z.string() }).optional(),
  /** The CA's suggested renewal window (ARI, RFC 9773) for the current certificate, if it gave one. */
  caWindow: z
    .object({ start: z.string(), end: z.string(), explanationUrl: z.string().optional() })
    .optional(),
  nextRenewalAt: z.string().nullable(),
  /** Why then, in English (the CLI, --json); renewalText says it in the window's language. */
  renewalReason: z.string().nullable(),
  renewalText: TextSchema.nullable().optional(),
  lastAttempt: AttemptSchema.nullable(),
  lastError: z.object({ code: z.string(), message: z.string() }).nullable(),
  exports: z.array(ExportDestinationSchema),
  createdAt: z.string(),
  /** The last live-site check of the current certificate (issue 17); absent: none since it was issued. */
  served: SiteCheckSchema.optional(),
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

/** What every step says: the English sentence, and its Text for the window's language. */
const stepSentence = { message: z.string(), text: TextSchema.optional() };

/** Progress of one issuance, streamed to the CLI and the wizard. */
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

const issueInput = z.strictObject({
  runId,
  names: z
    .array(z.string().max(300))
    .min(1, 'Enter at least one domain name.')
    .max(100, 'A certificate can hold at most 100 names.'),
  challenge: ChallengeConfigSchema,
  keyType: KeyTypeSchema.optional(),
  /** R17 dual certificates (issue 18): also a certificate with this key of the other family. */
  twinKeyType: KeyTypeSchema.optional(),
  accountId: id.optional(),
  /** ACME profile by the CA's name for it; absent: the CA's default (issue 18). */
  profile: z.string().min(1).max(64).optional(),
  force: z.boolean().optional(),
  /** Credentials the solver needs (SFTP password, TSIG secret, API token): stored sealed in main, never sent back. */
  secrets: RouteSecretsSchema.optional(),
});

export const CERT_CHANNELS = {
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
} as const;
