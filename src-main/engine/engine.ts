// The engine facade: one object the CLI, the desktop app and browser mode all drive.
import { randomBytes } from 'node:crypto';
import { CertdeskError, textError, toErrorShape } from '../shared/errors.ts';
import type {
  AccountSummary,
  AttemptTrigger,
  CertificateSummary,
  ChallengeConfig,
  KeyType,
} from '../shared/types.ts';
import {
  routeLabel,
  secretsFor,
  SECRET_NAMES,
  type RouteSecrets,
  type SecretName,
} from '../shared/route-facts.ts';
import type { Route } from '../shared/route.ts';
import {
  credentialWords,
  missingCredential,
  planRouteChange,
  type RouteChangePlan,
} from './route-change.ts';
import { openCertSecret, rebindLegacySecrets, sealCertSecret } from './secret-binding.ts';
import { Store } from '../storage/store.ts';
import type { StoredAccount, StoredCertificate } from '../storage/schema.ts';
import { createClient, type AcmeDirectory, type CaConnection } from './acme/client.ts';
import { resolveCa, statusPageFor } from './ca-presets.ts';
import { checkEmail } from './email.ts';
import { generateKeyPem, sameKey } from './keys.ts';
import { namesKey, normaliseNames } from './names.ts';
import { issueOrder, type PollOptions } from './issue.ts';
import { createSolver, type Prompter } from './challenges/index.ts';
// Self-registering solvers (imported here, not from challenges/index.ts, to avoid an import cycle).
import './challenges/dns/index.ts';
import './challenges/tls-alpn.ts';
import { knownHostSecretName } from './challenges/upload/index.ts';
import { isHostKeyFingerprint, normaliseFingerprint } from './challenges/upload/sftp.ts';
import { parseHostPort } from './challenges/upload/remote-path.ts';
import { summarize, policyPlanner, type RenewalPlanner } from './summary.ts';
import { splitPem } from './cert-info.ts';
import {
  exportBundle,
  pasteFields,
  reExport,
  type ExportRequest,
  type ExportResult,
  type KeyMaterial,
} from './export/index.ts';
import type { ExportDestination } from '../shared/types.ts';
import {
  silentLogger,
  systemClock,
  type Clock,
  type Logger,
  type ProgressFn,
  type Random,
} from './ports.ts';
import { applyRenewalInfo, ariCertId, fetchRenewalInfo } from './renewal/ari.ts';
import { HOUR_MS } from '../shared/durations.ts';
import { said, text } from '../shared/engine-text.ts';

export type EngineOptions = {
  dataDir: string;
  app?: string;
  /** Extra root to trust for the CA's own HTTPS (a local test CA). */
  caCertPem?: string;
  httpPort?: number;
  httpHost?: string;
  tlsPort?: number;
  dnsResolver?: string;
  logger?: Logger;
  clock?: Clock;
  prompter?: Prompter;
  poll?: PollOptions;
  /** How long one answer from the CA may take (default 30 s). */
  caTimeoutMs?: number;
  /** Randomness for the ARI choice inside the CA's window (DESIGN.md convention 5). */
  random?: Random;
  /**
   * Tests only: a DNS provider API (Cloudflare) may be a plain-http stand-in on this computer.
   * No face sets it (app/main.ts, cli/context.ts, web): a route or a request cannot reach it.
   */
  plainHttpDnsApiForTests?: boolean;
};

export type CreateAccountInput = {
  ca?: string;
  directoryUrl?: string;
  email: string;
  agreeTos: boolean;
  keyType?: KeyType;
  eab?: { kid: string; hmacKey: string };
};
export type IssueRequest = {
  names: string[];
  challenge: ChallengeConfig;
  keyType?: KeyType;
  accountId?: string;
  ca?: string;
  directoryUrl?: string;
  preferredChain?: string;
  force?: boolean;
  reuseKey?: boolean;
  trigger?: AttemptTrigger;
  signal?: AbortSignal;
  onProgress?: ProgressFn;
  /** Credentials the solver needs (by the solver's names); stored sealed with the certificate on success. */
  /** Credentials for the route; only the ones its variant uses are kept (sealed) for renewals. */
  secrets?: RouteSecrets;
};
export type IssueResult = { certificate: CertificateSummary; reused: boolean; requests: number };

export const REVOCATION_REASONS = {
  unspecified: 0,
  keyCompromise: 1,
  affiliationChanged: 3,
  superseded: 4,
  cessationOfOperation: 5,
} as const;
export type RevocationReason = keyof typeof REVOCATION_REASONS;
const MAX_ATTEMPTS_KEPT = 100;
/** How long a directory's renewalInfo URL (or its absence) is trusted before asking again. */
const DIRECTORY_CACHE_MS = HOUR_MS;
/** After the ARI endpoint failed: keep the ratio plan and ask again this much later. */
const ARI_FAILURE_RECHECK_MS = HOUR_MS;

const newId = (): string => randomBytes(6).toString('hex');
/** Stands in for a person when a manual route is only checked, never run (setRoute). */
const NO_PERSON: Prompter = { waitForUser: async () => {} };

export class Engine {
  readonly store: Store;
  readonly opts: EngineOptions;
  readonly log: Logger;
  readonly clock: Clock;
  planner: RenewalPlanner = policyPlanner;
  private readonly inFlight = new Set<string>();
  private readonly random: Random;
  private readonly renewalInfoUrls = new Map<string, { url: string | null; until: number }>();
  private readonly ariFailedUntil = new Map<string, number>();

  private constructor(store: Store, opts: EngineOptions) {
    this.store = store;
    this.opts = opts;
    this.log = opts.logger ?? silentLogger;
    this.clock = opts.clock ?? systemClock;
    this.random = opts.random ?? Math.random;
  }

  /** A renewal or issuance of this certificate is running in this process. */
  isRenewing(id: string): boolean {
    return this.inFlight.has(id);
  }

  static async open(opts: EngineOptions): Promise<Engine> {
    const store = await Store.open(opts.dataDir, { app: opts.app });
    // Credentials sealed before issue 20 are bound to their destination once, on first open.
    if (Object.keys(store.read().secrets).length > 0) await rebindLegacySecrets(store);
    return new Engine(store, opts);
  }

  private conn(directoryUrl: string): CaConnection {
    return {
      directoryUrl,
      ...(this.opts.caCertPem ? { caCertPem: this.opts.caCertPem } : {}),
      ...(this.opts.caTimeoutMs ? { timeoutMs: this.opts.caTimeoutMs } : {}),
    };
  }

  /** Directory facts the CA tells (R2, R24): Terms of Service, EAB requirement, CAA identities, ARI. */
  async directoryInfo(opts: { ca?: string; directoryUrl?: string }): Promise<{
    directoryUrl: string;
    termsOfService: string | null;
    externalAccountRequired: boolean;
    caaIdentities: string[];
    renewalInfo: string | null;
    website: string | null;
    statusPage: string | null;
  }> {
    const { directoryUrl } = resolveCa(opts);
    const dir = await this.fetchDirectory(directoryUrl);
    return {
      directoryUrl,
      termsOfService: dir.meta?.termsOfService ?? null,
      externalAccountRequired: dir.meta?.externalAccountRequired === true,
      caaIdentities: dir.meta?.caaIdentities ?? [],
      renewalInfo: dir.renewalInfo ?? null,
      website: dir.meta?.website ?? null,
      statusPage: statusPageFor(directoryUrl) ?? null,
    };
  }

  async fetchDirectory(directoryUrl: string): Promise<AcmeDirectory> {
    const throwaway = createClient(
      this.conn(directoryUrl),
      '-----BEGIN PRIVATE KEY-----\n-----END PRIVATE KEY-----\n',
    );
    return throwaway.directory();
  }

  // --- accounts (R2, R3, R5, R17) ---------------------------------------------------------------

  async createAccount(
    input: CreateAccountInput,
  ): Promise<AccountSummary & { termsOfService: string | null }> {
    const email = checkEmail(input.email);
    const { caId, directoryUrl } = resolveCa({ ca: input.ca, directoryUrl: input.directoryUrl });
    const keyType = input.keyType ?? 'ec256';
    const existing = Object.values(this.store.read().accounts).find(
      (a) => a.directoryUrl === directoryUrl && a.email === email,
    );
    if (existing) return { ...publicAccount(existing), termsOfService: null };
    if (
      input.eab &&
      (!input.eab.kid.trim() ||
        !/^[A-Za-z0-9_\-+/=]+$/.test(input.eab.hmacKey) ||
        Buffer.from(input.eab.hmacKey, 'base64url').length < 16)
    ) {
      throw new CertdeskError(
        'eab-invalid',
        "The External Account Binding needs a key ID and an HMAC key (a long base64 text) from your CA's account page. Copy both again.",
      );
    }
    const keyPem = await generateKeyPem(keyType);
    const w = createClient(this.conn(directoryUrl), keyPem, input.eab ? { eab: input.eab } : {});
    let dir: AcmeDirectory;
    try {
      dir = await w.directory();
    } catch (e) {
      throw w.toError(e, "Certdesk could not read the CA's directory.");
    }
    const tos = dir.meta?.termsOfService ?? null;
    if (tos && !input.agreeTos) {
      throw textError('tos-not-agreed', text('error.tosNotAgreed', { url: tos }), { detail: tos });
    }
    if (dir.meta?.externalAccountRequired && !input.eab) {
      throw textError('eab-required', text('error.eabRequired'));
    }
    try {
      await w.client.createAccount({ termsOfServiceAgreed: true, contact: [`mailto:${email}`] });
    } catch (e) {
      const err = w.toError(e, 'Certdesk could not create the account at the CA.');
      // At newAccount, "unauthorized"/"malformed" with a binding means the CA refused the binding.
      if (input.eab && (err.code === 'unauthorized' || err.code === 'malformed')) {
        throw new CertdeskError(
          'eab-invalid',
          'The CA refused the External Account Binding. Copy the key ID and HMAC key again from your account page at the CA (they may have expired or been used).',
          { detail: err.detail },
        );
      }
      throw err;
    }
    const accountUrl = w.client.getAccountUrl();
    const id = newId();
    const now = new Date(this.clock.now()).toISOString();
    const stored: StoredAccount = {
      id,
      caId,
      directoryUrl,
      email,
      keyType,
      accountUrl,
      createdAt: now,
      tosAgreed: tos ? now : null,
      keySealed: this.store.secrets.seal(keyPem, `account-key:${id}`),
      ...(input.eab
        ? {
            eab: {
              kid: input.eab.kid,
              hmacSealed: this.store.secrets.seal(input.eab.hmacKey, `eab:${id}`),
            },
          }
        : {}),
    };
    await this.store.update((d) => {
      d.accounts[id] = stored;
    });
    this.log.info('account created', { id, caId });
    return { ...publicAccount(stored), termsOfService: tos };
  }

  listAccounts(): AccountSummary[] {
    return Object.values(this.store.read().accounts).map(publicAccount);
  }

  pickAccount(opts: { accountId?: string; ca?: string; directoryUrl?: string }): StoredAccount {
    const accounts = Object.values(this.store.read().accounts);
    if (opts.accountId) {
      const a = accounts.find((x) => x.id === opts.accountId);
      if (!a)
        throw new CertdeskError(
          'not-found',
          `There is no account ${opts.accountId}. See the list with: certdesk account list.`,
        );
      return a;
    }
    let pool = accounts;
    if (opts.ca || opts.directoryUrl) {
      const { directoryUrl } = resolveCa(opts);
      pool = accounts.filter((a) => a.directoryUrl === directoryUrl);
    }
    if (pool.length === 1) return pool[0];
    if (pool.length === 0) throw textError('no-account', text('error.noAccount'));
    throw textError(
      'ambiguous-account',
      text('error.ambiguousAccount', {
        count: pool.length,
        list: pool.map((a) => `${a.id} ${a.email} ${a.caId}`).join('; '),
      }),
    );
  }

  // --- certificates (R1, R6, R7, R15, R17, R19) ------------------------------------------------------

  listCertificates(): CertificateSummary[] {
    const now = this.clock.now();
    return Object.values(this.store.read().certificates).map((c) =>
      summarize(c, now, this.planner, this.inFlight.has(c.id)),
    );
  }

  getStored(id: string): StoredCertificate {
    const c = this.store.read().certificates[id];
    if (!c)
      throw new CertdeskError(
        'not-found',
        `There is no certificate ${id}. See the list with: certdesk list.`,
      );
    return c;
  }

  getCertificate(id: string): CertificateSummary & { chainPem: string | null } {
    const c = this.getStored(id);
    const chainPem = c.current ? this.store.readChainSync(c.id, c.current.version) : null;
    return { ...summarize(c, this.clock.now(), this.planner, this.inFlight.has(c.id)), chainPem };
  }

  /** Private key and chain for export (main process only; never sent to a renderer). */
  async keyMaterial(
    id: string,
  ): Promise<{ certPem: string; chainPem: string[]; keyPem: string; names: string[]; id: string }> {
    const c = this.getStored(id);
    if (!c.current)
      throw new CertdeskError(
        'not-found',
        `Certificate ${id} has not been issued yet. Issue it first.`,
      );
    const { chainPem, keyPem } = await this.store.readVersion(c.id, c.current.version);
    const [certPem, ...chain] = splitPem(chainPem);
    return { certPem, chainPem: chain, keyPem, names: c.names, id: c.id };
  }

  /**
   * "Trust the new key" after host-key-changed: records exactly the key the person confirmed with
   * the provider as the one to expect from that SFTP server (not a blank trust-on-first-use, so a
   * third key is still refused).
   */
  async trustSftpHostKey(hostPort: string, fingerprint: string): Promise<void> {
    if (!isHostKeyFingerprint(fingerprint))
      throw new CertdeskError(
        'invalid-input',
        `"${fingerprint.slice(0, 80)}" is not an SSH host key fingerprint.`,
      );
    const { host, port } = parseHostPort(hostPort, 22, 'SFTP');
    const ref = `global:${knownHostSecretName(host, port)}`;
    const sealed = this.store.secrets.seal(normaliseFingerprint(fingerprint), `secret:${ref}`);
    await this.store.update((d) => {
      d.secrets[ref] = sealed;
    });
    this.log.info('upload: the person trusted a new SFTP host key', {
      server: `${host}:${port}`,
      fingerprint: normaliseFingerprint(fingerprint),
    });
  }
  async issue(req: IssueRequest): Promise<IssueResult> {
    const names = normaliseNames(req.names, req.challenge.type);
    const account = this.pickAccount({
      accountId: req.accountId,
      ca: req.ca,
      directoryUrl: req.directoryUrl,
    });
    const now = this.clock.now();
    const existing = Object.values(this.store.read().certificates).find(
      (c) => c.accountId === account.id && namesKey(c.names) === namesKey(names),
    );
    if (
      existing?.current &&
      !existing.revoked &&
      Date.parse(existing.current.notAfter) > now &&
      !req.force
    ) {
      // R7: never issue again while a valid certificate for the same names exists, unless forced.
      return { certificate: summarize(existing, now, this.planner), reused: true, requests: 0 };
    }
    const cert: StoredCertificate = existing ?? {
      id: newId(),
      names,
      accountId: account.id,
      keyType: req.keyType ?? 'ec256',
      challenge: req.challenge,
      ...(req.preferredChain ? { preferredChain: req.preferredChain } : {}),
      ...(req.reuseKey ? { reuseKey: true } : {}),
      createdAt: new Date(now).toISOString(),
      current: null,
      previous: null,
      attempts: [],
      exports: [],
    };
    const updated: StoredCertificate = {
      ...cert,
      challenge: req.challenge,
      keyType: req.keyType ?? cert.keyType,
      ...(req.preferredChain !== undefined ? { preferredChain: req.preferredChain } : {}),
    };
    // Issue 20: a forced issuance on another server or API does not take this certificate's
    // stored credentials there; only those of the same destination are offered to the solver.
    const carried = existing
      ? this.carriedCredentials(existing.id, existing.challenge, req.challenge, req.secrets)
      : undefined;
    return this.runIssuance(
      updated,
      account,
      req.trigger ?? 'cli',
      !existing,
      req.signal,
      req.onProgress,
      req.secrets,
      carried,
    );
  }

  /** Which stored credentials a new route may use; refused when a needed one is for elsewhere. */
  private carriedCredentials(
    id: string,
    from: Route,
    to: Route,
    given: RouteSecrets | undefined,
  ): RouteChangePlan {
    const plan = planRouteChange(from, to, given, this.storedSecretNames(id));
    if (plan.notCarried.length > 0) {
      const available = new Set<SecretName>([
        ...(Object.keys(plan.seal) as SecretName[]),
        ...plan.keep,
      ]);
      const missing = missingCredential(to, available);
      if (missing?.some((n) => plan.notCarried.includes(n)))
        throw new CertdeskError(
          'credentials-needed',
          `The ${credentialWords(missing)} stored for this certificate belongs to the server or account you changed, so Certdesk does not send it to the new one. Type the ${credentialWords(missing)} for the new one, then try again.`,
        );
    }
    return plan;
  }

  async renew(
    id: string,
    opts: { trigger?: AttemptTrigger; signal?: AbortSignal; onProgress?: ProgressFn } = {},
  ): Promise<IssueResult> {
    const cert = this.getStored(id);
    const account = this.pickAccount({ accountId: cert.accountId });
    return this.runIssuance(
      cert,
      account,
      opts.trigger ?? 'manual',
      false,
      opts.signal,
      opts.onProgress,
    );
  }

  private async runIssuance(
    cert: StoredCertificate,
    account: StoredAccount,
    trigger: AttemptTrigger,
    isNew: boolean,
    signal?: AbortSignal,
    onProgress?: ProgressFn,
    givenAll: RouteSecrets = {},
    /** After a route change: the stored credentials it keeps and drops (default: all kept). */
    carried?: Pick<RouteChangePlan, 'keep' | 'drop' | 'notCarried'>,
  ): Promise<IssueResult> {
    const given: Record<string, string> = secretsFor(cert.challenge, givenAll);
    if (this.inFlight.has(cert.id))
      throw new CertdeskError(
        'invalid-input',
        `Certificate ${cert.names[0]} is already being renewed. Wait for it to finish.`,
        { retryable: true },
      );
    const releaseLock = this.store.lockCertificate(cert.id);
    this.inFlight.add(cert.id);
    const progress: ProgressFn = (s) => {
      this.log.info(`issue: ${s.message}`, { cert: cert.id, step: s.step });
      onProgress?.(s);
    };
    const secrets = this.store.read().secrets;
    try {
      const accountKey = this.store.secrets.open(account.keySealed, `account-key:${account.id}`);
      let keyPem: string | undefined;
      if (cert.reuseKey && cert.current)
        keyPem = (await this.store.readVersion(cert.id, cert.current.version)).keyPem;
      if (keyPem && sameKey(keyPem, accountKey)) keyPem = undefined;
      const solver = createSolver(cert.challenge, {
        httpPort: this.opts.httpPort,
        httpHost: this.opts.httpHost,
        tlsPort: this.opts.tlsPort,
        dnsResolver: this.opts.dnsResolver,
        plainHttpDnsApi: this.opts.plainHttpDnsApiForTests === true,
        prompter: this.opts.prompter,
        log: this.log,
        secret: (name) => {
          if (given[name] !== undefined) return given[name];
          const n = name as SecretName;
          if ((SECRET_NAMES as readonly string[]).includes(name)) {
            if (carried && !carried.keep.includes(n)) return undefined;
            const own = secrets[`${cert.id}:${n}`] ?? this.store.read().secrets[`${cert.id}:${n}`];
            // Bound to the route's destination: a credential for another server does not open.
            if (own) return openCertSecret(this.store.secrets, own, cert.id, n, cert.challenge);
          }
          const ref = `global:${name}`;
          const sealed = secrets[ref] ?? this.store.read().secrets[ref];
          return sealed ? this.store.secrets.open(sealed, `secret:${ref}`) : undefined;
        },
        saveSecret: async (name, value) => {
          const ref = `global:${name}`;
          const sealed = this.store.secrets.seal(value, `secret:${ref}`);
          await this.store.update((d) => {
            d.secrets[ref] = sealed;
          });
        },
      });
      progress({
        step: 'account',
        ...said('progress.account', { ca: text(`ca.${account.caId}`), email: account.email }),
      });
      // RFC 9773 section 5: a renewal names the certificate it replaces (sent only where the CA has ARI).
      const replaces = !isNew && cert.current ? this.certIdOf(cert) : null;
      const out = await issueOrder({
        conn: this.conn(account.directoryUrl),
        account: { keyPem: accountKey, accountUrl: account.accountUrl },
        names: cert.names,
        keyType: cert.keyType,
        ...(keyPem ? { keyPem } : {}),
        challengeType: cert.challenge.type,
        solver,
        ...(cert.preferredChain ? { preferredChain: cert.preferredChain } : {}),
        signal: signal ?? new AbortController().signal,
        progress,
        log: this.log,
        ...(this.opts.poll ? { poll: this.opts.poll } : {}),
        ...(replaces ? { replaces } : {}),
      });
      let newCertId: string | null = null;
      try {
        newCertId = ariCertId(splitPem(out.chainPem)[0]);
      } catch (e) {
        this.log.warn('no ARI certID for the new certificate', {
          cert: cert.id,
          error: (e as Error).message,
        });
      }
      const version = `${new Date(this.clock.now())
        .toISOString()
        .replace(/[-:.TZ]/g, '')
        .slice(0, 14)}-${randomBytes(3).toString('hex')}`;
      // New files first, then the pointer: a crash in between leaves the old certificate in use.
      await this.store.writeVersion(cert.id, version, out.chainPem, out.keyPem);
      const at = new Date(this.clock.now()).toISOString();
      let dropped: string | null = null;
      await this.store.update((d) => {
        const cur = d.certificates[cert.id] ?? cert;
        dropped = cur.previous?.version ?? null;
        for (const n of [...(carried?.drop ?? []), ...(carried?.notCarried ?? [])])
          delete d.secrets[`${cert.id}:${n}`];
        for (const [name, value] of Object.entries(given))
          d.secrets[`${cert.id}:${name}`] = sealCertSecret(
            this.store.secrets,
            cert.id,
            name as SecretName,
            cert.challenge,
            value,
          );
        d.certificates[cert.id] = {
          ...cert,
          exports: cur.exports,
          attempts: [...cur.attempts, { at, trigger, outcome: 'success' as const }].slice(
            -MAX_ATTEMPTS_KEPT,
          ),
          previous: cur.current,
          revoked: undefined,
          ari: undefined,
          notified: cur.notified,
          current: {
            version,
            notBefore: out.info.notBefore,
            notAfter: out.info.notAfter,
            serial: out.info.serial,
            issuer: out.info.issuer,
            chainIssuers: out.info.chainIssuers,
            issuedAt: at,
            ...(newCertId ? { ariCertId: newCertId } : {}),
          },
        };
      });
      if (dropped) this.store.removeVersion(cert.id, dropped);
      progress({ step: 'done', ...said('progress.done', { date: out.info.notAfter }) });
      return {
        certificate: summarize(this.getStored(cert.id), this.clock.now(), this.planner),
        reused: false,
        requests: out.requests,
      };
    } catch (e) {
      const shape = toErrorShape(e);
      if (!isNew) {
        const at = new Date(this.clock.now()).toISOString();
        await this.store
          .update((d) => {
            const cur = d.certificates[cert.id];
            if (cur)
              cur.attempts = [
                ...cur.attempts,
                {
                  at,
                  trigger,
                  outcome: 'failure' as const,
                  errorCode: shape.code,
                  message: shape.message,
                  ...(shape.retryAfter ? { retryAfter: shape.retryAfter } : {}),
                },
              ].slice(-MAX_ATTEMPTS_KEPT);
          })
          .catch(() => {});
      }
      throw e;
    } finally {
      this.inFlight.delete(cert.id);
      releaseLock();
    }
  }

  // --- change the route later (issue 15) ---------------------------------------------------------

  /** Names of the credentials stored sealed for this certificate's route (never their values). */
  storedSecretNames(id: string): SecretName[] {
    const secrets = this.store.read().secrets;
    return SECRET_NAMES.filter((n) => secrets[`${id}:${n}`] !== undefined);
  }

  /**
   * Changes how the CA reaches the person for this certificate, without issuing: the next renewal
   * uses the new route. Refused (nothing changed) when the route cannot build a solver, e.g. a
   * credential is missing, or a stored one belongs to a server the route no longer names.
   * Stores only the credentials the new route uses; the rest of this certificate's go.
   */
  async setRoute(id: string, challenge: Route, given?: RouteSecrets): Promise<CertificateSummary> {
    const cert = this.getStored(id);
    normaliseNames(cert.names, challenge.type); // a wildcard stays on dns-01 (R15)
    if (this.inFlight.has(id))
      throw new CertdeskError(
        'store-locked',
        `Certificate ${cert.names[0]} is being renewed right now. Change how the CA reaches you when it has finished.`,
        { retryable: true },
      );
    const release = this.store.lockCertificate(id);
    try {
      const plan = planRouteChange(cert.challenge, challenge, given, this.storedSecretNames(id));
      const available = new Set<SecretName>([
        ...(Object.keys(plan.seal) as SecretName[]),
        ...plan.keep,
      ]);
      const missing = missingCredential(challenge, available);
      if (missing) {
        const moved = plan.notCarried.some((n) => missing.includes(n));
        throw new CertdeskError(
          'credentials-needed',
          moved
            ? `The ${credentialWords(missing)} stored for this certificate belongs to the server or account you changed, so Certdesk does not send it to the new one. Type the ${credentialWords(missing)} for the new one, then save again.`
            : `This way of reaching you needs the ${credentialWords(missing)}. Type it, then save again.`,
        );
      }
      // Builds the solver as a renewal would (nothing connects yet): a bad field is refused now.
      const sealed = this.store.read().secrets;
      createSolver(challenge, {
        httpPort: this.opts.httpPort,
        httpHost: this.opts.httpHost,
        tlsPort: this.opts.tlsPort,
        dnsResolver: this.opts.dnsResolver,
        plainHttpDnsApi: this.opts.plainHttpDnsApiForTests === true,
        // Manual routes are allowed here: the person answers at renewal time, in the window.
        prompter: this.opts.prompter ?? NO_PERSON,
        log: this.log,
        secret: (name) => {
          const n = name as SecretName;
          if (plan.seal[n] !== undefined) return plan.seal[n];
          if (plan.keep.includes(n))
            return openCertSecret(this.store.secrets, sealed[`${id}:${n}`], id, n, cert.challenge);
          if ((SECRET_NAMES as readonly string[]).includes(name)) return undefined;
          const g = sealed[`global:${name}`];
          return g ? this.store.secrets.open(g, `secret:global:${name}`) : undefined;
        },
        saveSecret: async () => {},
      });
      await this.store.update((d) => {
        const c = d.certificates[id];
        if (!c) return;
        c.challenge = challenge;
        for (const n of plan.drop) delete d.secrets[`${id}:${n}`];
        for (const [n, v] of Object.entries(plan.seal))
          d.secrets[`${id}:${n}`] = sealCertSecret(
            this.store.secrets,
            id,
            n as SecretName,
            challenge,
            v,
          );
      });
      this.log.info('route changed', {
        cert: id,
        from: routeLabel(cert.challenge),
        to: routeLabel(challenge),
        sealed: Object.keys(plan.seal).join(',') || '-',
        kept: plan.keep.join(',') || '-',
        dropped: plan.drop.join(',') || '-',
      });
      return summarize(this.getStored(id), this.clock.now(), this.planner);
    } finally {
      release();
    }
  }

  // --- renewal information (issue 5, RFC 9773) --------------------------------------------------------

  /** The certID of the current certificate: stored at issuance, computed from the chain for older ones. */
  private certIdOf(cert: StoredCertificate): string | null {
    if (!cert.current) return null;
    if (cert.current.ariCertId) return cert.current.ariCertId;
    try {
      return ariCertId(splitPem(this.store.readChainSync(cert.id, cert.current.version))[0]);
    } catch {
      return null;
    }
  }

  /** The directory's renewalInfo URL, or null when the CA has no ARI (cached for an hour). */
  async renewalInfoUrl(directoryUrl: string): Promise<string | null> {
    const now = this.clock.now();
    const hit = this.renewalInfoUrls.get(directoryUrl);
    if (hit && hit.until > now) return hit.url;
    let dir: AcmeDirectory;
    try {
      dir = await this.fetchDirectory(directoryUrl);
    } catch (e) {
      // A CA that does not answer is not asked again for every certificate of the same run.
      this.renewalInfoUrls.set(directoryUrl, {
        url: null,
        until: now + ARI_FAILURE_RECHECK_MS / 6,
      });
      throw e;
    }
    const url = typeof dir.renewalInfo === 'string' ? dir.renewalInfo : null;
    this.renewalInfoUrls.set(directoryUrl, { url, until: now + DIRECTORY_CACHE_MS });
    return url;
  }

  /**
   * Asks the CA when it wants this certificate renewed (RFC 9773) and keeps the answer in cert.ari.
   * Never fails a renewal: a CA without ARI, or an ARI endpoint that is down, leaves the ratio plan
   * in place (returns null). Asks again only after the CA's Retry-After unless `force`.
   */
  async refreshRenewalInfo(
    id: string,
    opts: { force?: boolean } = {},
  ): Promise<StoredCertificate['ari'] | null> {
    const cert = this.getStored(id);
    if (!cert.current || cert.revoked) return null;
    const now = this.clock.now();
    const certId = this.certIdOf(cert);
    if (!certId) return null;
    if (!opts.force) {
      if (
        cert.ari?.certId === certId &&
        cert.ari.retryAfter &&
        Date.parse(cert.ari.retryAfter) > now
      )
        return cert.ari;
      if ((this.ariFailedUntil.get(id) ?? 0) > now) return cert.ari ?? null;
    }
    const account = this.store.read().accounts[cert.accountId];
    if (!account) return null;
    try {
      const url = await this.renewalInfoUrl(account.directoryUrl);
      if (!url) return null;
      const info = await fetchRenewalInfo(url, certId, {
        directoryUrl: account.directoryUrl,
        now,
        ...(this.opts.caCertPem ? { caCertPem: this.opts.caCertPem } : {}),
        ...(this.opts.caTimeoutMs ? { timeoutMs: this.opts.caTimeoutMs } : {}),
      });
      let next: StoredCertificate['ari'] | null = null;
      await this.store.update((d) => {
        const c = d.certificates[id];
        // The certificate was renewed meanwhile: this answer is about the old one.
        if (!c?.current || c.current.version !== cert.current?.version) return;
        next = applyRenewalInfo(c.ari, info, certId, now, this.random);
        c.current.ariCertId = certId;
        c.ari = next;
      });
      this.ariFailedUntil.delete(id);
      const ari = next as StoredCertificate['ari'] | null;
      if (ari?.movedEarlierAt === new Date(now).toISOString())
        this.log.warn('the CA moved the renewal window earlier (ARI)', {
          cert: id,
          windowStart: ari.windowStart,
          explanation: ari.explanationUrl,
        });
      return ari;
    } catch (e) {
      this.ariFailedUntil.set(id, now + ARI_FAILURE_RECHECK_MS);
      this.log.warn('renewal information unavailable; keeping the ratio plan', {
        cert: id,
        error: toErrorShape(e).detail ?? toErrorShape(e).message,
      });
      return cert.ari ?? null;
    }
  }

  async revoke(id: string, reason: RevocationReason = 'unspecified'): Promise<CertificateSummary> {
    const code = REVOCATION_REASONS[reason];
    if (code === undefined)
      throw new CertdeskError(
        'invalid-input',
        `Unknown reason "${reason}". Use one of: ${Object.keys(REVOCATION_REASONS).join(', ')}.`,
      );
    const cert = this.getStored(id);
    if (!cert.current)
      throw new CertdeskError(
        'not-found',
        `Certificate ${id} has not been issued, so there is nothing to revoke.`,
      );
    if (cert.revoked)
      throw new CertdeskError('already-revoked', 'This certificate is already revoked.');
    const account = this.pickAccount({ accountId: cert.accountId });
    const w = createClient(
      this.conn(account.directoryUrl),
      this.store.secrets.open(account.keySealed, `account-key:${account.id}`),
      { accountUrl: account.accountUrl },
    );
    const leaf = splitPem(this.store.readChainSync(cert.id, cert.current.version))[0];
    try {
      await w.client.revokeCertificate(leaf, { reason: code });
    } catch (e) {
      throw w.toError(e, 'Certdesk could not revoke the certificate.');
    }
    const at = new Date(this.clock.now()).toISOString();
    await this.store.update((d) => {
      const c = d.certificates[id];
      if (c) c.revoked = { at, reason };
    });
    return summarize(this.getStored(id), this.clock.now(), this.planner);
  }

  // --- export (issue 6): keys go from here to disk only, never to a renderer or a log ----------------

  async exportCertificate(
    id: string,
    req: ExportRequest & { remember?: boolean; postCommand?: string },
  ): Promise<ExportResult & { destination?: ExportDestination }> {
    const material: KeyMaterial = await this.keyMaterial(id);
    const result = await exportBundle(material, req);
    if (!req.remember) return result;
    const destination: ExportDestination = {
      id: newId(),
      dir: req.dir,
      ...(req.format ? { format: req.format } : {}),
      ...(req.preset ? { preset: req.preset } : {}),
      ...(req.pfxEncoding ? { pfxEncoding: req.pfxEncoding } : {}),
      ...(req.rsaKeyFormat ? { rsaKeyFormat: req.rsaKeyFormat } : {}),
      ...(req.postCommand ? { postCommand: req.postCommand } : {}),
      ...(req.password ? { hasPassword: true } : {}),
      lastRunAt: new Date(this.clock.now()).toISOString(),
      lastOutcome: 'ok',
    };
    await this.store.update((d) => {
      const c = d.certificates[id];
      if (!c) return;
      // One destination per folder: exporting to the same folder again replaces its settings.
      c.exports = [...c.exports.filter((e) => e.dir !== req.dir), destination];
      if (req.password)
        d.secrets[`${id}:export:${destination.id}`] = this.store.secrets.seal(
          req.password,
          `secret:${id}:export:${destination.id}`,
        );
    });
    return { ...result, destination };
  }

  /** Text for control panels that take pasted fields; the key only for main-process use (clipboard, file). */
  async pasteFields(id: string): Promise<{ certificate: string; caBundle: string }> {
    const { certificate, caBundle } = pasteFields(await this.keyMaterial(id));
    return { certificate, caBundle };
  }

  async removeExportDestination(id: string, destinationId: string): Promise<void> {
    await this.store.update((d) => {
      const c = d.certificates[id];
      if (c) c.exports = c.exports.filter((e) => e.id !== destinationId);
      delete d.secrets[`${id}:export:${destinationId}`];
    });
  }

  /** After a renewal: every remembered destination is written again, then its command runs (R23: outcome recorded). */
  async reExportAll(
    id: string,
    signal?: AbortSignal,
  ): Promise<{ destination: ExportDestination; ok: boolean; outcome: string }[]> {
    const cert = this.getStored(id);
    if (cert.exports.length === 0) return [];
    const material = await this.keyMaterial(id);
    const outcomes: { destination: ExportDestination; ok: boolean; outcome: string }[] = [];
    for (const dest of cert.exports) {
      const sealed = this.store.read().secrets[`${id}:export:${dest.id}`];
      const password = sealed
        ? this.store.secrets.open(sealed, `secret:${id}:export:${dest.id}`)
        : undefined;
      let outcome: string;
      let ok = true;
      try {
        const r = await reExport(
          {
            dir: dest.dir,
            ...(dest.format ? { format: dest.format as ExportRequest['format'] } : {}),
            ...(dest.preset ? { preset: dest.preset as ExportRequest['preset'] } : {}),
            ...(password ? { password } : {}),
            ...(dest.pfxEncoding ? { pfxEncoding: dest.pfxEncoding } : {}),
            ...(dest.rsaKeyFormat ? { rsaKeyFormat: dest.rsaKeyFormat } : {}),
            ...(dest.postCommand ? { postCommand: dest.postCommand } : {}),
          },
          material,
          signal ? { signal } : {},
        );
        if (r.postCommand && !r.postCommand.ok) {
          ok = false;
          outcome = `command failed: ${r.postCommand.summary}`;
        } else outcome = r.postCommand ? `ok; command: ${r.postCommand.summary}` : 'ok';
      } catch (e) {
        ok = false;
        outcome = `export failed: ${toErrorShape(e).message}`;
      }
      this.log.info('re-export', { cert: id, dir: dest.dir, ok });
      outcomes.push({ destination: dest, ok, outcome });
    }
    const at = new Date(this.clock.now()).toISOString();
    await this.store.update((d) => {
      const c = d.certificates[id];
      if (!c) return;
      c.exports = c.exports.map((e) => {
        const o = outcomes.find((x) => x.destination.id === e.id);
        return o ? { ...e, lastRunAt: at, lastOutcome: o.outcome } : e;
      });
    });
    return outcomes;
  }

  async deleteCertificate(id: string): Promise<void> {
    this.getStored(id);
    await this.store.update((d) => {
      delete d.certificates[id];
      for (const ref of Object.keys(d.secrets)) if (ref.startsWith(`${id}:`)) delete d.secrets[ref];
    });
    this.store.removeCertificateFiles(id);
  }
}

function publicAccount(a: StoredAccount): AccountSummary {
  return {
    id: a.id,
    caId: a.caId,
    directoryUrl: a.directoryUrl,
    email: a.email,
    keyType: a.keyType,
    accountUrl: a.accountUrl,
    createdAt: a.createdAt,
    tosAgreed: a.tosAgreed,
  };
}
