// Stored certificates (R1, R6, R7, R15, R17, R19): list, show, change the route later (issue 15),
// revoke, delete. Private keys are read here only for export, never for a renderer (R8).
import { openCertSecret, sealCertSecret } from '../secret-binding.ts';
import { CertdeskError, textError } from '../../shared/errors.ts';
import type { CertificateSummary } from '../../shared/types.ts';
import { text, type Text } from '../../shared/engine-text.ts';
import {
  routeLabel,
  SECRET_NAMES,
  type RouteSecrets,
  type SecretName,
} from '../../shared/route-facts.ts';
import type { Route } from '../../shared/route.ts';
import type { StoredCertificate } from '../../storage/schema.ts';
import { createClient } from '../acme/client.ts';
import { splitPem } from '../cert-info.ts';
import { createSolver, type Prompter } from '../challenges/index.ts';
import { knownHostSecretName } from '../challenges/upload/index.ts';
import { isHostKeyFingerprint, normaliseFingerprint } from '../challenges/upload/sftp.ts';
import { parseHostPort } from '../challenges/upload/remote-path.ts';
import { normaliseNames } from '../names.ts';
import { credentialWords, missingCredential, planRouteChange } from '../route-change.ts';
import { summarize } from '../summary.ts';
import type { EngineCore } from '../core.ts';
import type { AccountsService } from './accounts.ts';

import { REVOCATION_REASONS, type RevocationReason } from '../revocation-reasons.ts';
export { REVOCATION_REASONS, type RevocationReason };

export type KeyMaterialOut = {
  certPem: string;
  chainPem: string[];
  keyPem: string;
  names: string[];
  id: string;
};

/** Stands in for a person when a manual route is only checked, never run (setRoute). */
const NO_PERSON: Prompter = { waitForUser: async () => {} };

export class CertificatesService {
  private readonly core: EngineCore;
  private readonly accounts: AccountsService;

  constructor(core: EngineCore, accounts: AccountsService) {
    this.core = core;
    this.accounts = accounts;
  }

  private summary(c: StoredCertificate): CertificateSummary {
    return summarize(c, this.core.clock.now(), this.core.planner, this.core.inFlight.has(c.id));
  }

  /** The stored records, for the scheduler and the notices (never sent to a renderer as is). */
  stored(): StoredCertificate[] {
    return Object.values(this.core.storage.read().certificates);
  }

  list(): CertificateSummary[] {
    return this.stored().map((c) => this.summary(c));
  }

  getStored(id: string): StoredCertificate {
    const all = this.core.storage.read().certificates;
    // Own records only: "__proto__" or "constructor" is no certificate (prototype pollution).
    const c = Object.hasOwn(all, id) ? all[id] : undefined;
    if (!c)
      throw new CertdeskError(
        'not-found',
        `There is no certificate ${id}. See the list with: certdesk list.`,
      );
    return c;
  }

  get(id: string): CertificateSummary & { chainPem: string | null } {
    const c = this.getStored(id);
    const chainPem = c.current ? this.core.storage.readChainSync(c.id, c.current.version) : null;
    return { ...this.summary(c), chainPem };
  }

  /** The summary without the in-flight mark (what issuance and revocation answer). */
  settled(id: string): CertificateSummary {
    return summarize(this.getStored(id), this.core.clock.now(), this.core.planner);
  }

  /** Private key and chain for export (main process only; never sent to a renderer). */
  async keyMaterial(id: string): Promise<KeyMaterialOut> {
    const c = this.getStored(id);
    if (!c.current)
      throw new CertdeskError(
        'not-found',
        `Certificate ${id} has not been issued yet. Issue it first.`,
      );
    const { chainPem, keyPem } = await this.core.storage.readVersion(c.id, c.current.version);
    const [certPem, ...chain] = splitPem(chainPem);
    return { certPem, chainPem: chain, keyPem, names: c.names, id: c.id };
  }

  /**
   * Issue 18: the CA paused the account for some names. This certificate and every other one of
   * the same account holding one of those names stop renewing until the person says it is lifted.
   */
  async markPaused(id: string, accountId: string, url: string, said?: Text): Promise<void> {
    const named = typeof said?.params?.names === 'string' ? said.params.names.split(', ') : [];
    const at = new Date(this.core.clock.now()).toISOString();
    await this.core.storage.update((d) => {
      for (const c of Object.values(d.certificates)) {
        if (c.accountId !== accountId) continue;
        const hit = c.names.filter((n) => named.includes(n));
        if (c.id === id || hit.length > 0)
          c.paused = { at, names: hit.length ? hit : named.length ? named : c.names, url };
      }
    });
    this.core.log.warn('the CA paused the account for these names; renewals wait for the person', {
      cert: id,
      names: named.join(','),
    });
  }

  /** The person says the CA's pause is lifted: every certificate paused with it may renew again. */
  async unpause(id: string): Promise<void> {
    const c = this.getStored(id);
    if (!c.paused) return;
    const { url } = c.paused;
    await this.core.storage.update((d) => {
      for (const x of Object.values(d.certificates))
        if (x.accountId === c.accountId && x.paused?.url === url) delete x.paused;
    });
  }

  /** R17 dual certificates (issue 18): the RSA twin's key and chain, null without a twin. */
  async twinKeyMaterial(id: string): Promise<KeyMaterialOut | null> {
    const c = this.getStored(id);
    if (!c.twin?.current) return null;
    const { chainPem, keyPem } = await this.core.storage.readVersion(c.id, c.twin.current.version);
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
    const { storage } = this.core;
    const sealed = storage.secrets.seal(normaliseFingerprint(fingerprint), `secret:${ref}`);
    await storage.update((d) => {
      d.secrets[ref] = sealed;
    });
    this.core.log.info('upload: the person trusted a new SFTP host key', {
      server: `${host}:${port}`,
      fingerprint: normaliseFingerprint(fingerprint),
    });
  }

  /** Names of the credentials stored sealed for this certificate's route (never their values). */
  storedSecretNames(id: string): SecretName[] {
    const secrets = this.core.storage.read().secrets;
    return SECRET_NAMES.filter((n) => secrets[`${id}:${n}`] !== undefined);
  }

  /**
   * Changes how the CA reaches the person for this certificate, without issuing: the next renewal
   * uses the new route. Refused (nothing changed) when the route cannot build a solver, e.g. a
   * credential is missing, or a stored one belongs to a server the route no longer names.
   * Stores only the credentials the new route uses; the rest of this certificate's go.
   */
  async setRoute(id: string, challenge: Route, given?: RouteSecrets): Promise<CertificateSummary> {
    const { storage, log } = this.core;
    const cert = this.getStored(id);
    normaliseNames(cert.names, challenge.type); // a wildcard stays on dns-01 (R15)
    if (this.core.inFlight.has(id))
      throw textError('store-locked', text('failure.renewingRoute', { name: cert.names[0] }), {
        retryable: true,
      });
    const release = storage.lockCertificate(id);
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
      const sealed = storage.read().secrets;
      createSolver(challenge, {
        // Manual routes are allowed here: the person answers at renewal time, in the window.
        ...this.core.solverBase(this.core.opts.prompter ?? NO_PERSON),
        secret: (name) => {
          const n = name as SecretName;
          if (plan.seal[n] !== undefined) return plan.seal[n];
          if (plan.keep.includes(n))
            return openCertSecret(storage.secrets, sealed[`${id}:${n}`], id, n, cert.challenge);
          if ((SECRET_NAMES as readonly string[]).includes(name)) return undefined;
          const g = sealed[`global:${name}`];
          return g ? storage.secrets.open(g, `secret:global:${name}`) : undefined;
        },
        saveSecret: async () => {},
      });
      await storage.update((d) => {
        const c = d.certificates[id];
        if (!c) return;
        c.challenge = challenge;
        for (const n of plan.drop) delete d.secrets[`${id}:${n}`];
        for (const [n, v] of Object.entries(plan.seal))
          d.secrets[`${id}:${n}`] = sealCertSecret(
            storage.secrets,
            id,
            n as SecretName,
            challenge,
            v,
          );
      });
      log.info('route changed', {
        cert: id,
        from: routeLabel(cert.challenge),
        to: routeLabel(challenge),
        sealed: Object.keys(plan.seal).join(',') || '-',
        kept: plan.keep.join(',') || '-',
        dropped: plan.drop.join(',') || '-',
      });
      return this.settled(id);
    } finally {
      release();
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
    const { storage, clock } = this.core;
    const account = this.accounts.pick({ accountId: cert.accountId });
    const w = createClient(this.core.conn(account.directoryUrl), this.accounts.key(account), {
      accountUrl: account.accountUrl,
    });
    const leaf = splitPem(storage.readChainSync(cert.id, cert.current.version))[0];
    try {
      await w.client.revokeCertificate(leaf, { reason: code });
    } catch (e) {
      throw w.toError(e, 'Certdesk could not revoke the certificate.');
    }
    const at = new Date(clock.now()).toISOString();
    await storage.update((d) => {
      const c = d.certificates[id];
      if (c) c.revoked = { at, reason };
    });
    return this.settled(id);
  }

  async delete(id: string): Promise<void> {
    this.getStored(id);
    const { storage } = this.core;
    await storage.update((d) => {
      delete d.certificates[id];
      for (const ref of Object.keys(d.secrets)) if (ref.startsWith(`${id}:`)) delete d.secrets[ref];
    });
    storage.removeCertificateFiles(id);
  }
}
