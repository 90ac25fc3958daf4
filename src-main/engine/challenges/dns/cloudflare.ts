// dns-01 through Cloudflare's API with a scoped API token (R12): find the zone, add one TXT
// record per challenge, delete exactly those records afterwards. The base URL is an option so a
// test can point it at a local stand-in.
import { CertdeskError, textError } from '../../../shared/errors.ts';
import { SECOND_MS } from '../../../shared/durations.ts';
import type { Clock } from '../../ports.ts';
import type { ChallengeSolver, ChallengeContext } from '../types.ts';
import { challengeRecordName, followCname } from './zone.ts';
import { autoHowToFix, lookupFor, waitForTxt } from './propagation.ts';
import { said, say, text } from '../../../shared/engine-text.ts';
import { netFetch, proxyErrorIn, proxySentence } from '../../net/proxy.ts';

export const CLOUDFLARE_API = 'https://api.cloudflare.com/client/v4';
const REQUEST_TIMEOUT_MS = 30 * SECOND_MS;

export type CloudflareOptions = {
  token: string;
  api?: string;
  ttl?: number;
  resolver?: string;
  propagationTimeoutMs: number;
  clock?: Clock;
};

type CfEnvelope<T> = { success: boolean; result: T; errors?: { code: number; message: string }[] };
type CfZone = { id: string; name: string };
type CfRecord = { id: string; name: string; content: string; type: string };

/** An API answer that is not a success, with Cloudflare's own error codes (e.g. 81058 duplicate). */
class CloudflareApiError extends CertdeskError {
  readonly status: number;
  readonly cfCodes: number[];
  constructor(message: string, status: number, cfCodes: number[], detail: string) {
    super('solver', message, { retryable: status >= 500 || status === 429, detail });
    this.status = status;
    this.cfCodes = cfCodes;
  }
}

export class CloudflareDnsSolver implements ChallengeSolver {
  readonly type = 'dns-01' as const;
  readonly interactive = false;
  readonly labelText = text('solver.cloudflare');
  readonly label = say(this.labelText);
  private readonly opts: CloudflareOptions;
  private readonly api: string;
  private readonly zones = new Map<string, Promise<CfZone>>();
  private readonly written = new Map<ChallengeContext, { zone: CfZone; recordId: string }>();

  constructor(opts: CloudflareOptions) {
    this.opts = opts;
    this.api = (opts.api ?? CLOUDFLARE_API).replace(/\/+$/, '');
  }

  private async call<T>(
    method: string,
    path: string,
    body: unknown,
    what: string,
    zoneName: string,
    signal?: AbortSignal,
  ): Promise<T> {
    const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
    let res: Response;
    try {
      res = await netFetch(`${this.api}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${this.opts.token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
    } catch (e) {
      if (signal?.aborted) throw textError('cancelled', text('failure.cancelledStart'));
      const viaProxy = proxyErrorIn(e);
      if (viaProxy)
        throw new CertdeskError('solver', proxySentence(viaProxy, "Cloudflare's API"), {
          retryable: true,
          detail: `${method} ${this.api}${path}: ${viaProxy.message}`,
        });
      throw new CertdeskError(
        'solver',
        `Certdesk could not reach Cloudflare's API to ${what} (${(e as Error).message}). Check the internet connection, then try again.`,
        { retryable: true, detail: `${method} ${this.api}${path}` },
      );
    }
    const raw = await res.text();
    let data: CfEnvelope<T> | null = null;
    try {
      data = JSON.parse(raw) as CfEnvelope<T>;
    } catch {
      /* reported below */
    }
    const errors = (data?.errors ?? []).map((x) => `${x.code}: ${x.message}`).join('; ');
    if (res.status === 401 || res.status === 403) {
      throw textError(
        'credentials-refused',
        text('error.cloudflareRefused', { status: res.status, name: zoneName }),
        {
          detail: `${method} ${path} (to ${what}): HTTP ${res.status}${errors ? ` ${errors}` : ''}`,
        },
      );
    }
    if (!res.ok || !data || !data.success) {
      throw new CloudflareApiError(
        `Cloudflare's API did not ${what} (HTTP ${res.status}${errors ? `: ${errors}` : ''}). Check the domain in your Cloudflare account, then try again.`,
        res.status,
        (data?.errors ?? []).map((x) => x.code),
        errors || raw.slice(0, 300),
      );
    }
    return data.result;
  }

  /** The longest suffix of `name` that is a zone in this account (GET /zones?name=...). */
  private zoneFor(name: string, signal: AbortSignal): Promise<CfZone> {
    let p = this.zones.get(name);
    if (!p) {
      p = (async () => {
        const labels = name.split('.');
        for (let i = 0; i < labels.length - 1; i++) {
          const candidate = labels.slice(i).join('.');
          const found = await this.call<CfZone[]>(
            'GET',
            `/zones?name=${encodeURIComponent(candidate)}`,
            undefined,
            `look up the zone ${candidate}`,
            name.replace(/^_acme-challenge\./, ''),
            signal,
          );
          if (found.length > 0) return found[0];
        }
        throw new CertdeskError(
          'solver',
          `None of the zones this Cloudflare token can see holds ${name}. Check that the domain is in this Cloudflare account and that the token includes the zone (Zone Resources) with Zone.DNS Edit permission.`,
        );
      })();
      this.zones.set(name, p);
      p.catch(() => this.zones.delete(name));
    }
    return p;
  }

  async present(ctx: ChallengeContext): Promise<void> {
    const record = challengeRecordName(ctx.identifier);
    const { target } = await followCname(record, lookupFor(this.opts.resolver, ctx.signal)).catch(
      () => ({ target: record }),
    );
    const zone = await this.zoneFor(target, ctx.signal);
    ctx.progress({
      step: 'challenge',
      name: ctx.identifier,
      ...said('progress.cloudflare', { record: target, zone: zone.name }),
    });
    let rec: CfRecord;
    try {
      // POST adds a record next to any others of the same name: wildcard and bare name both stay.
      rec = await this.call<CfRecord>(
        'POST',
        `/zones/${zone.id}/dns_records`,
        { type: 'TXT', name: target, content: ctx.dnsTxtValue, ttl: this.opts.ttl ?? 60 },
        `add the TXT record ${target}`,
        zone.name,
        ctx.signal,
      );
    } catch (e) {
      // 81058 "An identical record already exists" (an earlier run stopped before its cleanup): take it over.
      if (!(e instanceof CloudflareApiError && e.cfCodes.includes(81058))) throw e;
      const list = await this.call<CfRecord[]>(
        'GET',
        `/zones/${zone.id}/dns_records?type=TXT&name=${encodeURIComponent(target)}`,
        undefined,
        `list the TXT records of ${target}`,
        zone.name,
        ctx.signal,
      );
      const same = list.find((r) => r.content.replace(/^"|"$/g, '') === ctx.dnsTxtValue);
      if (!same) throw e;
      rec = same;
    }
    this.written.set(ctx, { zone, recordId: rec.id });
  }

  async waitReady(ctx: ChallengeContext): Promise<void> {
    await waitForTxt(challengeRecordName(ctx.identifier), ctx.dnsTxtValue, {
      resolver: this.opts.resolver,
      timeoutMs: this.opts.propagationTimeoutMs,
      signal: ctx.signal,
      progress: ctx.progress,
      clock: this.opts.clock,
      displayName: `${ctx.wildcard ? '*.' : ''}${ctx.identifier}`,
      howToFix: autoHowToFix('Cloudflare'),
    });
  }

  async cleanup(ctx: ChallengeContext): Promise<void> {
    const w = this.written.get(ctx);
    if (!w) return;
    this.written.delete(ctx);
    try {
      await this.call(
        'DELETE',
        `/zones/${w.zone.id}/dns_records/${w.recordId}`,
        undefined,
        'remove the TXT record',
        w.zone.name,
      );
    } catch (e) {
      if (e instanceof CloudflareApiError && e.status === 404) return; // already gone
      throw e;
    }
  }
}
