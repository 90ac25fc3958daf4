// dns-01 by hand (R12): show the exact TXT record, wait for the person, then check that every
// authoritative name server answers it before telling the CA. Needs a person each time, so it
// cannot renew unattended; the instructions say so.
import type { Clock } from '../../ports.ts';
import type { ChallengeSolver, ChallengeContext } from '../types.ts';
import type { Prompter } from '../http-manual.ts';
import { challengeRecordName, findZone, followCname } from './zone.ts';
import { lookupFor, waitForTxt, PROPAGATION_MAX_S } from './propagation.ts';
import { said } from '../../../shared/engine-text.ts';

export type ManualDnsOptions = { resolver?: string; propagationTimeoutMs: number; clock?: Clock; intervalMs?: number };

export const MANUAL_DNS_RENEWAL_NOTE = 'Manual DNS cannot renew unattended: you will have to add a new TXT record at every renewal. To renew automatically, use one of the automatic DNS methods (RFC 2136, acme-dns, a script, Cloudflare) or http-01.';

export class ManualDnsSolver implements ChallengeSolver {
  readonly type = 'dns-01' as const;
  readonly interactive = true;
  readonly label = 'a DNS TXT record you add yourself';
  private readonly prompter: Prompter;
  private readonly opts: ManualDnsOptions;
  private readonly shown = new Map<string, number>();

  constructor(prompter: Prompter, opts: ManualDnsOptions) {
    this.prompter = prompter;
    this.opts = opts;
  }

  async present(ctx: ChallengeContext): Promise<void> {
    const record = challengeRecordName(ctx.identifier);
    // Where the record has to go: a CNAME on _acme-challenge sends the CA elsewhere.
    const lookup = lookupFor(this.opts.resolver, ctx.signal);
    const { target } = await followCname(record, lookup).catch(() => ({ target: record }));
    const zone = (await findZone(target, lookup).catch(() => null))?.zone;
    const display = `${ctx.wildcard ? '*.' : ''}${ctx.identifier}`;
    const earlier = this.shown.get(target) ?? 0;
    this.shown.set(target, earlier + 1);
    const lines = [
      `Add this DNS record for ${display} at your DNS provider:`,
      `  name:   ${target}.`,
      '  type:   TXT',
      `  value:  ${ctx.dnsTxtValue}`,
      '  TTL:    60 (or the lowest your provider allows)',
    ];
    if (target !== record) lines.push(`  (${record} is a CNAME to ${target}, so the record goes there.)`);
    if (earlier > 0) lines.push(`  This is an ADDITIONAL value on the same name: keep the TXT record you added a moment ago; both must exist at the same time.`);
    if (zone && target.endsWith(`.${zone}`)) lines.push(`  Many providers want only "${target.slice(0, -zone.length - 1)}" as the name: they add ${zone} themselves.`);
    lines.push(
      `After you confirm, Certdesk checks every name server of the zone (up to ${Math.round(this.opts.propagationTimeoutMs / 1000)} s, at most ${PROPAGATION_MAX_S}) before asking the CA.`,
      MANUAL_DNS_RENEWAL_NOTE,
    );
    const instructions = lines.join('\n');
    ctx.progress({ step: 'challenge', name: display, ...said('progress.waitTxt', { name: display }), instructions });
    await this.prompter.waitForUser(instructions, ctx.signal);
  }

  async waitReady(ctx: ChallengeContext): Promise<void> {
    const record = challengeRecordName(ctx.identifier);
    await waitForTxt(record, ctx.dnsTxtValue, {
      resolver: this.opts.resolver, timeoutMs: this.opts.propagationTimeoutMs, signal: ctx.signal, progress: ctx.progress,
      clock: this.opts.clock, intervalMs: this.opts.intervalMs,
      displayName: `${ctx.wildcard ? '*.' : ''}${ctx.identifier}`,
      howToFix: `Check that the TXT record is at exactly ${record} (not ${record}.${ctx.identifier}, which some providers make when you type the full name) with exactly the value shown, that you saved it, and that these servers are the ones your domain uses. Then start again, allowing more time if your provider is slow (CLI: --dns-propagation-timeout SECONDS, up to ${PROPAGATION_MAX_S}).`,
    });
  }

  async cleanup(ctx: ChallengeContext): Promise<void> {
    const record = challengeRecordName(ctx.identifier);
    ctx.progress({ step: 'cleanup', ...said('progress.deleteTxt', { record, value: ctx.dnsTxtValue }) });
  }
}
