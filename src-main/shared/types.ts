// Domain types both sides import, each inferred from its zod schema in the contract-*.ts files, so
// a type is declared exactly once (issue 16). Type-only: the renderer imports this file with
// `import type`, and zod stays out of its bundle. Data only: no secrets (R8).
import type { z } from 'zod';
import type { CaPresetIdSchema, CertStatusSchema, KeyTypeSchema } from './contract-base.ts';
import type { AccountSummarySchema } from './contract-accounts.ts';
import type { AttemptSchema, CertificateSummarySchema, IssueStepSchema } from './contract-certs.ts';
import type { ExportDestinationSchema } from './contract-export.ts';
import type { Route } from './route.ts';

export type { ChallengeType, DnsMode, HttpMode } from './route.ts';
export type { Result, ErrorShape } from './contract-base.ts';

export type KeyType = z.infer<typeof KeyTypeSchema>;
/** DESIGN.md convention 4: state as a discriminated union. */
export type CertStatus = z.infer<typeof CertStatusSchema>;
export type CaPresetId = z.infer<typeof CaPresetIdSchema>;
export type AccountSummary = z.infer<typeof AccountSummarySchema>;
export type Attempt = z.infer<typeof AttemptSchema>;
export type AttemptTrigger = Attempt['trigger'];
export type AttemptOutcome = Attempt['outcome'];
/** How the CA reaches the person: the typed route union of ./route.ts (issue 15). */
export type ChallengeConfig = Route;
export type ExportDestination = z.infer<typeof ExportDestinationSchema>;
export type CertificateSummary = z.infer<typeof CertificateSummarySchema>;
/** Progress of one issuance, streamed to the CLI and the wizard. */
export type IssueStep = z.infer<typeof IssueStepSchema>;
