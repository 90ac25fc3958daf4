// Builds the solver a certificate's ChallengeConfig asks for. Solvers that need secrets get them
// through `secret(ref)`, which opens them from the SecretBox only for the duration of an issuance.
import { CertdeskError } from '../../shared/errors.ts';
import type { ChallengeConfig } from '../../shared/types.ts';
import { routeLabel } from '../../shared/route.ts';
import type { Logger } from '../ports.ts';
import type { ChallengeSolver } from './types.ts';
import { BuiltinHttpSolver } from './http-builtin.ts';
import { WebrootHttpSolver } from './http-webroot.ts';
import { ManualHttpSolver, type Prompter } from './http-manual.ts';

export type SolverEnv = {
  httpPort?: number;
  httpHost?: string;
  tlsPort?: number;
  dnsResolver?: string;
  prompter?: Prompter;
  /**
   * A credential by name (e.g. 'tsigSecret', 'sftpPassword', 'cloudflareToken'): the value given
   * with this request, else the one stored sealed for this certificate, else one saved by a solver.
   * Undefined when there is none. Never log what it returns.
   */
  secret: (name: string) => string | undefined;
  /** Seal and store a credential now (e.g. an acme-dns registration), for this and later renewals. */
  saveSecret: (name: string, value: string) => Promise<void>;
  log: Logger;
  /**
   * Tests only: lets a DNS provider's API base URL be plain http (a local stand-in). Set by an
   * engine option no face passes (EngineOptions.plainHttpDnsApiForTests); never from a route.
   */
  plainHttpDnsApi?: boolean;
  /** Tests only: the Cloudflare API address when the route names none (EngineOptions.cloudflareApiForTests). */
  cloudflareApi?: string;
};

export type SolverFactory = (cfg: ChallengeConfig, env: SolverEnv) => ChallengeSolver | null;
const extraFactories: SolverFactory[] = [];
/** Other challenge modules (dns-01, tls-alpn-01, SFTP/FTP) register here. */
export function registerSolverFactory(f: SolverFactory): void {
  extraFactories.push(f);
}

export function createSolver(cfg: ChallengeConfig, env: SolverEnv): ChallengeSolver {
  for (const f of extraFactories) {
    const s = f(cfg, env);
    if (s) return s;
  }
  if (cfg.type === 'http-01') {
    switch (cfg.httpMode) {
      case 'builtin':
        return new BuiltinHttpSolver({ port: env.httpPort, host: env.httpHost });
      case 'webroot':
        if (!cfg.webroot)
          throw new CertdeskError(
            'invalid-input',
            'The webroot method needs the folder your web server serves.',
          );
        return new WebrootHttpSolver(cfg.webroot);
      case 'manual':
        if (!env.prompter)
          throw new CertdeskError(
            'unsupported',
            'Manual mode needs a person to answer; it cannot run unattended. Use another method for automatic renewal.',
          );
        return new ManualHttpSolver(env.prompter, {
          httpPort: env.httpPort,
          resolver: env.dnsResolver,
        });
      default:
        break;
    }
  }
  throw new CertdeskError(
    'unsupported',
    `This version of Certdesk cannot yet validate with ${routeLabel(cfg)}. Choose another method.`,
  );
}

export type { Prompter };
