// Renewal information (issue 5, RFC 9773): when the CA wants a certificate renewed. A CA without
// ARI, or an ARI endpoint that is down, leaves the ratio plan in place; nothing here fails a renewal.
import { toErrorShape } from '../../shared/errors.ts';
import { HOUR_MS } from '../../shared/durations.ts';
import type { StoredCertificate } from '../../storage/schema.ts';
import type { AcmeDirectory } from '../acme/client.ts';
import { splitPem } from '../cert-info.ts';
import { applyRenewalInfo, ariCertId, fetchRenewalInfo } from '../renewal/ari.ts';
import type { EngineCore } from '../core.ts';
import type { AccountsService } from './accounts.ts';
import type { CertificatesService } from './certificates.ts';

/** How long a directory's renewalInfo URL (or its absence) is trusted before asking again. */
const DIRECTORY_CACHE_MS = HOUR_MS;
/** After the ARI endpoint failed: keep the ratio plan and ask again this much later. */
const ARI_FAILURE_RECHECK_MS = HOUR_MS;

export class RenewalInfoService {
  private readonly renewalInfoUrls = new Map<string, { url: string | null; until: number }>();
  private readonly ariFailedUntil = new Map<string, number>();

  private readonly core: EngineCore;
  private readonly accounts: AccountsService;
  private readonly certificates: CertificatesService;

  constructor(core: EngineCore, accounts: AccountsService, certificates: CertificatesService) {
    this.core = core;
    this.accounts = accounts;
    this.certificates = certificates;
  }

  /** The certID of the current certificate: stored at issuance, computed from the chain for older ones. */
  certIdOf(cert: StoredCertificate): string | null {
    if (!cert.current) return null;
    if (cert.current.ariCertId) return cert.current.ariCertId;
    try {
      return ariCertId(splitPem(this.core.storage.readChainSync(cert.id, cert.current.version))[0]);
    } catch {
      return null;
    }
  }

  /** The directory's renewalInfo URL, or null when the CA has no ARI (cached for an hour). */
  async renewalInfoUrl(directoryUrl: string): Promise<string | null> {
    const now = this.core.clock.now();
    const hit = this.renewalInfoUrls.get(directoryUrl);
    if (hit && hit.until > now) return hit.url;
    let dir: AcmeDirectory;
    try {
      dir = await this.accounts.fetchDirectory(directoryUrl);
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
  async refresh(
    id: string,
    opts: { force?: boolean } = {},
  ): Promise<StoredCertificate['ari'] | null> {
    const { storage, log } = this.core;
    const cert = this.certificates.getStored(id);
    if (!cert.current || cert.revoked) return null;
    const now = this.core.clock.now();
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
    const account = storage.read().accounts[cert.accountId];
    if (!account) return null;
    try {
      const url = await this.renewalInfoUrl(account.directoryUrl);
      if (!url) return null;
      const o = this.core.opts;
      const info = await fetchRenewalInfo(url, certId, {
        directoryUrl: account.directoryUrl,
        now,
        ...(o.caCertPem ? { caCertPem: o.caCertPem } : {}),
        ...(o.caTimeoutMs ? { timeoutMs: o.caTimeoutMs } : {}),
      });
      let next: StoredCertificate['ari'] | null = null;
      await storage.update((d) => {
        const c = d.certificates[id];
        // The certificate was renewed meanwhile: this answer is about the old one.
        if (!c?.current || c.current.version !== cert.current?.version) return;
        next = applyRenewalInfo(c.ari, info, certId, now, this.core.random);
        c.current.ariCertId = certId;
        c.ari = next;
      });
      this.ariFailedUntil.delete(id);
      const ari = next as StoredCertificate['ari'] | null;
      if (ari?.movedEarlierAt === new Date(now).toISOString())
        log.warn('the CA moved the renewal window earlier (ARI)', {
          cert: id,
          windowStart: ari.windowStart,
          explanation: ari.explanationUrl,
        });
      return ari;
    } catch (e) {
      this.ariFailedUntil.set(id, now + ARI_FAILURE_RECHECK_MS);
      log.warn('renewal information unavailable; keeping the ratio plan', {
        cert: id,
        error: toErrorShape(e).detail ?? toErrorShape(e).message,
      });
      return cert.ari ?? null;
    }
  }
}
