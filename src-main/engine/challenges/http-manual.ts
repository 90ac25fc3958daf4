// http-01 by hand: show the file's name and content, wait for the person, then check the URL
// answers like the CA would before telling the CA (a failed validation counts against limits).
import { CertdeskError } from '../../shared/errors.ts';
import type { ChallengeSolver, ChallengeContext } from './types.ts';
import { checkChallengeUrl, type HttpCheckOptions } from '../net/http-check.ts';
import { said, say, text, type PromptText } from '../../shared/engine-text.ts';

export interface Prompter {
  /**
   * Show instructions and resolve when the person says they are done (Enter, a button). `text` is
   * the same in any language: the lead and notes around the fields to copy (the window uses it).
   */
  waitForUser(message: string, signal: AbortSignal, text?: PromptText): Promise<void>;
}

export class ManualHttpSolver implements ChallengeSolver {
  readonly type = 'http-01' as const;
  readonly interactive = true;
  readonly labelText = text('solver.manualHttp');
  readonly label = say(this.labelText);
  private readonly prompter: Prompter;
  private readonly check: HttpCheckOptions;

  constructor(prompter: Prompter, check: HttpCheckOptions = {}) {
    this.prompter = prompter;
    this.check = check;
  }

  async present(ctx: ChallengeContext): Promise<void> {
    const url = `http://${ctx.identifier}/.well-known/acme-challenge/${ctx.token}`;
    const lead = text('prompt.httpLead', { name: ctx.identifier });
    const where = text('prompt.httpWhere', { url });
    const instructions = [
      say(lead),
      `  file name:  .well-known/acme-challenge/${ctx.token}   (inside your site's web folder)`,
      `  content:    ${ctx.keyAuthorization}`,
      `  it must open at ${url}`,
    ].join('\n');
    ctx.progress({
      step: 'challenge',
      name: ctx.identifier,
      ...said('progress.waitFile', { name: ctx.identifier }),
      instructions,
    });
    await this.prompter.waitForUser(instructions, ctx.signal, { lead, notes: [where] });
  }

  async waitReady(ctx: ChallengeContext): Promise<void> {
    const r = await checkChallengeUrl(ctx.identifier, ctx.token, ctx.keyAuthorization, {
      ...this.check,
      signal: ctx.signal,
    });
    if (r.verdict !== 'ok') {
      const hops = r.hops
        .map(
          (h) =>
            `${h.url} -> ${h.status ?? h.error ?? '?'}${h.location ? ` (to ${h.location})` : ''}`,
        )
        .join('\n');
      throw new CertdeskError(
        'challenge-failed',
        `The file for ${ctx.identifier} is not reachable yet: ${r.reason ?? r.verdict} Check the file name and folder, then try again. The CA was not asked, so this did not count against its limits.`,
        { retryable: true, detail: hops },
      );
    }
    ctx.progress({
      step: 'validation',
      name: ctx.identifier,
      ...said('progress.fileAnswers', { name: ctx.identifier }),
    });
  }

  async cleanup(ctx: ChallengeContext): Promise<void> {
    ctx.progress({
      step: 'cleanup',
      ...said('progress.deleteFile', { token: ctx.token, name: ctx.identifier }),
    });
  }
}
