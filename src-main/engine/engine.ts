// The engine facade: one object the CLI, the desktop app and browser mode all drive, composed of
// small services (as lego composes its Core): accounts, issuance, certificates, renewal
// information, export and settings, over a Storage port (the file store in production).
import { rebindLegacySecrets } from './secret-binding.ts';
import type { AccountSummary, CertificateSummary, ExportDestination } from '../shared/types.ts';
import type { RouteSecrets, SecretName } from '../shared/route-facts.ts';
import type { Route } from '../shared/route.ts';
import { Store } from '../storage/store.ts';
import type { Storage } from '../storage/port.ts';
import type { StoredAccount, StoredCertificate } from '../storage/schema.ts';
import type { AcmeDirectory } from './acme/client.ts';
// Self-registering solvers (imported here, not from challenges/index.ts, to avoid an import cycle).
import './challenges/dns/index.ts';
import './challenges/tls-alpn.ts';
import type { ExportResult } from './export/index.ts';
import type { Clock, Logger } from './ports.ts';
import type { RenewalPlanner } from './summary.ts';
import { createCore, type EngineCore, type EngineOptions } from './core.ts';
import {
  AccountsService,
  type CreateAccountInput,
  type DirectoryInfo,
} from './services/accounts.ts';
import {
  CertificatesService,
  type KeyMaterialOut,
  type RevocationReason,
} from './services/certificates.ts';
import {
  IssuanceService,
  type IssueRequest,
  type IssueResult,
  type RenewOptions,
} from './services/issuance.ts';
import { RenewalInfoService } from './services/renewal-info.ts';
import { ProfilesService } from './services/profile-change.ts';
import { ExportsService, type ExportOptions, type ReExportOutcome } from './services/exports.ts';
import { SettingsService } from './services/settings.ts';
import { SiteCheckService } from './services/site-check.ts';
import {
  renewAndDeploy,
  type DeployOutcome,
  type RenewedAndDeployed,
} from './renewal/renew-and-deploy.ts';
import { DeployService } from './deploy/service.ts';
import { checkAfterDeploy, checkQuietly, settleWaits } from './sitecheck/follow-up.ts';

export type { EngineOptions } from './core.ts';
export type { CreateAccountInput } from './services/accounts.ts';
export type { IssueRequest, IssueResult } from './services/issuance.ts';
export { REVOCATION_REASONS, type RevocationReason } from './services/certificates.ts';

export class Engine {
  /** The Storage port the services share (engine-internal: faces go through the services). */
  readonly store: Storage;
  readonly opts: EngineOptions;
  readonly log: Logger;
  readonly clock: Clock;
  readonly planner: RenewalPlanner;
  readonly accounts: AccountsService;
  readonly certificates: CertificatesService;
  readonly renewalInfo: RenewalInfoService;
  /** The CA's ACME profiles, and changing a certificate's (issue 18). */
  readonly profiles: ProfilesService;
  readonly issuance: IssuanceService;
  readonly exports: ExportsService;
  readonly settings: SettingsService;
  /** The live-site check (issue 17). */
  readonly siteCheck: SiteCheckService;
  /** Deployment targets: where each certificate is used (issue 17). */
  readonly deploy: DeployService;
  private readonly core: EngineCore;

  /** An engine over any Storage (tests may give their own); Engine.open uses the file store. */
  constructor(storage: Storage, opts: EngineOptions) {
    this.core = createCore(storage, opts);
    this.store = storage;
    this.opts = opts;
    this.log = this.core.log;
    this.clock = this.core.clock;
    this.planner = this.core.planner;
    this.accounts = new AccountsService(this.core);
    this.certificates = new CertificatesService(this.core, this.accounts);
    this.renewalInfo = new RenewalInfoService(this.core, this.accounts, this.certificates);
    this.profiles = new ProfilesService(this.core, this.accounts, this.certificates);
    this.issuance = new IssuanceService(
      this.core,
      this.accounts,
      this.certificates,
      this.renewalInfo,
    );
    this.exports = new ExportsService(this.core, this.certificates);
    this.settings = new SettingsService(this.core);
    this.siteCheck = new SiteCheckService(this.core);
    this.deploy = new DeployService(this.core, this.certificates);
    // Each deployment is followed by the live-site check, which may end a manual target's wait;
    // after a delivery it gives the server's reload a moment (follow-up.ts SETTLE_PAUSES_MS).
    this.deploy.afterRun = (id, delivered) => checkAfterDeploy(this, id, this.core.log, delivered);
    this.siteCheck.afterCheck = (id) => settleWaits(this, id, this.core.log);
  }

  static async open(opts: EngineOptions): Promise<Engine> {
    const store = await Store.open(opts.dataDir, { app: opts.app });
    // Credentials sealed before issue 20 are bound to their destination once, on first open.
    if (Object.keys(store.read().secrets).length > 0) await rebindLegacySecrets(store);
    return new Engine(store, opts);
  }

  /** A renewal or issuance of this certificate is running in this process. */
  isRenewing(id: string): boolean {
    return this.core.inFlight.has(id);
  }

  // --- accounts ---
  directoryInfo(opts: { ca?: string; directoryUrl?: string }): Promise<DirectoryInfo> {
    return this.accounts.directoryInfo(opts);
  }
  fetchDirectory(directoryUrl: string): Promise<AcmeDirectory> {
    return this.accounts.fetchDirectory(directoryUrl);
  }
  createAccount(
    input: CreateAccountInput,
  ): Promise<AccountSummary & { termsOfService: string | null }> {
    return this.accounts.create(input);
  }
  listAccounts(): AccountSummary[] {
    return this.accounts.list();
  }
  pickAccount(opts: { accountId?: string; ca?: string; directoryUrl?: string }): StoredAccount {
    return this.accounts.pick(opts);
  }

  // --- certificates ---
  listCertificates(): CertificateSummary[] {
    return this.certificates.list();
  }
  storedCertificates(): StoredCertificate[] {
    return this.certificates.stored();
  }
  getStored(id: string): StoredCertificate {
    return this.certificates.getStored(id);
  }
  getCertificate(id: string): CertificateSummary & { chainPem: string | null } {
    return this.certificates.get(id);
  }
  keyMaterial(id: string): Promise<KeyMaterialOut> {
    return this.certificates.keyMaterial(id);
  }
  trustSftpHostKey(hostPort: string, fingerprint: string): Promise<void> {
    return this.certificates.trustSftpHostKey(hostPort, fingerprint);
  }
  storedSecretNames(id: string): SecretName[] {
    return this.certificates.storedSecretNames(id);
  }
  setRoute(id: string, challenge: Route, given?: RouteSecrets): Promise<CertificateSummary> {
    return this.certificates.setRoute(id, challenge, given);
  }
  /** The profile the next renewal asks for (issue 18); null: the CA's default. */
  setProfile(id: string, profile: string | null): Promise<CertificateSummary> {
    return this.profiles.set(id, profile);
  }
  revoke(id: string, reason?: RevocationReason): Promise<CertificateSummary> {
    return this.certificates.revoke(id, reason);
  }
  deleteCertificate(id: string): Promise<void> {
    return this.certificates.delete(id);
  }

  // --- issuance and renewal ---
  issue(req: IssueRequest): Promise<IssueResult> {
    return this.issuance.issue(req);
  }
  renew(id: string, opts: RenewOptions = {}): Promise<IssueResult> {
    return this.issuance.renew(id, opts);
  }
  /** Renew, then write every remembered destination again and run its command (one implementation). */
  renewAndDeploy(
    id: string,
    opts: Omit<RenewOptions, 'trigger'> & Required<Pick<RenewOptions, 'trigger'>>,
  ): Promise<RenewedAndDeployed<IssueResult>> {
    return renewAndDeploy(this, id, { ...opts, log: this.log });
  }
  renewalInfoUrl(directoryUrl: string): Promise<string | null> {
    return this.renewalInfo.renewalInfoUrl(directoryUrl);
  }
  refreshRenewalInfo(
    id: string,
    opts: { force?: boolean } = {},
  ): Promise<StoredCertificate['ari'] | null> {
    return this.renewalInfo.refresh(id, opts);
  }

  // --- export ---
  exportCertificate(
    id: string,
    req: ExportOptions,
  ): Promise<ExportResult & { destination?: ExportDestination }> {
    return this.exports.export(id, req);
  }
  pasteFields(id: string): Promise<{ certificate: string; caBundle: string }> {
    return this.exports.pasteFields(id);
  }
  removeExportDestination(id: string, destinationId: string): Promise<void> {
    return this.exports.removeDestination(id, destinationId);
  }
  reExportAll(id: string, signal?: AbortSignal): Promise<ReExportOutcome[]> {
    return this.exports.reExportAll(id, signal);
  }

  // --- deployment (issue 17) ---
  /** The scheduler's daily live-site check; ends the waits it settles, never throws. */
  checkSite(id: string): Promise<void> {
    return checkQuietly(this, id, this.core.log);
  }
  /** After a renewal: every target of the certificate, each run recorded in its history. */
  async deployAll(id: string, signal?: AbortSignal): Promise<DeployOutcome[]> {
    const runs = await this.deploy.run(id, { trigger: 'renewed', ...(signal ? { signal } : {}) });
    return runs.map(({ target, run }) => ({
      dir: target.config.kind === 'local' ? target.config.dir : target.where,
      ok: run.ok,
      outcome: run.ok ? 'ok' : (run.message ?? run.errorCode ?? 'failed'),
      targetId: target.id,
      ...(run.errorCode === 'waiting' ? { waiting: true } : {}),
    }));
  }
}
