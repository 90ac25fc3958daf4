// Domain types both sides import. Data only: no secrets (private keys never cross to the renderer).
import type { Text } from './engine-text.ts';

export type KeyType = 'ec256' | 'ec384' | 'rsa2048' | 'rsa3072' | 'rsa4096';
export const KEY_TYPES: readonly KeyType[] = ['ec256', 'ec384', 'rsa2048', 'rsa3072', 'rsa4096'];

import type { Route } from './route.ts';
export type { ChallengeType, DnsMode, HttpMode } from './route.ts';

/** DESIGN.md convention 4: state as a discriminated union. */
export type CertStatus = 'valid' | 'renewing' | 'retry-wait' | 'needs-attention' | 'expired';

export type CaPresetId =
  'letsencrypt' | 'letsencrypt-staging' | 'zerossl' | 'google' | 'google-staging' | 'custom';

export type AccountSummary = {
  id: string;
  caId: CaPresetId;
  directoryUrl: string;
  email: string;
  keyType: KeyType;
  accountUrl: string;
  createdAt: string;
  tosAgreed: string | null;
};

export type AttemptTrigger = 'manual' | 'scheduled' | 'wizard' | 'cli';
export type AttemptOutcome = 'success' | 'failure';

export type Attempt = {
  at: string;
  trigger: AttemptTrigger;
  outcome: AttemptOutcome;
  errorCode?: string;
  message?: string;
  /** ISO 8601: the CA's Retry-After on a failure; the scheduler does not try again before it. */
  retryAfter?: string;
};

/** How the CA reaches the person: the typed route union of ./route.ts (issue 15). */
export type ChallengeConfig = Route;

export type ExportDestination = {
  id: string;
  dir: string;
  format?: string;
  preset?: string;
  pfxEncoding?: 'modern' | 'legacy';
  rsaKeyFormat?: 'pkcs8' | 'pkcs1';
  /** Runs after each re-export, with the file paths in CERTDESK_* environment variables. */
  postCommand?: string;
  /** True when a PFX password is stored sealed for this destination (the password itself never leaves main). */
  hasPassword?: boolean;
  lastRunAt?: string;
  /** One line for the history: "ok", "export failed: ...", "command exited 3: ...". */
  lastOutcome?: string;
};

export type CertificateSummary = {
  id: string;
  /** As on the certificate and sent to the CA: internationalised names in punycode (xn--bcher-kva.test). */
  names: string[];
  /** The same names, in the same order, as people read them (bücher.test); computed in main (node:url). */
  unicodeNames: string[];
  accountId: string;
  keyType: KeyType;
  status: CertStatus;
  notBefore: string | null;
  notAfter: string | null;
  serial: string | null;
  issuer: string | null;
  chainIssuers: string[];
  challenge: ChallengeConfig;
  preferredChain?: string;
  nextRenewalAt: string | null;
  renewalReason: string | null;
  lastAttempt: Attempt | null;
  lastError: { code: string; message: string } | null;
  exports: ExportDestination[];
  createdAt: string;
};

/** Progress of one issuance, streamed to the CLI and the wizard. */
export type IssueStep = IssueStepKind & { text?: Text };
type IssueStepKind =
  | { step: 'account'; message: string }
  | { step: 'order'; message: string }
  | { step: 'authorization'; name: string; message: string }
  | { step: 'challenge'; name: string; message: string; instructions?: string }
  | { step: 'propagation'; name: string; server: string; ok: boolean; message: string }
  | { step: 'validation'; name: string; message: string }
  | { step: 'finalize'; message: string }
  | { step: 'download'; message: string }
  | { step: 'cleanup'; message: string }
  | { step: 'done'; message: string };
