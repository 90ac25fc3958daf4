// The persisted shape, versioned with numbered, append-only migrations (DESIGN.md convention 7).
import type {
  AccountSummary,
  Attempt,
  CertificateSummary,
  ChallengeConfig,
  ExportDestination,
  KeyType,
} from '../shared/types.ts';
import type { SiteCheck } from '../shared/site-check.ts';
import type { WebhookFormat } from '../shared/webhook-format.ts';
import type {
  DeployRun,
  DeploySecretName,
  DeployTargetConfig,
  LocalTargetConfig,
} from '../shared/deploy.ts';
import type { SecretBackend } from './secret-box.ts';
import { migrateRoutesV1toV2 } from './migrate-routes.ts';

export type StoredAccount = AccountSummary & {
  /** Account private key, sealed by the SecretBox. */
  keySealed: string;
  eab?: { kid: string; hmacSealed: string };
};

export type StoredVersion = {
  version: string;
  notBefore: string;
  notAfter: string;
  serial: string;
  issuer: string;
  chainIssuers: string[];
  /** RFC 9773 certID of this certificate, for ARI and `replaces`. */
  ariCertId?: string;
  issuedAt: string;
};

export type StoredCertificate = {
  id: string;
  names: string[];
  accountId: string;
  keyType: KeyType;
  challenge: ChallengeConfig;
  preferredChain?: string;
  /** ACME profile asked for (issue 18); absent: the CA's default. Renewals ask for the same. */
  profile?: string;
  reuseKey?: boolean;
  /**
   * R17 dual certificates (issue 18): a second certificate for the same names with the other key
   * family (RSA beside ECDSA), ordered and renewed together with `current`; its files are kept
   * under their own version name.
   */
  twin?: { keyType: KeyType; current: StoredVersion | null; previous: StoredVersion | null };
  /**
   * Issue 18: the CA paused this certificate's account for (some of) its names; no renewal runs
   * until the person says it is unpaused. `url` is the CA's unpause page (it carries a token).
   */
  paused?: { at: string; names: string[]; url: string };
  createdAt: string;
  current: StoredVersion | null;
  /** The version before current, kept until the next renewal so a bad renewal can be rolled back. */
  previous: StoredVersion | null;
  attempts: Attempt[];
  exports: ExportDestination[];
  revoked?: { at: string; reason: string };
  /**
   * RFC 9773 renewal information for `current`: the CA's suggested window, the random time chosen
   * inside it (kept while the window is unchanged), when to ask again (retryAfter), and when the CA
   * moved the window earlier (movedEarlierAt, for the notifier).
   */
  ari?: {
    windowStart: string;
    windowEnd: string;
    chosenAt: string;
    retryAfter?: string;
    explanationUrl?: string;
    checkedAt: string;
    certId?: string;
    movedEarlierAt?: string;
  };
  notified?: Record<string, string>;
  /**
   * The last live-site check (issue 17), and the versions of ours it knows (newest first), so a
   * certificate older than `previous` still served is called "outdated", not "other".
   */
  siteCheck?: Partial<SiteCheck> & {
    /** The serial of `current` when the check ran: a renewal since makes the result stale. */
    serial?: string;
    known?: { serial: string; notAfter: string }[];
  };
  /**
   * Deployment targets other than a local folder (issue 17; local folders stay in `exports`, shown
   * as targets of kind 'local'). Absent on certificates stored before issue 17: read as [].
   */
  deployTargets?: StoredDeployTarget[];
  /** The last runs of every target, oldest first (at most MAX_DEPLOY_RUNS_KEPT). */
  deployRuns?: DeployRun[];
  /**
   * Set when the record was rebuilt from the certificate's own files (issue 22): its record and
   * the last good generation were both unreadable. `missing` names what only the record knew.
   */
  healed?: { at: string; from: 'certificate-files'; missing: string[] };
};

export type StoredDeployTarget = {
  id: string;
  createdAt: string;
  config: Exclude<DeployTargetConfig, LocalTargetConfig>;
  /** Which credentials are stored sealed for this target (never their values). */
  secrets: DeploySecretName[];
  /** Manual targets: the newest certificate waits for the person since then. */
  waiting?: { since: string; serial: string };
};

export type Settings = {
  language?: string;
  launchAtLogin?: boolean;
  renewalsPaused?: boolean;
  notifyOnSuccess?: boolean;
  email?: {
    host: string;
    port: number;
    secure: boolean;
    user?: string;
    passwordRef?: string;
    from: string;
    to: string;
  } | null;
  /** format: the service's own (issue 17); absent: chosen from the URL's host. */
  webhook?: { url: string; format?: WebhookFormat } | null;
  /**
   * The proxy for outgoing connections (issue 19); when set it replaces HTTPS_PROXY/HTTP_PROXY,
   * and noProxy replaces NO_PROXY. No credentials in it: those stay in the environment variable.
   */
  proxy?: { url: string; noProxy?: string } | null;
  /** One-time notices already shown (e.g. secrets kept in a file because no keychain answered). */
  shownNotices?: Record<string, string>;
};

export type StoreData = {
  schemaVersion: number;
  secretBackend: SecretBackend | null;
  accounts: Record<string, StoredAccount>;
  certificates: Record<string, StoredCertificate>;
  /** Sealed secrets that solvers and notifiers need (TSIG keys, SFTP passwords, API tokens). */
  secrets: Record<string, string>;
  settings: Settings;
};

export const emptyStore = (): StoreData => ({
  schemaVersion: CURRENT_SCHEMA,
  secretBackend: null,
  accounts: {},
  certificates: {},
  secrets: {},
  settings: {},
});

/** MIGRATIONS[i] turns a version-i store into version i+1. Append only; never edit a shipped one. */
export const MIGRATIONS: ReadonlyArray<(d: Record<string, unknown>) => void> = [
  // 0 -> 1: the first schema.
  (d) => {
    d.accounts ??= {};
    d.certificates ??= {};
    d.secrets ??= {};
    d.settings ??= {};
    d.secretBackend ??= null;
  },
  // 1 -> 2: each certificate's challenge becomes the typed route union (issue 15).
  migrateRoutesV1toV2,
  // 2 -> 3: the data's shape is unchanged; the single file becomes one file per certificate,
  // account and settings (issue 22, layout.ts). The store does the move (migrate-layout.ts).
  () => {},
];
export const CURRENT_SCHEMA = MIGRATIONS.length;

export type CertificateView = Omit<
  CertificateSummary,
  'status' | 'nextRenewalAt' | 'renewalReason' | 'renewalText'
>;
export type { Attempt, ExportDestination };
