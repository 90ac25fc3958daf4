// What every engine service is given (lego composes its Core the same way): the Storage port, the
// options, the logger, the clock, ids and randomness (DESIGN.md convention 5), and the set of
// certificates this process is renewing right now.
import { randomBytes } from 'node:crypto';
import type { Storage } from '../storage/port.ts';
import type { CaConnection } from './acme/client.ts';
import type { PollOptions } from './issue.ts';
import type { Prompter, SolverEnv } from './challenges/index.ts';
import { policyPlanner, type RenewalPlanner } from './summary.ts';
import { silentLogger, systemClock, type Clock, type Logger, type Random } from './ports.ts';

export type EngineOptions = {
  dataDir: string;
  app?: string;
  /** Extra root to trust for the CA's own HTTPS (a local test CA). */
  caCertPem?: string;
  httpPort?: number;
  httpHost?: string;
  tlsPort?: number;
  /** Where the live-site check connects (default 443; another port only for a local test site). */
  siteCheckPort?: number;
  dnsResolver?: string;
  logger?: Logger;
  clock?: Clock;
  prompter?: Prompter;
  poll?: PollOptions;
  /** How long one answer from the CA may take (default 30 s). */
  caTimeoutMs?: number;
  /** Randomness for the ARI choice inside the CA's window (DESIGN.md convention 5). */
  random?: Random;
  /** New ids for accounts, certificates and export destinations (default: 12 random hex digits). */
  newId?: () => string;
  /**
   * Tests only: a DNS provider API (Cloudflare) may be a plain-http stand-in on this computer.
   * No face sets it (app/main.ts, cli/context.ts, web): a route or a request cannot reach it.
   */
  plainHttpDnsApiForTests?: boolean;
  /**
   * Tests only: the Cloudflare API address a route without one uses (a local stand-in), checked
   * like a route's own (https, or plain http with plainHttpDnsApiForTests). Set by the e2e stack
   * and by an unpackaged desktop app told so by CERTDESK_TEST_CLOUDFLARE_API (desktop-runtime.ts).
   */
  cloudflareApiForTests?: string;
};

export type EngineCore = {
  readonly storage: Storage;
  readonly opts: EngineOptions;
  readonly log: Logger;
  readonly clock: Clock;
  readonly random: Random;
  readonly newId: () => string;
  readonly planner: RenewalPlanner;
  /** Certificates being issued or renewed by this process. */
  readonly inFlight: Set<string>;
  conn(directoryUrl: string): CaConnection;
  /** The solver settings from the options (ports, resolver, the person to ask). */
  solverBase(prompter?: Prompter): Omit<SolverEnv, 'secret' | 'saveSecret'>;
};

export const MAX_ATTEMPTS_KEPT = 100;
const randomId = (): string => randomBytes(6).toString('hex');

export function createCore(storage: Storage, opts: EngineOptions): EngineCore {
  const log = opts.logger ?? silentLogger;
  return {
    storage,
    opts,
    log,
    clock: opts.clock ?? systemClock,
    random: opts.random ?? Math.random,
    newId: opts.newId ?? randomId,
    planner: policyPlanner,
    inFlight: new Set<string>(),
    conn: (directoryUrl) => ({
      directoryUrl,
      ...(opts.caCertPem ? { caCertPem: opts.caCertPem } : {}),
      ...(opts.caTimeoutMs ? { timeoutMs: opts.caTimeoutMs } : {}),
    }),
    solverBase: (prompter) => ({
      httpPort: opts.httpPort,
      httpHost: opts.httpHost,
      tlsPort: opts.tlsPort,
      dnsResolver: opts.dnsResolver,
      plainHttpDnsApi: opts.plainHttpDnsApiForTests === true,
      ...(opts.cloudflareApiForTests ? { cloudflareApi: opts.cloudflareApiForTests } : {}),
      prompter: prompter ?? opts.prompter,
      log,
    }),
  };
}
