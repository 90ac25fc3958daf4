// dns-01 through RFC 2136 dynamic update signed with TSIG (R12): BIND, Knot, PowerDNS and Windows
// DNS all speak it. Sent over TCP (RFC 2136 section 6.1 allows either; TCP has no size limit and
// no spoofed replies). The answer's rcode AND its TSIG signature are checked: an unsigned "OK"
// could come from anyone.
import { randomInt } from 'node:crypto';
import { CertdeskError, textError } from '../../../shared/errors.ts';
import { SECOND_MS } from '../../../shared/durations.ts';
import { systemClock, type Clock } from '../../ports.ts';
import type { ChallengeSolver, ChallengeContext } from '../types.ts';
import {
  exchangeTcp,
  parseServer,
  serverLabel,
  normName,
  RCODE_NAMES,
  type DnsServer,
} from './dns-client.ts';
import {
  buildUpdate,
  parseAnswer,
  signMessage,
  verifyAnswer,
  type TsigKey,
  type TxtChange,
} from './tsig.ts';
import { challengeRecordName, findZone, followCname } from './zone.ts';
import { autoHowToFix, lookupFor, waitForTxt } from './propagation.ts';
import { said, say, text, type Text } from '../../../shared/engine-text.ts';

export type Rfc2136Options = {
  server: string;
  key: TsigKey;
  /** The zone to update; found by asking the server when not given. */
  zone?: string;
  ttl?: number;
  resolver?: string;
  propagationTimeoutMs: number;
  clock?: Clock;
  timeoutMs?: number;
};

const TSIG_ERRORS: Record<number, string> = {
  16: 'BADSIG',
  17: 'BADKEY',
  18: 'BADTIME',
  22: 'BADTRUNC',
};

/** One signed UPDATE to `server`; throws a CertdeskError that names the cause and the fix. */
export async function sendUpdate(
  server: DnsServer,
  zone: string,
  changes: TxtChange[],
  key: TsigKey,
  opts: { clock?: Clock; timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<void> {
  const clock = opts.clock ?? systemClock;
  const id = randomInt(0, 0x10000);
  const { signed, mac } = signMessage(
    buildUpdate(id, zone, changes),
    key,
    Math.floor(clock.now() / SECOND_MS),
  );
  const where = serverLabel(server);
  let raw: Buffer;
  try {
    raw = await exchangeTcp(server, signed, opts.timeoutMs ?? 10 * SECOND_MS, opts.signal);
  } catch (e) {
    if (e instanceof CertdeskError) throw e;
    const err = e as NodeJS.ErrnoException;
    throw textError(
      'solver',
      text('error.rfc2136Unreachable', { server: where, why: err.code ?? err.message }),
      { retryable: true, detail: err.message },
    );
  }
  let ans;
  try {
    ans = parseAnswer(raw);
  } catch (e) {
    throw textError('solver', text('error.rfc2136Unreadable', { server: where }), {
      retryable: true,
      detail: (e as Error).message,
    });
  }
  const rcode = RCODE_NAMES[ans.rcode] ?? `RCODE ${ans.rcode}`;
  const tsigError =
    ans.tsig && ans.tsig.error
      ? (TSIG_ERRORS[ans.tsig.error] ?? `TSIG error ${ans.tsig.error}`)
      : null;
  if (ans.rcode === 9 || tsigError) {
    if (tsigError === 'BADTIME') {
      throw new CertdeskError(
        'credentials-refused',
        `The DNS server ${where} refused the update because this computer's clock and the server's differ by more than ${ans.tsig?.fudge ?? 300} seconds (BADTIME). Set the clock right (turn on automatic time), then try again.`,
        { retryable: true, detail: `${rcode}/${tsigError}` },
      );
    }
    if (tsigError || rcode === 'NOTAUTH') {
      const textKey =
        tsigError === 'BADKEY'
          ? 'error.tsigBadKey'
          : tsigError === 'BADSIG'
            ? 'error.tsigBadSig'
            : 'error.tsigNotAuth';
      throw textError(
        'credentials-refused',
        text(textKey, {
          server: where,
          codes: [tsigError, rcode].filter(Boolean).join('/'),
          zone,
          key: key.name,
          algorithm: key.algorithm,
        }),
        {
          detail: `${rcode}${tsigError ? `/${tsigError}` : ''} zone=${zone} key=${key.name} algorithm=${key.algorithm}`,
        },
      );
    }
  }
  // The server answered; its answer must be signed with our key, or anybody could have said "done".
  const bad = verifyAnswer(raw, ans, key, mac, Math.floor(clock.now() / SECOND_MS));
  if (bad && ans.rcode === 0) {
    throw new CertdeskError(
      'credentials-refused',
      `The answer from ${where} could not be trusted: ${bad}. Check the key name ("${key.name}"), the secret and the algorithm (${key.algorithm}) against the key in the DNS server's configuration.`,
      { detail: bad },
    );
  }
  if (ans.rcode === 0) return;
  const detail = `${rcode} zone=${zone}`;
  switch (rcode) {
    case 'REFUSED':
      throw new CertdeskError(
        'credentials-refused',
        `The DNS server ${where} refused to change ${changes[0]?.name} (REFUSED): its update policy (BIND: update-policy or allow-update) does not let the key "${key.name}" change TXT records there, or it does not serve the zone ${zone}. Allow the key to update TXT records of that name, then try again.`,
        { detail },
      );
    case 'NOTZONE':
      throw textError(
        'solver',
        text('error.rfc2136NotZone', { name: changes[0]?.name ?? '', zone, server: where }),
        { detail },
      );
    case 'SERVFAIL':
      throw new CertdeskError(
        'solver',
        `The DNS server ${where} failed to apply the update (SERVFAIL). It may be a secondary server, or the zone file may not be writable; send updates to the primary server and check its log, then try again.`,
        { retryable: true, detail },
      );
    case 'NOTIMP':
      throw new CertdeskError(
        'solver',
        `The DNS server ${where} does not support dynamic updates (NOTIMP). Turn on dynamic updates (RFC 2136) for the zone, or choose another DNS method.`,
        { detail },
      );
    default:
      throw new CertdeskError(
        'solver',
        `The DNS server ${where} did not apply the update (${rcode}). Check its log for the reason, then try again.`,
        { retryable: true, detail },
      );
  }
}

export class Rfc2136DnsSolver implements ChallengeSolver {
  readonly type = 'dns-01' as const;
  readonly interactive = false;
  readonly label: string;
  readonly labelText: Text;
  private readonly opts: Rfc2136Options;
  private readonly server: DnsServer;
  /** What present() wrote, so cleanup() removes exactly that value (wildcard + bare share a name). */
  private readonly written = new Map<
    ChallengeContext,
    { zone: string; name: string; value: string }
  >();

  constructor(opts: Rfc2136Options) {
    this.opts = opts;
    this.server = parseServer(opts.server);
    this.labelText = text('solver.rfc2136', { server: serverLabel(this.server) });
    this.label = say(this.labelText);
  }

  private async locate(ctx: ChallengeContext): Promise<{ zone: string; name: string }> {
    const record = challengeRecordName(ctx.identifier);
    // A CNAME on _acme-challenge moves the record elsewhere (delegation, R12): update the target.
    const { target } = await followCname(record, lookupFor(this.opts.resolver, ctx.signal)).catch(
      () => ({ target: record }),
    );
    if (this.opts.zone) return { zone: normName(this.opts.zone), name: target };
    const found = await findZone(target, {
      servers: [this.server],
      recursion: false,
      signal: ctx.signal,
    }).catch(() => null);
    if (!found) {
      throw textError(
        'solver',
        text('error.rfc2136NoZone', {
          server: serverLabel(this.server),
          name: target,
          example: target.split('.').slice(-2).join('.'),
        }),
        { retryable: true, detail: `no SOA for ${target} at ${serverLabel(this.server)}` },
      );
    }
    return { zone: found.zone, name: target };
  }

  async present(ctx: ChallengeContext): Promise<void> {
    const { zone, name } = await this.locate(ctx);
    ctx.progress({
      step: 'challenge',
      name: ctx.identifier,
      ...said('progress.rfc2136', { record: name, zone, server: serverLabel(this.server) }),
    });
    await sendUpdate(
      this.server,
      zone,
      [{ op: 'add', name, value: ctx.dnsTxtValue, ttl: this.opts.ttl ?? 60 }],
      this.opts.key,
      { clock: this.opts.clock, timeoutMs: this.opts.timeoutMs, signal: ctx.signal },
    );
    this.written.set(ctx, { zone, name, value: ctx.dnsTxtValue });
  }

  async waitReady(ctx: ChallengeContext): Promise<void> {
    await waitForTxt(challengeRecordName(ctx.identifier), ctx.dnsTxtValue, {
      resolver: this.opts.resolver,
      timeoutMs: this.opts.propagationTimeoutMs,
      signal: ctx.signal,
      progress: ctx.progress,
      clock: this.opts.clock,
      displayName: `${ctx.wildcard ? '*.' : ''}${ctx.identifier}`,
      howToFix: autoHowToFix(`The DNS server ${serverLabel(this.server)}`),
    });
  }

  async cleanup(ctx: ChallengeContext): Promise<void> {
    const w = this.written.get(ctx);
    if (!w) return;
    this.written.delete(ctx);
    // Deleting a value that is already gone is not an error in RFC 2136 (section 3.4.2.4).
    await sendUpdate(
      this.server,
      w.zone,
      [{ op: 'delete', name: w.name, value: w.value, ttl: 0 }],
      this.opts.key,
      { clock: this.opts.clock, timeoutMs: this.opts.timeoutMs },
    );
  }
}
