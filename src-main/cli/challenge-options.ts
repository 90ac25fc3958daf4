// CLI options of every validation route, turned into a ChallengeConfig plus the credentials the
// solver needs (read from files, never from the command line where `ps` would show them).
import { CertdeskError } from '../shared/errors.ts';
import type { ChallengeConfig, DnsMode, HttpMode } from '../shared/types.ts';
import { str, readSecretFile, type CliContext } from './context.ts';
import type { OptionSpec } from './commands/types.ts';
import { UPLOAD_OPTS, applyUploadOptions } from './upload-options.ts';

/** Options of every challenge route; solvers of other modules read theirs from `options`. */
export const CHALLENGE_OPTS: Record<string, OptionSpec> = {
  challenge: { type: 'string', arg: 'TYPE', help: 'http-01 (default), dns-01 or tls-alpn-01 (answers on port 443, see --tls-port)' },
  'http-mode': { type: 'string', arg: 'MODE', help: 'builtin (default: Certdesk answers on port 80), webroot, manual, sftp, ftp' },
  webroot: { type: 'string', arg: 'DIR', help: 'the folder your web server serves (http-mode webroot)' },
  'dns-mode': { type: 'string', arg: 'MODE', help: 'manual (default), rfc2136, acme-dns, exec, cloudflare (implies --challenge dns-01)' },
  'dns-propagation-timeout': { type: 'string', arg: 'SEC', help: 'how long to wait until every name server has the TXT record (manual 600, others 120, max 3600)' },
  'rfc2136-server': { type: 'string', arg: 'HOST:PORT', help: 'DNS server that accepts dynamic updates (dns-mode rfc2136)' },
  'rfc2136-zone': { type: 'string', arg: 'ZONE', help: 'zone to update (default: asked from the server)' },
  'tsig-name': { type: 'string', arg: 'NAME', help: 'name of the TSIG key the DNS server knows' },
  'tsig-secret-file': { type: 'string', arg: 'FILE', help: 'file with the TSIG secret (base64, or the key clause tsig-keygen prints)' },
  'tsig-algorithm': { type: 'string', arg: 'ALG', help: 'hmac-sha256 (default), hmac-sha512, hmac-sha384, hmac-sha224, hmac-sha1, hmac-md5' },
  'acme-dns-server': { type: 'string', arg: 'URL', help: 'acme-dns server (dns-mode acme-dns); registers once, then you add one CNAME' },
  'acme-dns-register': { type: 'boolean', help: 'register a new acme-dns account even if one is saved (then update the CNAME)' },
  'acme-dns-credentials-file': { type: 'string', arg: 'F', help: 'existing acme-dns accounts, JSON as lego/certbot store them' },
  'dns-exec': { type: 'string', arg: 'COMMAND', help: 'script run as: COMMAND present|cleanup FQDN. VALUE (lego exec convention; no shell)' },
  'dns-exec-timeout': { type: 'string', arg: 'SECONDS', help: 'time limit for each run of the script (default 120)' },
  'cloudflare-token-file': { type: 'string', arg: 'FILE', help: 'file with a Cloudflare API token that has Zone.DNS Edit permission' },
  'cloudflare-api': { type: 'string', arg: 'URL', help: 'Cloudflare API base URL (default https://api.cloudflare.com/client/v4)' },
  ...UPLOAD_OPTS,
};

const DNS_MODES: DnsMode[] = ['manual', 'rfc2136', 'acme-dns', 'exec', 'cloudflare'];

/** Which dns-mode each option belongs to; giving it with another mode is a mistake worth saying. */
const MODE_OF: Record<string, DnsMode | 'dns'> = {
  'dns-propagation-timeout': 'dns',
  'rfc2136-server': 'rfc2136', 'rfc2136-zone': 'rfc2136', 'tsig-name': 'rfc2136', 'tsig-secret-file': 'rfc2136', 'tsig-algorithm': 'rfc2136',
  'acme-dns-server': 'acme-dns', 'acme-dns-register': 'acme-dns', 'acme-dns-credentials-file': 'acme-dns',
  'dns-exec': 'exec', 'dns-exec-timeout': 'exec',
  'cloudflare-token-file': 'cloudflare', 'cloudflare-api': 'cloudflare',
};

function seconds(ctx: CliContext, name: string, max: number): number | undefined {
  const s = str(ctx.values, name);
  if (s === undefined) return undefined;
  const n = Number(s);
  if (!Number.isFinite(n) || n < 1 || n > max) throw new CertdeskError('invalid-input', `--${name} needs a number of seconds from 1 to ${max}, not "${s}".`);
  return n;
}

export function challengeFromOptions(ctx: CliContext): { challenge: ChallengeConfig; secrets: Record<string, string> } {
  const given = (name: string) => ctx.values[name] !== undefined && ctx.values[name] !== false;
  const type = str(ctx.values, 'challenge') ?? (given('dns-mode') ? 'dns-01' : 'http-01');
  if (type !== 'http-01' && type !== 'dns-01' && type !== 'tls-alpn-01') {
    throw new CertdeskError('invalid-input', `Unknown challenge "${type}". Use http-01, dns-01 or tls-alpn-01 (TLS-SNI-01 was switched off by CAs in 2019).`);
  }
  const cfg: ChallengeConfig = { type };
  const secrets: Record<string, string> = {};
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
  const mode = type === 'dns-01' ? ((str(ctx.values, 'dns-mode') ?? 'manual') as DnsMode) : null;
  for (const [name, owner] of Object.entries(MODE_OF)) {
    if (!given(name)) continue;
    if (mode === null) throw new CertdeskError('invalid-input', `--${name} belongs to DNS validation; add --challenge dns-01${owner === 'dns' ? '' : ` --dns-mode ${owner}`}, or leave it out.`);
    if (owner !== 'dns' && owner !== mode) throw new CertdeskError('invalid-input', `--${name} belongs to --dns-mode ${owner}, but the DNS method is ${mode}. Use --dns-mode ${owner}, or leave --${name} out.`);
  }
  if (mode !== null) {
    if (!DNS_MODES.includes(mode)) throw new CertdeskError('invalid-input', `Unknown --dns-mode "${mode}". Use manual, rfc2136, acme-dns, exec or cloudflare.`);
    cfg.dnsMode = mode;
    const options: Record<string, string | number | boolean> = {};
    const wait = seconds(ctx, 'dns-propagation-timeout', 3600);
    if (wait !== undefined) options.propagationTimeout = wait;
    const need = (name: string, what: string): string => {
      const v = str(ctx.values, name);
      if (!v) throw new CertdeskError('invalid-input', `The ${mode} DNS method needs ${what}: --${name}`);
      return v;
    };
    switch (mode) {
      case 'rfc2136':
        options.rfc2136Server = need('rfc2136-server', 'the DNS server that accepts updates (HOST:PORT)');
        options.tsigName = need('tsig-name', 'the name of the TSIG key');
        secrets.tsigSecret = readSecretFile(need('tsig-secret-file', 'a file holding the TSIG secret'), 'the TSIG secret');
        if (str(ctx.values, 'tsig-algorithm')) options.tsigAlgorithm = str(ctx.values, 'tsig-algorithm')!;
        if (str(ctx.values, 'rfc2136-zone')) options.rfc2136Zone = str(ctx.values, 'rfc2136-zone')!;
        break;
      case 'acme-dns': {
        options.acmeDnsServer = need('acme-dns-server', 'the acme-dns server URL');
        if (ctx.values['acme-dns-register'] === true) options.acmeDnsRegister = true;
        const f = str(ctx.values, 'acme-dns-credentials-file');
        if (f) secrets.acmeDnsAccounts = readSecretFile(f, 'the acme-dns credentials');
        break;
      }
      case 'exec': {
        options.execCommand = need('dns-exec', 'the command that adds and removes TXT records');
        const t = seconds(ctx, 'dns-exec-timeout', 3600);
        if (t !== undefined) options.execTimeout = t;
        break;
      }
      case 'cloudflare':
        secrets.cloudflareToken = readSecretFile(need('cloudflare-token-file', 'a file holding the API token'), 'the Cloudflare API token');
        if (str(ctx.values, 'cloudflare-api')) options.cloudflareApi = str(ctx.values, 'cloudflare-api')!;
        break;
      case 'manual':
        break;
    }
    if (Object.keys(options).length > 0) cfg.options = options;
  }
  // SFTP/FTP upload (shared hosting): --sftp-host/--ftp-host imply --http-mode sftp/ftp.
  applyUploadOptions(ctx, cfg, secrets);
  return { challenge: cfg, secrets };
}
