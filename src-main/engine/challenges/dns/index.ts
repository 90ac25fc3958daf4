// Registers the dns-01 solvers (R12, R15) with the solver factory. Importing this module is enough.
// Each reads its own variant of the typed route contract (src-main/shared/route.ts); secrets come
// through env.secret (tsigSecret, acmeDnsAccounts, cloudflareToken). Messages here reach the
// window: they name no CLI flag (the CLI checks its own options first).
import { CertdeskError } from '../../../shared/errors.ts';
import { SECOND_MS } from '../../../shared/durations.ts';
import type { ChallengeConfig } from '../../../shared/types.ts';
import type { SecretName } from '../../../shared/route.ts';
import { registerSolverFactory, type SolverEnv } from '../index.ts';
import type { ChallengeSolver } from '../types.ts';
import { ManualDnsSolver } from './manual.ts';
import { Rfc2136DnsSolver } from './rfc2136.ts';
import { parseAlgorithm, parseSecret } from './tsig.ts';
import { AcmeDnsSolver, type AcmeDnsAccount } from './acme-dns.ts';
import { ExecDnsSolver, EXEC_TIMEOUT_DEFAULT_S } from './exec.ts';
import { CloudflareDnsSolver } from './cloudflare.ts';
import {
  AUTO_PROPAGATION_DEFAULT_S,
  MANUAL_PROPAGATION_DEFAULT_S,
  propagationTimeoutMs,
} from './propagation.ts';

export const SECRET_NAMES = {
  tsig: 'tsigSecret',
  cloudflare: 'cloudflareToken',
  acmeDns: 'acmeDnsAccounts',
} as const satisfies Record<string, SecretName>;

type DnsRoute = Extract<ChallengeConfig, { type: 'dns-01' }>;

export function createDnsSolver(cfg: DnsRoute, env: SolverEnv): ChallengeSolver {
  const resolver = env.dnsResolver;
  const wait = propagationTimeoutMs(
    cfg.propagationTimeout,
    cfg.dnsMode === 'manual' ? MANUAL_PROPAGATION_DEFAULT_S : AUTO_PROPAGATION_DEFAULT_S,
  );
  switch (cfg.dnsMode) {
    case 'manual':
      if (!env.prompter)
        throw new CertdeskError(
          'unsupported',
          'Manual DNS needs a person to add the TXT record, so it cannot run unattended (and cannot renew on its own). Choose an automatic DNS method (RFC 2136, acme-dns, a script or Cloudflare) for automatic renewal.',
        );
      return new ManualDnsSolver(env.prompter, { resolver, propagationTimeoutMs: wait });
    case 'rfc2136': {
      if (!cfg.server.trim())
        throw new CertdeskError(
          'invalid-input',
          'RFC 2136 needs the address of the DNS server that accepts updates (HOST:PORT).',
        );
      if (!cfg.tsigName.trim())
        throw new CertdeskError(
          'invalid-input',
          'RFC 2136 needs the name of the TSIG key the DNS server knows.',
        );
      const secret = env.secret(SECRET_NAMES.tsig);
      if (!secret)
        throw new CertdeskError('invalid-input', "RFC 2136 needs the TSIG key's secret.");
      return new Rfc2136DnsSolver({
        server: cfg.server.trim(),
        key: {
          name: cfg.tsigName.trim(),
          algorithm: parseAlgorithm(cfg.tsigAlgorithm || undefined),
          secret: parseSecret(secret),
        },
        ...(cfg.zone?.trim() ? { zone: cfg.zone.trim() } : {}),
        resolver,
        propagationTimeoutMs: wait,
      });
    }
    case 'acme-dns': {
      if (!cfg.server.trim())
        throw new CertdeskError(
          'invalid-input',
          'acme-dns needs the address of the acme-dns server, such as https://auth.example.org.',
        );
      const givenText = env.secret(SECRET_NAMES.acmeDns);
      let given: Record<string, AcmeDnsAccount> | undefined;
      if (givenText) {
        try {
          given = JSON.parse(givenText) as Record<string, AcmeDnsAccount>;
        } catch {
          throw new CertdeskError(
            'invalid-input',
            'The acme-dns credentials are not JSON. They should look like {"example.com": {"username": ..., "password": ..., "fulldomain": ..., "subdomain": ...}} (the format lego and certbot use).',
          );
        }
      }
      return new AcmeDnsSolver({
        server: cfg.server.trim(),
        register: cfg.register === true,
        ...(given ? { given } : {}),
        secret: env.secret,
        saveSecret: env.saveSecret,
        ...(env.prompter ? { prompter: env.prompter } : {}),
        resolver,
        propagationTimeoutMs: wait,
      });
    }
    case 'exec': {
      if (!cfg.command.trim())
        throw new CertdeskError(
          'invalid-input',
          'The script method needs the command that adds and removes TXT records.',
        );
      const t = cfg.timeout ?? EXEC_TIMEOUT_DEFAULT_S;
      if (!Number.isFinite(t) || t < 1 || t > 3600)
        throw new CertdeskError(
          'invalid-input',
          `The script time limit must be between 1 and 3600 seconds, not "${t}".`,
        );
      return new ExecDnsSolver({
        command: cfg.command.trim(),
        timeoutMs: t * SECOND_MS,
        resolver,
        propagationTimeoutMs: wait,
      });
    }
    case 'cloudflare': {
      const token = env.secret(SECRET_NAMES.cloudflare);
      if (!token)
        throw new CertdeskError(
          'invalid-input',
          'Cloudflare needs an API token with Zone.DNS Edit permission.',
        );
      const given = cfg.api?.trim() || env.cloudflareApi;
      const api = given ? checkCloudflareApi(given, env.plainHttpDnsApi) : null;
      return new CloudflareDnsSolver({
        token,
        ...(api ? { api } : {}),
        resolver,
        propagationTimeoutMs: wait,
      });
    }
  }
}

/**
 * The API token goes in every request's Authorization header: the API must be https, so a
 * changed address cannot send it in the clear (issue 20, part 2).
 */
export function checkCloudflareApi(api: string, plainHttpForTests = false): string {
  let u: URL;
  try {
    u = new URL(api);
  } catch {
    throw new CertdeskError(
      'invalid-input',
      `"${api.slice(0, 200)}" is not a web address. Leave the Cloudflare API address empty to use Cloudflare's own.`,
    );
  }
  if (u.protocol !== 'https:' && !(plainHttpForTests && u.protocol === 'http:'))
    throw new CertdeskError(
      'invalid-input',
      "The Cloudflare API address must start with https://, so that the API token cannot be read on the way. Leave it empty to use Cloudflare's own.",
    );
  if (u.username || u.password)
    throw new CertdeskError(
      'invalid-input',
      'The Cloudflare API address must not contain a user name or password.',
    );
  return api;
}

registerSolverFactory((cfg, env) => (cfg.type === 'dns-01' ? createDnsSolver(cfg, env) : null));
