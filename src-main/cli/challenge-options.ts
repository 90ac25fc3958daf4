// CLI options of every validation route, turned into a ChallengeConfig plus the credentials the
// solver needs (read from files, never from the command line where `ps` would show them).
import { CertdeskError } from '../shared/errors.ts';
import type { ChallengeConfig } from '../shared/types.ts';
// route-facts, not route: the zod schemas stay out of the CLI's start-up (issue 21).
import { DNS_MODES, HTTP_MODES } from '../shared/route-facts.ts';
import type { DnsMode, HttpMode, RouteSecrets } from '../shared/route.ts';
import { str, readSecretFile, type CliContext } from './context.ts';
import type { OptionSpec } from './commands/types.ts';
import {
  UPLOAD_OPTS,
  assertNoUploadOptions,
  uploadFromOptions,
  uploadModeFromOptions,
} from './upload-options.ts';

/** Options of every challenge route; solvers of other modules read theirs from `options`. */
export const CHALLENGE_OPTS: Record<string, OptionSpec> = {
  challenge: {
    type: 'string',
    arg: 'TYPE',
    help: 'http-01 (default), dns-01 or tls-alpn-01 (answers on port 443, see --tls-port)',
  },
  'http-mode': {
    type: 'string',
    arg: 'MODE',
    help: 'builtin (default: Certdesk answers on port 80), webroot, manual, sftp, ftp',
  },
  webroot: {
    type: 'string',
    arg: 'DIR',
    help: 'the folder your web server serves (http-mode webroot)',
  },
  'dns-mode': {
    type: 'string',
    arg: 'MODE',
    help: 'manual (default), rfc2136, acme-dns, exec, cloudflare (implies --challenge dns-01)',
  },
  'dns-propagation-timeout': {
    type: 'string',
    arg: 'SEC',
    help: 'how long to wait until every name server has the TXT record (manual 600, others 120, max 3600)',
  },
  'rfc2136-server': {
    type: 'string',
    arg: 'HOST:PORT',
    help: 'DNS server that accepts dynamic updates (dns-mode rfc2136)',
  },
  'rfc2136-zone': {
    type: 'string',
    arg: 'ZONE',
    help: 'zone to update (default: asked from the server)',
  },
  'tsig-name': { type: 'string', arg: 'NAME', help: 'name of the TSIG key the DNS server knows' },
  'tsig-secret-file': {
    type: 'string',
    arg: 'FILE',
    help: 'file with the TSIG secret (base64, or the key clause tsig-keygen prints)',
  },
  'tsig-algorithm': {
    type: 'string',
    arg: 'ALG',
    help: 'hmac-sha256 (default), hmac-sha512, hmac-sha384, hmac-sha224, hmac-sha1, hmac-md5',
  },
  'acme-dns-server': {
    type: 'string',
    arg: 'URL',
    help: 'acme-dns server (dns-mode acme-dns); registers once, then you add one CNAME',
  },
  'acme-dns-register': {
    type: 'boolean',
    help: 'register a new acme-dns account even if one is saved (then update the CNAME)',
  },
  'acme-dns-credentials-file': {
    type: 'string',
    arg: 'F',
    help: 'existing acme-dns accounts, JSON as lego/certbot store them',
  },
  'dns-exec': {
    type: 'string',
    arg: 'COMMAND',
    help: 'script run as: COMMAND present|cleanup FQDN. VALUE (lego exec convention; no shell)',
  },
  'dns-exec-timeout': {
    type: 'string',
    arg: 'SECONDS',
    help: 'time limit for each run of the script (default 120)',
  },
  'cloudflare-token-file': {
    type: 'string',
    arg: 'FILE',
    help: 'file with a Cloudflare API token that has Zone.DNS Edit permission',
  },
  'cloudflare-api': {
    type: 'string',
    arg: 'URL',
    help: 'Cloudflare API base URL (default https://api.cloudflare.com/client/v4)',
  },
  ...UPLOAD_OPTS,
};

/** Which dns-mode each option belongs to; giving it with another mode is a mistake worth saying. */
const MODE_OF: Record<string, DnsMode | 'dns'> = {
  'dns-propagation-timeout': 'dns',
  'rfc2136-server': 'rfc2136',
  'rfc2136-zone': 'rfc2136',
  'tsig-name': 'rfc2136',
  'tsig-secret-file': 'rfc2136',
  'tsig-algorithm': 'rfc2136',
  'acme-dns-server': 'acme-dns',
  'acme-dns-register': 'acme-dns',
  'acme-dns-credentials-file': 'acme-dns',
  'dns-exec': 'exec',
  'dns-exec-timeout': 'exec',
  'cloudflare-token-file': 'cloudflare',
  'cloudflare-api': 'cloudflare',
};

function seconds(ctx: CliContext, name: string, max: number): number | undefined {
  const s = str(ctx.values, name);
  if (s === undefined) return undefined;
  const n = Number(s);
  if (!Number.isFinite(n) || n < 1 || n > max)
    throw new CertdeskError(
      'invalid-input',
      `--${name} needs a number of seconds from 1 to ${max}, not "${s}".`,
    );
  return n;
}

type Built = { challenge: ChallengeConfig; secrets: RouteSecrets };

export function challengeFromOptions(ctx: CliContext): Built {
  const given = (name: string) => ctx.values[name] !== undefined && ctx.values[name] !== false;
  const type = str(ctx.values, 'challenge') ?? (given('dns-mode') ? 'dns-01' : 'http-01');
  if (type !== 'http-01' && type !== 'dns-01' && type !== 'tls-alpn-01') {
    throw new CertdeskError(
      'invalid-input',
      `Unknown challenge "${type}". Use http-01, dns-01 or tls-alpn-01 (TLS-SNI-01 was switched off by CAs in 2019).`,
    );
  }
  const mode = type === 'dns-01' ? ((str(ctx.values, 'dns-mode') ?? 'manual') as DnsMode) : null;
  for (const [name, owner] of Object.entries(MODE_OF)) {
    if (!given(name)) continue;
    if (mode === null)
      throw new CertdeskError(
        'invalid-input',
        `--${name} belongs to DNS validation; add --challenge dns-01${owner === 'dns' ? '' : ` --dns-mode ${owner}`}, or leave it out.`,
      );
    if (owner !== 'dns' && owner !== mode)
      throw new CertdeskError(
        'invalid-input',
        `--${name} belongs to --dns-mode ${owner}, but the DNS method is ${mode}. Use --dns-mode ${owner}, or leave --${name} out.`,
      );
  }
  if (type === 'tls-alpn-01') {
    assertNoUploadOptions(ctx, 'tls-alpn-01');
    return { challenge: { type }, secrets: {} };
  }
  if (type === 'http-01') return httpFromOptions(ctx);
  if (!DNS_MODES.includes(mode!))
    throw new CertdeskError(
      'invalid-input',
      `Unknown --dns-mode "${mode}". Use manual, rfc2136, acme-dns, exec or cloudflare.`,
    );
  assertNoUploadOptions(ctx, `dns-01 (${mode})`);
  return dnsFromOptions(ctx, mode!);
}

function httpFromOptions(ctx: CliContext): Built {
  const upload = uploadModeFromOptions(ctx);
  const mode = (str(ctx.values, 'http-mode') ?? upload ?? 'builtin') as HttpMode;
  if (!HTTP_MODES.includes(mode))
    throw new CertdeskError(
      'invalid-input',
      `Unknown --http-mode "${mode}". Use builtin, webroot, manual, sftp or ftp.`,
    );
  if (mode === 'sftp' || mode === 'ftp') return uploadFromOptions(ctx, mode);
  assertNoUploadOptions(ctx, `http-01 (${mode})`);
  if (mode === 'webroot') {
    const webroot = str(ctx.values, 'webroot');
    if (!webroot)
      throw new CertdeskError(
        'invalid-input',
        'The webroot method needs the folder your web server serves: --webroot DIR',
      );
    return { challenge: { type: 'http-01', httpMode: 'webroot', webroot }, secrets: {} };
  }
  return { challenge: { type: 'http-01', httpMode: mode }, secrets: {} };
}

function dnsFromOptions(ctx: CliContext, mode: DnsMode): Built {
  const wait = seconds(ctx, 'dns-propagation-timeout', 3600);
  const common = {
    type: 'dns-01' as const,
    ...(wait !== undefined ? { propagationTimeout: wait } : {}),
  };
  const need = (name: string, what: string): string => {
    const v = str(ctx.values, name);
    if (!v)
      throw new CertdeskError('invalid-input', `The ${mode} DNS method needs ${what}: --${name}`);
    return v;
  };
  const opt = (name: string): string | undefined => str(ctx.values, name) || undefined;
  switch (mode) {
    case 'rfc2136': {
      const server = need('rfc2136-server', 'the DNS server that accepts updates (HOST:PORT)');
      const tsigName = need('tsig-name', 'the name of the TSIG key');
      const tsigSecret = readSecretFile(
        need('tsig-secret-file', 'a file holding the TSIG secret'),
        'the TSIG secret',
      );
      const alg = opt('tsig-algorithm');
      const zone = opt('rfc2136-zone');
      return {
        challenge: {
          ...common,
          dnsMode: 'rfc2136',
          server,
          tsigName,
          ...(alg ? { tsigAlgorithm: alg } : {}),
          ...(zone ? { zone } : {}),
        },
        secrets: { tsigSecret },
      };
    }
    case 'acme-dns': {
      const server = need('acme-dns-server', 'the acme-dns server URL');
      const f = opt('acme-dns-credentials-file');
      return {
        challenge: {
          ...common,
          dnsMode: 'acme-dns',
          server,
          ...(ctx.values['acme-dns-register'] === true ? { register: true } : {}),
        },
        secrets: f ? { acmeDnsAccounts: readSecretFile(f, 'the acme-dns credentials') } : {},
      };
    }
    case 'exec': {
      const command = need('dns-exec', 'the command that adds and removes TXT records');
      const t = seconds(ctx, 'dns-exec-timeout', 3600);
      return {
        challenge: {
          ...common,
          dnsMode: 'exec',
          command,
          ...(t !== undefined ? { timeout: t } : {}),
        },
        secrets: {},
      };
    }
    case 'cloudflare': {
      const cloudflareToken = readSecretFile(
        need('cloudflare-token-file', 'a file holding the API token'),
        'the Cloudflare API token',
      );
      const api = opt('cloudflare-api');
      return {
        challenge: { ...common, dnsMode: 'cloudflare', ...(api ? { api } : {}) },
        secrets: { cloudflareToken },
      };
    }
    case 'manual':
      return { challenge: { ...common, dnsMode: 'manual' }, secrets: {} };
  }
}
