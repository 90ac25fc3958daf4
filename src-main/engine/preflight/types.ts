// Pre-flight checks (issue 4): what they return. Plain data, so the CLI prints it, the desktop
// wizard renders it and --json hands it to scripts unchanged. Checks are advisory: a person may
// skip them (split-horizon DNS gives false alarms) and still order.
import type { Text } from '../../shared/engine-text.ts';
import type { ChallengeConfig } from '../../shared/types.ts';

export type Verdict = 'pass' | 'warn' | 'fail' | 'skip';

export type CheckId =
  | 'names'
  | 'outbound'
  | 'firewall'
  | 'port80'
  | 'http-01'
  | 'port443'
  | 'tls-alpn-01'
  | 'dns'
  | 'caa'
  | 'dns-01'
  | 'trial-run';

export type CheckResult = {
  check: CheckId;
  verdict: Verdict;
  /** A sentence a non-expert understands. */
  message: string;
  /** The same sentence as key and params, for the UI to say in the person's language. */
  text?: Text;
  /** What to do about it, when there is something to do. */
  fix?: string;
  fixText?: Text;
  /** Technical lines for "Show details": hops, addresses, records. */
  details?: string[];
  /** The name the finding is about, for checks that run per name. */
  domain?: string;
};

export type PreflightInput = {
  names: string[];
  challenge: ChallengeConfig;
  directoryUrl: string;
  /** A custom CA's practice directory, where the trial run goes (issue 18). */
  stagingDirectoryUrl?: string;
  /** Extra root to trust for the CA's HTTPS (a local test CA). */
  caCertPem?: string;
  /** Where http:// goes (default 80) and what the built-in server binds; only a test CA uses another. */
  httpPort?: number;
  /** Where tls-alpn-01 connects (default 443). */
  tlsPort?: number;
  /** Address the temporary responders listen on (default: every address). */
  httpHost?: string;
  /** "ip:port" of the DNS server to ask instead of the system's. */
  dnsResolver?: string;
  /** The chosen CA and profile issue for IP addresses (RFC 8738, issue 18). */
  allowIp?: boolean;
  /** The ACME profile the real order asks for; the trial run asks the practice CA for it too. */
  profile?: string;
  /** Contact the CA's staging directory and validate for real, without issuing (opt-in). */
  trialRun?: boolean;
  /** Credentials the solver needs for the trial run (by the solver's names). Never reported. */
  secrets?: Record<string, string>;
  /** Overrides the directory's meta.caaIdentities (a CA that publishes none, e.g. a test CA). */
  caaIdentities?: string[];
  /** Time limit of each check (default 10 s). */
  checkTimeoutMs?: number;
  /** Time limit of all checks of one name (default 30 s). */
  nameTimeoutMs?: number;
  /** Time limit of the trial run (default 120 s: the CA validates from several places). */
  trialRunTimeoutMs?: number;
  signal?: AbortSignal;
  onResult?: (r: CheckResult) => void;
};

export type PreflightOutput = { results: CheckResult[]; ok: boolean };

export const DEFAULT_CHECK_TIMEOUT_MS = 10_000;
export const DEFAULT_NAME_TIMEOUT_MS = 30_000;
export const DEFAULT_TRIAL_RUN_TIMEOUT_MS = 120_000;

/** The worst verdict wins: fail > warn > pass > skip. */
export function worst(verdicts: readonly Verdict[]): Verdict {
  const rank: Record<Verdict, number> = { skip: 0, pass: 1, warn: 2, fail: 3 };
  return verdicts.reduce<Verdict>((w, v) => (rank[v] > rank[w] ? v : w), 'skip');
}
