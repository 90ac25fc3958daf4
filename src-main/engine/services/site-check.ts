// The live-site check as a service (issue 17): which certificates are ours comes from the store
// (current, previous, and versions a former check saw), the result is recorded on the certificate
// (the dashboard's "Served" column, the certificate page's address list, the reminders), and the
// versions are remembered so that a certificate two renewals old is still called "outdated".
import { CertdeskError } from '../../shared/errors.ts';
import { overallState, type SiteCheck } from '../../shared/site-check.ts';
import type { StoredCertificate } from '../../storage/schema.ts';
import { checkSite, type KnownVersion } from '../sitecheck/index.ts';
import type { EngineCore } from '../core.ts';

/** Versions of ours kept for recognising an old certificate still served. */
const KNOWN_KEPT = 20;

export type SiteCheckOptions = { port?: number; signal?: AbortSignal; timeoutMs?: number };

export function knownOlder(c: StoredCertificate): KnownVersion[] {
  const seen = new Map<string, KnownVersion>();
  for (const v of [c.previous, ...(c.siteCheck?.known ?? [])])
    if (v && v.serial !== c.current?.serial)
      seen.set(v.serial, { serial: v.serial, notAfter: v.notAfter });
  return [...seen.values()];
}

/** The last check of the current certificate; null when none ran since it was issued. */
export function lastSiteCheck(c: StoredCertificate | undefined): SiteCheck | null {
  const s = c?.siteCheck;
  if (!s?.at || !s.state || !s.results || !c?.current || s.serial !== c.current.serial) return null;
  return { at: s.at, state: s.state, results: s.results };
}

export class SiteCheckService {
  private readonly core: EngineCore;
  /** After a recorded check: ends the waits it settles (follow-up.ts; set by the Engine). */
  afterCheck?: (id: string) => Promise<void>;

  constructor(core: EngineCore) {
    this.core = core;
  }

  /** The last recorded check of a certificate, if any. */
  last(id: string): SiteCheck | null {
    return lastSiteCheck(this.core.storage.read().certificates[id]);
  }

  async check(id: string, opts: SiteCheckOptions = {}): Promise<SiteCheck> {
    const { storage, clock } = this.core;
    const cert = storage.read().certificates[id];
    if (!cert) throw new CertdeskError('not-found', `There is no certificate with the id ${id}.`);
    if (!cert.current)
      throw new CertdeskError(
        'invalid-input',
        'This certificate has not been issued yet, so there is nothing a site could serve. Get it first, then check again.',
      );
    const current = { serial: cert.current.serial, notAfter: cert.current.notAfter };
    const results = await checkSite({
      names: cert.names,
      current,
      older: knownOlder(cert),
      ...((opts.port ?? this.core.opts.siteCheckPort)
        ? { port: opts.port ?? this.core.opts.siteCheckPort }
        : {}),
      ...(this.core.opts.dnsResolver ? { dnsResolver: this.core.opts.dnsResolver } : {}),
      ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}),
      ...(opts.signal ? { signal: opts.signal } : {}),
    });
    const out: SiteCheck = {
      at: new Date(clock.now()).toISOString(),
      state: overallState(results),
      results,
    };
    await storage.update((d) => {
      const c = d.certificates[id];
      if (!c) return;
      // The newest first; a renewal meanwhile (serial changed) keeps its own versions known too.
      const known = [c.current, c.previous, ...knownOlder(c)]
        .filter((v): v is KnownVersion => !!v)
        .map((v) => ({ serial: v.serial, notAfter: v.notAfter }))
        .filter((v, i, all) => all.findIndex((x) => x.serial === v.serial) === i)
        .slice(0, KNOWN_KEPT);
      // A check of a certificate renewed while it ran says nothing about the new one.
      if (c.current?.serial !== current.serial) {
        if (c.siteCheck) c.siteCheck.known = known;
        return;
      }
      c.siteCheck = { ...out, serial: current.serial, known };
    });
    this.core.log.info('site check', { cert: id, state: out.state, addresses: results.length });
    await this.afterCheck?.(id);
    return out;
  }
}
