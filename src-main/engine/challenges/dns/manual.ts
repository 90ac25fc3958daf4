// dns-01 by hand (R12): show the exact TXT record, wait for the person, then check that every
// authoritative name server answers it before telling the CA. Needs a person each time, so it
// cannot renew unattended; the instructions say so.
import type { Clock } from '../../ports.ts';
import type { ChallengeSolver, ChallengeContext } from '../types.ts';
import type { Prompter } from '../http-manual.ts';
import { challengeRecordName, findZone, followCname } from './zone.ts';
import { lookupFor, waitForTxt, PROPAGATION_MAX_S } from './propagation.ts';
import { said, say, text, type Text } from '../../../shared/engine-text.ts';

export type ManualDnsOptions = {
  resolver?: string;
  propagationTimeoutMs: number;
  clock?: Clock;
  intervalMs?: number;
};

export const MANUAL_DNS_RENEWAL_NOTE = say(text('prompt.dnsRenewal'));

export class ManualDnsSolver implements ChallengeSolver {
  readonly type = 'dns-01' as const;
  readonly interactive = true;
  readonly labelText = text('solver.manualDns');
  readonly label = say(this.labelText);
  private readonly prompter: Prompter;
  private readonly opts: ManualDnsOptions;
  private readonly shown = new Map<string, number>();
  /** _acme-challenge name -> where present() told the person to put the TXT (its CNAME target). */
  private readonly placed = new Map<string, string>();

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
    this.placed.set(record, target);
    const earlier = this.shown.get(target) ?? 0;
    this.shown.set(target, earlier + 1);
    // The English for the CLI and logs; the lead and notes as Texts for the window's language.
    const lead = text('prompt.dnsLead', { name: display });
    const about: Text[] = [];
    if (target !== record) about.push(text('prompt.dnsCname', { record, target }));
    if (earlier > 0) about.push(text('prompt.dnsAdditional'));
    if (zone && target.endsWith(`.${zone}`))
      about.push(text('prompt.dnsShortName', { short: target.slice(0, -zone.length - 1), zone }));
    const next = [
      text('prompt.dnsAfter', {
        seconds: Math.round(this.opts.propagationTimeoutMs / 1000),
        max: PROPAGATION_MAX_S,
      }),
      text('prompt.dnsRenewal'),
    ];
    const notes = [...about, ...next];
    const lines = [
      say(lead),
      `  name:   ${target}.`,
      '  type:   TXT',
      `  value:  ${ctx.dnsTxtValue}`,
      '  TTL:    60 (or the lowest your provider allows)',
      ...about.map((n) => `  ${say(n)}`),
      ...next.map(say),
    ];
    const instructions = lines.join('\n');
    ctx.progress({
      step: 'challenge',
      name: display,
      ...said('progress.waitTxt', { name: display }),
      instructions,
    });
    await this.prompter.waitForUser(instructions, ctx.signal, { lead, notes });
  }

  async waitReady(ctx: ChallengeContext): Promise<void> {
    const record = challengeRecordName(ctx.identifier);
    await waitForTxt(record, ctx.dnsTxtValue, {
      resolver: this.opts.resolver,
      timeoutMs: this.opts.propagationTimeoutMs,
      signal: ctx.signal,
      progress: ctx.progress,
      clock: this.opts.clock,
      intervalMs: this.opts.intervalMs,
      displayName: `${ctx.wildcard ? '*.' : ''}${ctx.identifier}`,
      howToFix: `Check that the TXT record is at exactly ${record} (not ${record}.${ctx.identifier}, which some providers make when you type the full name) with exactly the value shown, that you saved it, and that these servers are the ones your domain uses. Then start again, allowing more time if your provider is slow (CLI: --dns-propagation-timeout SECONDS, up to ${PROPAGATION_MAX_S}).`,
    });
  }

  async cleanup(ctx: ChallengeContext): Promise<void> {
    const record = challengeRecordName(ctx.identifier);
    // Name the record the person created: through a CNAME (R12) that is the target, not
    // _acme-challenge.NAME, which holds the CNAME and must stay for the next renewal.
    const created = this.placed.get(record) ?? record;
    ctx.progress({
      step: 'cleanup',
      ...said('progress.deleteTxt', { record: created, value: ctx.dnsTxtValue }),
    });
  }
}
