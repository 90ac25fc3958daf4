// Deployment targets (issue 17): where a certificate is used, and how Certdesk puts it there
// after issuance, after every renewal and on "Deploy now". Pure types and facts (no zod: the
// renderer imports this); the schemas that check them are in ./contract-deploy.ts.
//
// The local folder target is today's remembered export destination (issue 6): it stays stored as
// an ExportDestination (cert.exports) and is shown here as a target of kind 'local', so every
// setting made before issue 17 keeps working unchanged. Every other kind lives in
// cert.deployTargets; the runs of all kinds go to cert.deployRuns.
import type { Text } from './engine-text.ts';

export const DEPLOY_KINDS = ['sftp', 'ftp', 'cpanel', 'local', 'manual'] as const;
export type DeployKind = (typeof DEPLOY_KINDS)[number];

/** Which files go: an export preset (issue 6) or one format; the default is the 'generic' preset. */
export type DeployFiles = {
  preset?: string;
  format?: string;
  pfxEncoding?: 'modern' | 'legacy';
  rsaKeyFormat?: 'pkcs8' | 'pkcs1';
};

export type SftpTargetConfig = DeployFiles & {
  kind: 'sftp';
  /** HOST or HOST:PORT (22 by default). */
  host: string;
  user: string;
  /** The folder the files go into; it must exist (Certdesk never guesses where a server looks). */
  remoteDir: string;
  /** "SHA256:..." to pin; without it the first key seen is kept (trust on first use), as the SFTP route does. */
  hostKey?: string;
  /** Runs over SSH after the upload, e.g. "sudo systemctl reload nginx". */
  command?: string;
};
export type FtpTargetConfig = DeployFiles & {
  kind: 'ftp';
  host: string;
  user: string;
  remoteDir: string;
  /** Explicit TLS (FTPS, RFC 4217). */
  tls?: boolean;
  /** Accept a certificate that does not verify (still encrypted). */
  insecureTls?: boolean;
};
export type CpanelTargetConfig = {
  kind: 'cpanel';
  /** https://HOST:2083 (the cPanel address; port 2083 when none is given). */
  url: string;
  user: string;
  /** The site (domain) the certificate is installed for; the certificate's first name by default. */
  domain?: string;
  insecureTls?: boolean;
};
export type LocalTargetConfig = DeployFiles & {
  kind: 'local';
  dir: string;
  /** Runs after the files are written, with their paths in CERTDESK_* variables. */
  postCommand?: string;
};
export type ManualTargetConfig = {
  kind: 'manual';
  /** Where the person puts it by hand ("Router admin page", "Plesk at my host"). */
  label: string;
  /** The person's own notes on how (shown with the steps). */
  notes?: string;
  /** Which files the steps offer; paste fields are always shown. */
  preset?: string;
};

export type DeployTargetConfig =
  SftpTargetConfig | FtpTargetConfig | CpanelTargetConfig | LocalTargetConfig | ManualTargetConfig;

/** Credentials a target uses, sealed per target and bound to its server (engine/deploy/secrets.ts). */
export const DEPLOY_SECRET_NAMES = [
  'password',
  'privateKey',
  'passphrase',
  'apiToken',
  'pfxPassword',
] as const;
export type DeploySecretName = (typeof DEPLOY_SECRET_NAMES)[number];
export type DeploySecrets = Partial<Record<DeploySecretName, string>>;

export const DEPLOY_KIND_SECRETS: { readonly [K in DeployKind]: readonly DeploySecretName[] } = {
  sftp: ['password', 'privateKey', 'passphrase', 'pfxPassword'],
  ftp: ['password', 'pfxPassword'],
  cpanel: ['apiToken'],
  local: ['pfxPassword'],
  manual: [],
};

/** What started a run: the first certificate, a renewal, "Deploy now", a retry after a failure. */
export type DeployTrigger = 'issued' | 'renewed' | 'manual' | 'retry' | 'done';

/** One run of one target, kept in the certificate's history (R22: failures and successes). */
export type DeployRun = {
  targetId: string;
  at: string;
  trigger: DeployTrigger;
  ok: boolean;
  /** The certificate version (serial) this run deployed. */
  serial?: string;
  errorCode?: string;
  /** One sentence (English) with the fix; `text` says it in the window's language. */
  message?: string;
  text?: Text;
  /** The remote or local command after the files: exit status and last lines of its output. */
  command?: { exitCode: number | null; outputTail: string[] };
};

export type DeployLastGood = { at: string; serial: string; notAfter: string | null };

/** A manual target whose newest certificate the person has not put in place yet. */
export type ManualWaiting = {
  certId: string;
  names: string[];
  targetId: string;
  label: string;
  notes?: string;
  /** When the certificate it waits for was issued. */
  since: string;
  serial: string;
  notAfter: string | null;
};

/** A target as the window and the CLI show it: no secret, only which ones are stored. */
export type DeployTargetView = {
  id: string;
  config: DeployTargetConfig;
  /** "sftp deploy@web1.example.org:/etc/ssl/site" etc.: one line naming where. */
  where: string;
  secrets: DeploySecretName[];
  lastRun: DeployRun | null;
  lastGood: DeployLastGood | null;
  /** Set while a failed deployment waits for its next automatic try (same backoff as renewals). */
  retryAt: string | null;
  /** Manual targets: set while the newest certificate waits for the person. */
  waiting: { since: string; serial: string } | null;
};

/** One line naming where a target puts the certificate. */
export function targetWhere(c: DeployTargetConfig): string {
  switch (c.kind) {
    case 'sftp':
      return `SFTP ${c.user}@${c.host}:${c.remoteDir}${c.command ? ` then "${c.command}"` : ''}`;
    case 'ftp':
      return `${c.tls || c.insecureTls ? 'FTPS' : 'FTP'} ${c.user}@${c.host}:${c.remoteDir}`;
    case 'cpanel':
      return `cPanel ${c.user} at ${c.url}${c.domain ? ` for ${c.domain}` : ''}`;
    case 'local':
      return `${c.dir}${c.postCommand ? ` then "${c.postCommand}"` : ''}`;
    case 'manual':
      return `by hand: ${c.label}`;
  }
}
