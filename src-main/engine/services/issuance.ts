// Ordering certificates (R7, R17, R22): a new one from the wizard or `certdesk issue`, or a renewal
// of a stored one. Each attempt is recorded in the certificate's history; only one per certificate
// runs at a time, in this process (inFlight) and across processes (the certificate lock).
// The credentials a run uses are issuance-secrets.ts; what it leaves in the store
// issuance-record.ts.
import { CertdeskError } from '../../shared/errors.ts';
import type {
  AttemptTrigger,
  CertificateSummary,
  ChallengeConfig,
  KeyType,
} from '../../shared/types.ts';
import { secretsFor, type RouteSecrets } from '../../shared/route-facts.ts';
import { said, text } from '../../shared/engine-text.ts';
import type { StoredAccount, StoredCertificate } from '../../storage/schema.ts';
import { createSolver } from '../challenges/index.ts';
import { issueOrder } from '../issue.ts';
import { traceMark } from '../../shared/trace.ts';
import { orderTwin, type OrderBase } from './issuance-twin.ts';
import { dualKeyTypes, sameKey } from '../keys.ts';
import { namesKey, normaliseNames } from '../names.ts';
import { pausedError } from '../acme/rate-limits.ts';
import type { ProgressFn } from '../ports.ts';
import { summarize } from '../summary.ts';
import type { EngineCore } from '../core.ts';
import type { AccountsService } from './accounts.ts';
import type { CertificatesService } from './certificates.ts';
import type { RenewalInfoService } from './renewal-info.ts';
import { carriedCredentials, solverSecrets, type Carried } from './issuance-secrets.ts';
import { recordFailure, recordIssued } from './issuance-record.ts';

export type IssueRequest = {
  names: string[];
  challenge: ChallengeConfig;
  keyType?: KeyType;
  /** R17 dual certificates (issue 18): also a certificate with this key of the other family. */
  twinKeyType?: KeyType;
  accountId?: string;
  ca?: string;
  directoryUrl?: string;
  preferredChain?: string;
  /** ACME profile (issue 18); kept with the certificate so renewals ask for the same one. */
  profile?: string;
  force?: boolean;
  reuseKey?: boolean;
  trigger?: AttemptTrigger;
  signal?: AbortSignal;
  onProgress?: ProgressFn;
  /** Credentials for the route; only the ones its variant uses are kept (sealed) for renewals. */
  secrets?: RouteSecrets;
};
export type IssueResult = { certificate: CertificateSummary; reused: boolean; requests: number };
export type RenewOptions = {
  /** Issue 18: the person says the CA's pause is lifted (the mark goes, then it renews). */
  unpaused?: boolean;
  trigger?: AttemptTrigger;
  signal?: AbortSignal;
  onProgress?: ProgressFn;
};

type Run = {
  cert: StoredCertificate;
  account: StoredAccount;
  trigger: AttemptTrigger;
  isNew: boolean;
  signal?: AbortSignal;
  onProgress?: ProgressFn;
  given?: RouteSecrets;
  /** After a route change: the stored credentials it keeps and drops (default: all kept). */
  carried?: Carried;
};

export class IssuanceService {
  private readonly core: EngineCore;
  private readonly accounts: AccountsService;
  private readonly certificates: CertificatesService;
  private readonly renewalInfo: RenewalInfoService;

  constructor(
    core: EngineCore,
    accounts: AccountsService,
    certificates: CertificatesService,
    renewalInfo: RenewalInfoService,
  ) {
    this.core = core;
    this.accounts = accounts;
    this.certificates = certificates;
    this.renewalInfo = renewalInfo;
  }

  async issue(req: IssueRequest): Promise<IssueResult> {
    // IP addresses pass here; issueOrder checks them against the CA's profiles (RFC 8738).
    const names = normaliseNames(req.names, req.challenge.type, { allowIp: true });
    const dual = req.twinKeyType ? dualKeyTypes(req.keyType ?? 'ec256', req.twinKeyType) : null;
    const keyType = dual?.keyType ?? req.keyType;
    const account = this.accounts.pick({
      accountId: req.accountId,
      ca: req.ca,
      directoryUrl: req.directoryUrl,
    });
    const now = this.core.clock.now();
    const existing = this.certificates
      .stored()
      .find((c) => c.accountId === account.id && namesKey(c.names) === namesKey(names));
    if (
      existing?.current &&
      !existing.revoked &&
      Date.parse(existing.current.notAfter) > now &&
      !req.force
    ) {
      // R7: never issue again while a valid certificate for the same names exists, unless forced.
      return {
        certificate: summarize(existing, now, this.core.planner),
        reused: true,
        requests: 0,
      };
    }
    const cert: StoredCertificate = existing ?? {
      id: this.core.newId(),
      names,
      accountId: account.id,
      keyType: keyType ?? 'ec256',
      ...(dual ? { twin: { keyType: dual.twinKeyType, current: null, previous: null } } : {}),
      challenge: req.challenge,
      ...(req.preferredChain ? { preferredChain: req.preferredChain } : {}),
      ...(req.profile ? { profile: req.profile } : {}),
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
      keyType: keyType ?? cert.keyType,
      ...(dual
        ? {
            twin: {
              keyType: dual.twinKeyType,
              current: cert.twin?.current ?? null,
              previous: cert.twin?.previous ?? null,
            },
          }
        : {}),
      ...(req.preferredChain !== undefined ? { preferredChain: req.preferredChain } : {}),
      ...(req.profile !== undefined ? { profile: req.profile } : {}),
    };
    // Issue 20: a forced issuance on another server or API does not take this certificate's
    // stored credentials there; only those of the same destination are offered to the solver.
    const carried = existing
      ? carriedCredentials(
          existing.challenge,
          req.challenge,
          req.secrets,
          this.certificates.storedSecretNames(existing.id),
        )
      : undefined;
    return this.run({
      cert: updated,
      account,
      trigger: req.trigger ?? 'cli',
      isNew: !existing,
      signal: req.signal,
      onProgress: req.onProgress,
      given: req.secrets,
      ...(carried ? { carried } : {}),
    });
  }

  async renew(id: string, opts: RenewOptions = {}): Promise<IssueResult> {
    let cert = this.certificates.getStored(id);
    const account = this.accounts.pick({ accountId: cert.accountId });
    if (cert.paused) {
      // Issue 18: nothing goes to the CA for a paused name until the person says it is unpaused.
      if (!opts.unpaused) throw pausedError({ names: cert.paused.names, url: cert.paused.url });
      await this.certificates.unpause(id);
      cert = this.certificates.getStored(id);
    }
    return this.run({
      cert,
      account,
      trigger: opts.trigger ?? 'manual',
      isNew: false,
      signal: opts.signal,
      onProgress: opts.onProgress,
    });
  }

  private async run(r: Run): Promise<IssueResult> {
    const { cert, account, trigger, isNew } = r;
    const { storage, log, inFlight } = this.core;
    const given: Record<string, string> = secretsFor(cert.challenge, r.given ?? {});
    if (inFlight.has(cert.id))
      throw new CertdeskError(
        'invalid-input',
        `Certificate ${cert.names[0]} is already being renewed. Wait for it to finish.`,
        { retryable: true },
      );
    const releaseLock = storage.lockCertificate(cert.id);
    inFlight.add(cert.id);
    const progress: ProgressFn = (s) => {
      log.info(`issue: ${s.message}`, { cert: cert.id, step: s.step });
      r.onProgress?.(s);
    };
    const secrets = storage.read().secrets;
    try {
      const accountKey = this.accounts.key(account);
      traceMark('account-key');
      let keyPem: string | undefined;
      if (cert.reuseKey && cert.current)
        keyPem = (await storage.readVersion(cert.id, cert.current.version)).keyPem;
      if (keyPem && sameKey(keyPem, accountKey)) keyPem = undefined;
      const solver = createSolver(cert.challenge, {
        ...this.core.solverBase(),
        ...solverSecrets(storage, cert, given, r.carried, secrets),
      });
      progress({
        step: 'account',
        ...said('progress.account', { ca: text(`ca.${account.caId}`), email: account.email }),
      });
      // RFC 9773 section 5: a renewal names the certificate it replaces (sent only where the CA
      // has ARI).
      const replaces = !isNew && cert.current ? this.renewalInfo.certIdOf(cert) : null;
      const base: OrderBase = {
        conn: this.core.conn(account.directoryUrl),
        account: { keyPem: accountKey, accountUrl: account.accountUrl },
        names: cert.names,
        challengeType: cert.challenge.type,
        solver,
        ...(cert.preferredChain ? { preferredChain: cert.preferredChain } : {}),
        signal: r.signal ?? new AbortController().signal,
        progress,
        log,
        ...(this.core.opts.poll ? { poll: this.core.opts.poll } : {}),
        ...(cert.profile ? { profile: cert.profile } : {}),
        caId: account.caId,
      };
      const out = await issueOrder({
        ...base,
        keyType: cert.keyType,
        ...(keyPem ? { keyPem } : {}),
        ...(replaces ? { replaces } : {}),
      });
      const twinOut = cert.twin
        ? await orderTwin(base, cert, storage, accountKey, replaces !== null)
        : null;
      await recordIssued(this.core, {
        cert,
        trigger,
        given,
        ...(r.carried ? { carried: r.carried } : {}),
        out,
        twinOut,
      });
      progress({ step: 'done', ...said('progress.done', { date: out.info.notAfter }) });
      return {
        certificate: this.certificates.settled(cert.id),
        reused: false,
        requests: out.requests,
      };
    } catch (e) {
      if (!isNew) await recordFailure(this.core, cert.id, trigger, e);
      if (e instanceof CertdeskError && e.code === 'account-paused' && e.link)
        await this.certificates.markPaused(cert.id, account.id, e.link, e.text).catch(() => {});
      throw e;
    } finally {
      inFlight.delete(cert.id);
      releaseLock();
    }
  }
}
