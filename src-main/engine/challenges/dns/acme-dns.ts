// dns-01 through an acme-dns server (github.com/joohoi/acme-dns), the CNAME-to-a-validation-zone
// pattern of R12: register once (POST /register), the person creates ONE CNAME
// `_acme-challenge.<name> -> <fulldomain>` once, and every renewal only sets the TXT through the
// HTTP API (POST /update). The main DNS zone's credentials never have to be on this computer.
//
// acme-dns keeps the two most recent TXT values per registration (so a wildcard and its bare name
// validate together) and has no "delete": old values are pushed out by the next update. cleanup()
// therefore has nothing to remove.
// The HTTP API itself is acme-dns-api.ts.
import { CertdeskError, textError } from '../../../shared/errors.ts';
import { SECOND_MS } from '../../../shared/durations.ts';
import { systemClock, type Clock } from '../../ports.ts';
import type { ChallengeSolver, ChallengeContext } from '../types.ts';
import type { Prompter } from '../http-manual.ts';
import { normName } from './dns-client.ts';
import { challengeRecordName, followCname } from './zone.ts';
import { autoHowToFix, lookupFor, waitForTxt } from './propagation.ts';
import { said, say, text, type Text } from '../../../shared/engine-text.ts';
import { acmeDnsPost, acmeDnsRegister, isAccount, type AcmeDnsAccount } from './acme-dns-api.ts';

export type { AcmeDnsAccount } from './acme-dns-api.ts';

export type AcmeDnsOptions = {
  server: string;
  /** Register anew even when a registration is stored (e.g. the acme-dns server was reset). */
  register?: boolean;
  /** Accounts given by the user, lego/certbot storage format: {"example.com": {username, password, fulldomain, subdomain}}. */
  given?: Record<string, AcmeDnsAccount>;
  secret: (name: string) => string | undefined;
  saveSecret: (name: string, value: string) => Promise<void>;
  prompter?: Prompter;
  resolver?: string;
  propagationTimeoutMs: number;
  clock?: Clock;
  /** How often the CNAME is looked for after the person says it is in place. */
  intervalMs?: number;
};

export const acmeDnsSecretName = (server: string, identifier: string): string =>
  `acme-dns:${new URL(server).origin}:${identifier}`;

export class AcmeDnsSolver implements ChallengeSolver {
  readonly type = 'dns-01' as const;
  readonly interactive = false;
  readonly label: string;
  readonly labelText: Text;
  private readonly opts: AcmeDnsOptions;
  private readonly base: string;
  private readonly accounts = new Map<string, Promise<AcmeDnsAccount>>();
  private readonly cnames = new Map<string, Promise<void>>();
  private prompts: Promise<unknown> = Promise.resolve();

  constructor(opts: AcmeDnsOptions) {
    let url: URL;
    try {
      url = new URL(opts.server);
    } catch {
      throw new CertdeskError(
        'invalid-input',
        `"${opts.server}" is not a URL; give the acme-dns server as https://auth.example.org.`,
      );
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      throw new CertdeskError(
        'invalid-input',
        `The acme-dns server must be an http(s) URL, not "${opts.server}".`,
      );
    this.opts = opts;
    this.base = url.href.replace(/\/+$/, '');
    this.labelText = text('solver.acmeDns', { host: url.host });
    this.label = say(this.labelText);
  }

  /** The stored registration for this name, the one the user gave, or a new one (saved sealed at once). */
  private account(identifier: string, signal: AbortSignal): Promise<AcmeDnsAccount> {
    let p = this.accounts.get(identifier);
    if (p) return p;
    p = (async () => {
      const secretName = acmeDnsSecretName(this.base, identifier);
      if (!this.opts.register) {
        const given = this.opts.given?.[identifier] ?? this.opts.given?.[`*.${identifier}`];
        if (given) {
          if (!isAccount(given))
            throw new CertdeskError(
              'invalid-input',
              `The acme-dns credentials for ${identifier} need username, password, fulldomain and subdomain. Check the credentials file.`,
            );
          return given;
        }
        const stored = this.opts.secret(secretName);
        if (stored) {
          try {
            const a = JSON.parse(stored) as unknown;
            if (isAccount(a)) return a;
          } catch {
            /* register anew below */
          }
        }
      }
      const acct = await acmeDnsRegister(this.base, identifier, signal);
      // Saved before anything else happens: the CNAME the person creates points at this registration.
      await this.opts.saveSecret(secretName, JSON.stringify(acct));
      return acct;
    })();
    this.accounts.set(identifier, p);
    p.catch(() => this.accounts.delete(identifier));
    return p;
  }

  /** Checks the one-time CNAME; asks the person to create it when it is missing. */
  private ensureCname(
    identifier: string,
    acct: AcmeDnsAccount,
    ctx: ChallengeContext,
  ): Promise<void> {
    let p = this.cnames.get(identifier);
    if (p) return p;
    p = (async () => {
      const record = challengeRecordName(identifier);
      const want = normName(acct.fulldomain);
      const lookup = lookupFor(this.opts.resolver, ctx.signal);
      const points = async () =>
        (await followCname(record, lookup).catch(() => ({ chain: [] as string[] }))).chain.includes(
          want,
        );
      if (await points()) return;
      const lead = text('prompt.cnameLead', { name: identifier });
      const notes = [text('prompt.cnameNoTxt', { record }), text('prompt.cnameAfter')];
      const instructions = [
        say(lead),
        `  name:   ${record}.`,
        '  type:   CNAME',
        `  target: ${want}.`,
        ...notes.map(say),
      ].join('\n');
      if (!this.opts.prompter) {
        throw new CertdeskError(
          'solver',
          `acme-dns needs a one-time DNS record before it can work: create ${record}. as a CNAME to ${want}. at your DNS provider, then try again. (The acme-dns registration is saved, so the target stays the same.)`,
          { detail: instructions },
        );
      }
      // One prompt at a time, even when several names are set up in parallel.
      const prompter = this.opts.prompter;
      const turn = this.prompts.then(async () => {
        ctx.progress({
          step: 'challenge',
          name: identifier,
          ...said('progress.waitCname', { name: identifier }),
          instructions,
        });
        await prompter.waitForUser(instructions, ctx.signal, { lead, notes });
      });
      this.prompts = turn.catch(() => {});
      await turn;
      const clock = this.opts.clock ?? systemClock;
      const deadline = clock.now() + this.opts.propagationTimeoutMs;
      while (!(await points())) {
        if (clock.now() >= deadline) {
          throw new CertdeskError(
            'timeout',
            `The CNAME ${record} -> ${want} is not visible in DNS yet. Check the name and target you entered at your DNS provider, wait a few minutes, then try again (the registration is saved).`,
            { retryable: true },
          );
        }
        await new Promise<void>((resolve) =>
          clock.setTimeout(resolve, this.opts.intervalMs ?? 2 * SECOND_MS),
        );
        if (ctx.signal.aborted) throw textError('cancelled', text('failure.cancelledStart'));
      }
    })();
    this.cnames.set(identifier, p);
    p.catch(() => this.cnames.delete(identifier));
    return p;
  }

  async present(ctx: ChallengeContext): Promise<void> {
    const acct = await this.account(ctx.identifier, ctx.signal);
    await this.ensureCname(ctx.identifier, acct, ctx);
    ctx.progress({
      step: 'challenge',
      name: ctx.identifier,
      ...said('progress.acmeDns', { name: ctx.identifier }),
    });
    const r = await acmeDnsPost<{ txt?: string }>(
      this.base,
      '/update',
      { subdomain: acct.subdomain, txt: ctx.dnsTxtValue },
      { 'X-Api-User': acct.username, 'X-Api-Key': acct.password },
      `set the TXT value for ${ctx.identifier}`,
      ctx.signal,
    );
    if (r.status === 401 || r.status === 403) {
      throw textError(
        'credentials-refused',
        text('error.acmeDnsRefused', { server: this.base, name: ctx.identifier, status: r.status }),
        { detail: r.text.slice(0, 300) },
      );
    }
    if (r.status !== 200) {
      throw new CertdeskError(
        'solver',
        `The acme-dns server ${this.base} did not accept the TXT value for ${ctx.identifier} (HTTP ${r.status}). Try again; if it keeps failing, check the server's log.`,
        { retryable: r.status >= 500, detail: r.text.slice(0, 300) },
      );
    }
  }

  async waitReady(ctx: ChallengeContext): Promise<void> {
    await waitForTxt(challengeRecordName(ctx.identifier), ctx.dnsTxtValue, {
      resolver: this.opts.resolver,
      timeoutMs: this.opts.propagationTimeoutMs,
      signal: ctx.signal,
      progress: ctx.progress,
      clock: this.opts.clock,
      displayName: `${ctx.wildcard ? '*.' : ''}${ctx.identifier}`,
      howToFix: autoHowToFix(`The acme-dns server ${this.base}`),
    });
  }

  async cleanup(): Promise<void> {
    // acme-dns has no delete (see the header comment); the next update replaces the oldest value.
  }
}
