// CLI options of every validation route, turned into a ChallengeConfig plus the credentials the
// solver needs (read from files, never from the command line where `ps` would show them).
import { CertdeskError } from '../shared/errors.ts';
import type { ChallengeConfig, DnsMode, HttpMode } from '../shared/types.ts';
import { str, type CliContext } from './context.ts';
import type { OptionSpec } from './commands/types.ts';

/** Options of every challenge route; solvers of other modules read theirs from `options`. */
export const CHALLENGE_OPTS: Record<string, OptionSpec> = {
  challenge: { type: 'string', arg: 'TYPE', help: 'http-01 (default), dns-01 or tls-alpn-01' },
  'http-mode': { type: 'string', arg: 'MODE', help: 'builtin (default: Certdesk answers on port 80), webroot, manual, sftp, ftp' },
  webroot: { type: 'string', arg: 'DIR', help: 'the folder your web server serves (http-mode webroot)' },
  'dns-mode': { type: 'string', arg: 'MODE', help: 'manual, rfc2136, acme-dns, exec, cloudflare' },
};

export function challengeFromOptions(ctx: CliContext): { challenge: ChallengeConfig; secrets: Record<string, string> } {
  const type = str(ctx.values, 'challenge') ?? 'http-01';
  if (type !== 'http-01' && type !== 'dns-01' && type !== 'tls-alpn-01') {
    throw new CertdeskError('invalid-input', `Unknown challenge "${type}". Use http-01, dns-01 or tls-alpn-01 (TLS-SNI-01 was switched off by CAs in 2019).`);
  }
  const cfg: ChallengeConfig = { type };
  if (type === 'http-01') {
    const mode = (str(ctx.values, 'http-mode') ?? 'builtin') as HttpMode;
    if (!['builtin', 'webroot', 'manual', 'sftp', 'ftp'].includes(mode)) throw new CertdeskError('invalid-input', `Unknown --http-mode "${mode}". Use builtin, webroot, manual, sftp or ftp.`);
    cfg.httpMode = mode;
    const webroot = str(ctx.values, 'webroot');
    if (mode === 'webroot') {
      if (!webroot) throw new CertdeskError('invalid-input', 'The webroot method needs the folder your web server serves: --webroot DIR');
      cfg.webroot = webroot;
    }
  }
  if (type === 'dns-01') {
    const mode = (str(ctx.values, 'dns-mode') ?? 'manual') as DnsMode;
    if (!['manual', 'rfc2136', 'acme-dns', 'exec', 'cloudflare'].includes(mode)) throw new CertdeskError('invalid-input', `Unknown --dns-mode "${mode}". Use manual, rfc2136, acme-dns, exec or cloudflare.`);
    cfg.dnsMode = mode;
  }
  return { challenge: cfg, secrets: {} };
}

