// Registers the dns-01 solvers (R12, R15) with the solver factory. Importing this module is enough.
//
// ChallengeConfig.options used here (non-secret; secrets come through env.secret):
//   propagationTimeout  seconds to wait for the name servers (manual 600, others 120; max 3600)
//   rfc2136Server "HOST:PORT", tsigName, tsigAlgorithm, rfc2136Zone       secret: tsigSecret
//   acmeDnsServer URL, acmeDnsRegister                                    secret: acmeDnsAccounts (optional)
//   execCommand, execTimeout (seconds)
//   cloudflareApi (base URL, default api.cloudflare.com/client/v4)        secret: cloudflareToken
import { CertdeskError } from '../../../shared/errors.ts';
import { SECOND_MS } from '../../../shared/durations.ts';
import type { ChallengeConfig } from '../../../shared/types.ts';
import { registerSolverFactory, type SolverEnv } from '../index.ts';
import type { ChallengeSolver } from '../types.ts';
import { ManualDnsSolver } from './manual.ts';
import { Rfc2136DnsSolver } from './rfc2136.ts';
import { parseAlgorithm, parseSecret } from './tsig.ts';
import { AcmeDnsSolver, type AcmeDnsAccount } from './acme-dns.ts';
import { ExecDnsSolver, EXEC_TIMEOUT_DEFAULT_S } from './exec.ts';
import { CloudflareDnsSolver } from './cloudflare.ts';
import { AUTO_PROPAGATION_DEFAULT_S, MANUAL_PROPAGATION_DEFAULT_S, propagationTimeoutMs } from './propagation.ts';

export const SECRET_NAMES = { tsig: 'tsigSecret', cloudflare: 'cloudflareToken', acmeDns: 'acmeDnsAccounts' } as const;

const opt = (cfg: ChallengeConfig, name: string): string | undefined => {
  const v = cfg.options?.[name];
  return v === undefined || v === '' ? undefined : String(v);
};

export function createDnsSolver(cfg: ChallengeConfig, env: SolverEnv): ChallengeSolver {
  const mode = cfg.dnsMode ?? 'manual';
  const resolver = env.dnsResolver;
  const wait = propagationTimeoutMs(cfg.options?.propagationTimeout, mode === 'manual' ? MANUAL_PROPAGATION_DEFAULT_S : AUTO_PROPAGATION_DEFAULT_S);
  switch (mode) {
    case 'manual':
      if (!env.prompter) throw new CertdeskError('unsupported', 'Manual DNS needs a person to add the TXT record, so it cannot run unattended (and cannot renew on its own). Choose an automatic DNS method (RFC 2136, acme-dns, a script or Cloudflare) for automatic renewal.');
      return new ManualDnsSolver(env.prompter, { resolver, propagationTimeoutMs: wait });
    case 'rfc2136': {
      const server = opt(cfg, 'rfc2136Server');
      const name = opt(cfg, 'tsigName');
      if (!server) throw new CertdeskError('invalid-input', 'RFC 2136 needs the address of the DNS server that accepts updates: --rfc2136-server HOST:PORT');
      if (!name) throw new CertdeskError('invalid-input', 'RFC 2136 needs the name of the TSIG key the DNS server knows: --tsig-name NAME');
      const secret = env.secret(SECRET_NAMES.tsig);
      if (!secret) throw new CertdeskError('invalid-input', 'RFC 2136 needs the TSIG key\'s secret: put it in a file readable only by you and give --tsig-secret-file FILE.');
      return new Rfc2136DnsSolver({
        server, key: { name, algorithm: parseAlgorithm(opt(cfg, 'tsigAlgorithm')), secret: parseSecret(secret) },
        ...(opt(cfg, 'rfc2136Zone') ? { zone: opt(cfg, 'rfc2136Zone') } : {}), resolver, propagationTimeoutMs: wait,
      });
    }
    case 'acme-dns': {
      const server = opt(cfg, 'acmeDnsServer');
      if (!server) throw new CertdeskError('invalid-input', 'acme-dns needs the address of the acme-dns server: --acme-dns-server https://auth.example.org');
      const givenText = env.secret(SECRET_NAMES.acmeDns);
      let given: Record<string, AcmeDnsAccount> | undefined;
      if (givenText) {
        try { given = JSON.parse(givenText) as Record<string, AcmeDnsAccount>; } catch {
          throw new CertdeskError('invalid-input', 'The acme-dns credentials file is not JSON. It should look like {"example.com": {"username": ..., "password": ..., "fulldomain": ..., "subdomain": ...}} (the format lego and certbot use).');
        }
      }
      return new AcmeDnsSolver({
        server, register: cfg.options?.acmeDnsRegister === true, ...(given ? { given } : {}),
        secret: env.secret, saveSecret: env.saveSecret, ...(env.prompter ? { prompter: env.prompter } : {}), resolver, propagationTimeoutMs: wait,
      });
    }
    case 'exec': {
      const command = opt(cfg, 'execCommand');
      if (!command) throw new CertdeskError('invalid-input', 'The script method needs the command that adds and removes TXT records: --dns-exec "/path/to/script"');
      const t = Number(opt(cfg, 'execTimeout') ?? EXEC_TIMEOUT_DEFAULT_S);
      if (!Number.isFinite(t) || t < 1 || t > 3600) throw new CertdeskError('invalid-input', `The script time limit must be between 1 and 3600 seconds, not "${opt(cfg, 'execTimeout')}".`);
      return new ExecDnsSolver({ command, timeoutMs: t * SECOND_MS, resolver, propagationTimeoutMs: wait });
    }
    case 'cloudflare': {
      const token = env.secret(SECRET_NAMES.cloudflare);
      if (!token) throw new CertdeskError('invalid-input', 'Cloudflare needs an API token with Zone.DNS Edit permission: put it in a file readable only by you and give --cloudflare-token-file FILE.');
      return new CloudflareDnsSolver({ token, ...(opt(cfg, 'cloudflareApi') ? { api: opt(cfg, 'cloudflareApi') } : {}), resolver, propagationTimeoutMs: wait });
    }
    default:
      throw new CertdeskError('unsupported', `Unknown DNS method "${String(mode)}". Use manual, rfc2136, acme-dns, exec or cloudflare.`);
  }
}

registerSolverFactory((cfg, env) => (cfg.type === 'dns-01' ? createDnsSolver(cfg, env) : null));
