// The CLI's own words on top of an engine error: the option that fixes it. The engine's sentence
// names no flag (the window shows it too, issue 15); the CLI knows its options, so it adds them
// here, keyed by the error's Text key, and may use the Text's params (e.g. the new host key).
import type { AppErrorShape } from '../shared/errors.ts';
import type { TextKey, TextParam } from '../shared/engine-text.ts';

type Hint = string | ((params: Record<string, TextParam>) => string);

const TSIG = 'check --tsig-name, --tsig-secret-file and --tsig-algorithm';

const HINTS: Partial<Record<TextKey, Hint>> = {
  'error.hostKeyChanged': (p) => `to accept the new key: --sftp-host-key ${String(p.now)}`,
  'error.hostKeyPinned': (p) => `to accept the new key: --sftp-host-key ${String(p.now)}`,
  'error.sftpPassphrase':
    'put the passphrase in a file readable only by you and give --sftp-passphrase-file FILE',
  'error.sftpNoSubsystem': 'FTP: --ftp-host',
  'error.ftpNeedsTls': 'add --ftp-tls',
  'error.ftpsUnverified': 'add --ftp-insecure-tls',
  'error.ftpsNotOffered': 'leave out --ftp-tls',
  'error.remoteRootMissing': '--remote-root',
  'error.remoteRootMissingList': '--remote-root',
  'error.tsigBadSig': TSIG,
  'error.tsigBadKey': TSIG,
  'error.tsigNotAuth': TSIG,
  'error.rfc2136Unreachable': '--rfc2136-server',
  'error.rfc2136Unreadable': '--rfc2136-server',
  'error.rfc2136NotZone': '--rfc2136-zone, or leave it out',
  'error.rfc2136NoZone': '--rfc2136-zone',
  'error.scriptEmpty': '--dns-exec',
  'error.scriptNotFound': 'give its full path in --dns-exec',
  'error.scriptTimeout': 'allow more time with --dns-exec-timeout SECONDS',
  'error.cloudflareRefused': '--cloudflare-token-file',
  'error.portInUseTls': '--challenge http-01 or --challenge dns-01',
  'error.acmeDnsUnreachable': '--acme-dns-server',
  'error.acmeDnsUnusable': '--acme-dns-server',
  'error.acmeDnsRefused': 'register again with --acme-dns-register',
  'error.caCertUntrusted': 'for a local test CA, pass its root with --ca-cert FILE',
  'error.tosNotAgreed': 'add --agree-tos',
  'limits.paused':
    'after you unpaused it at that page, run the command again (a stored certificate: certdesk renew --id ID --unpaused)',
  'error.eabRequired': '--eab-kid and --eab-hmac',
  'error.noAccount': 'certdesk account create --email you@example.com --agree-tos',
  'error.ambiguousAccount': 'choose one with --account ID',
  'profile.unknown': '--profile NAME, or leave it out for the CA default',
  'profile.noneOffered': 'leave out --profile',
  'profile.ipNeedsProfile': (p) => `add --profile ${String(p.profile)}`,
  'profile.ipNoDns': '--challenge http-01 or --challenge tls-alpn-01',
};

/** " (CLI: ...)" for an error whose Text has a CLI hint, else "". */
export function cliHint(shape: Pick<AppErrorShape, 'text'>): string {
  const key = shape.text?.key;
  const hint = key ? HINTS[key] : undefined;
  if (hint === undefined) return '';
  return ` (CLI: ${typeof hint === 'function' ? hint(shape.text?.params ?? {}) : hint})`;
}

const TRIAL = "certdesk check --trial-run validates from the CA's side";

/** The same for a pre-flight fix sentence, keyed by the fix's Text key. */
const FIX_HINTS: Partial<Record<TextKey, string>> = {
  'preflight.outbound.fixProxy': "trust the proxy's root with --ca-cert FILE",
  'preflight.dns.fixAllDead': TRIAL,
  'preflight.http.fixUnreachableBuiltin': TRIAL,
  'preflight.http.fixUnreachable': TRIAL,
};

/** " (CLI: ...)" for a pre-flight finding whose fix has a CLI hint, else "". */
export function fixHint(fixText: { key: TextKey } | undefined): string {
  const hint = fixText ? FIX_HINTS[fixText.key] : undefined;
  return hint ? ` (CLI: ${hint})` : '';
}
