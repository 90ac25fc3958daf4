// The ACME profiles a CA offers, and changing the profile of a stored certificate (issue 18). The
// list and its descriptions are read from the CA's own directory (meta.profiles, R24) every time,
// so an unknown profile is refused with the CA's current list before anything is kept; the next
// renewal asks for the new one in newOrder (draft-ietf-acme-profiles). Nothing is ordered here.
import { textError } from '../../shared/errors.ts';
import { text } from '../../shared/engine-text.ts';
import type { CertificateSummary } from '../../shared/types.ts';
import { checkProfile, ipAllowedBy, ipOf, ipProfilesOf, profilesOf } from '../profiles.ts';
import type { CaProfile } from '../profiles.ts';
import type { EngineCore } from '../core.ts';
import type { AccountsService } from './accounts.ts';
import type { CertificatesService } from './certificates.ts';

export type CaProfiles = {
  /** Empty: the CA has no profiles, and its default applies. */
  profiles: CaProfile[];
  /** Profiles that allow IP addresses (RFC 8738); null: the CA has no profiles and decides. */
  ipProfiles: string[] | null;
};

export class ProfilesService {
  private readonly core: EngineCore;
  private readonly accounts: AccountsService;
  private readonly certificates: CertificatesService;

  constructor(core: EngineCore, accounts: AccountsService, certificates: CertificatesService) {
    this.core = core;
    this.accounts = accounts;
    this.certificates = certificates;
  }

  /** The profiles of the CA of this account (the only one when none is named). */
  async offered(accountId?: string): Promise<CaProfiles> {
    const account = this.accounts.pick({ ...(accountId ? { accountId } : {}) });
    const dir = await this.accounts.fetchDirectory(account.directoryUrl);
    return { profiles: profilesOf(dir), ipProfiles: ipProfilesOf(dir, account.caId) };
  }

  /**
   * Changes the profile the next renewal asks for; null goes back to the CA's default. Refused,
   * with nothing changed, when the CA does not offer it, when the certificate's IP-address names
   * need a profile that allows them (RFC 8738), or while the certificate is being renewed.
   */
  async set(id: string, profile: string | null): Promise<CertificateSummary> {
    const { storage, log } = this.core;
    const cert = this.certificates.getStored(id);
    if (this.core.inFlight.has(id))
      throw textError('store-locked', text('profile.busy', { name: cert.names[0] }), {
        retryable: true,
      });
    const account = this.accounts.pick({ accountId: cert.accountId });
    const dir = await this.accounts.fetchDirectory(account.directoryUrl);
    if (profile !== null) checkProfile(dir, profile);
    const ip = cert.names.find((n) => ipOf(n) !== null);
    if (ip && !ipAllowedBy(dir, account.caId, profile ?? undefined)) {
      const allowed = ipProfilesOf(dir, account.caId) ?? [];
      throw textError(
        'invalid-input',
        allowed.length
          ? text('profile.ipKeeps', { name: ip, list: allowed.join(', ') })
          : text('profile.ipNotOffered', { name: ip }),
      );
    }
    const from = cert.profile ?? null;
    if (from === profile) return this.certificates.settled(id);
    const release = storage.lockCertificate(id);
    try {
      await storage.update((d) => {
        const c = d.certificates[id];
        if (!c) return;
        if (profile === null) delete c.profile;
        else c.profile = profile;
      });
    } finally {
      release();
    }
    log.info('profile changed; the next renewal asks for it', {
      cert: id,
      from: from ?? "CA's default",
      to: profile ?? "CA's default",
    });
    return this.certificates.settled(id);
  }
}
