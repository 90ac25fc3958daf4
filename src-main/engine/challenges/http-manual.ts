// http-01 by hand: show the file's name and content, wait for the person, then check the URL
// answers like the CA would before telling the CA (a failed validation counts against limits).
import { CertdeskError } from '../../shared/errors.ts';
import type { ChallengeSolver, ChallengeContext } from './types.ts';
import { checkChallengeUrl, type HttpCheckOptions } from '../net/http-check.ts';
import { said } from '../../shared/engine-text.ts';

export interface Prompter {
  /** Show instructions and resolve when the person says they are done (Enter, a button). */
  waitForUser(message: string, signal: AbortSignal): Promise<void>;
}

export class ManualHttpSolver implements ChallengeSolver {
  readonly type = 'http-01' as const;
  readonly interactive = true;
  readonly label = 'a file you upload yourself';
  private readonly prompter: Prompter;
  private readonly check: HttpCheckOptions;

  constructor(prompter: Prompter, check: HttpCheckOptions = {}) {
    this.prompter = prompter;
    this.check = check;
  }

  async present(ctx: ChallengeContext): Promise<void> {
    const url = `http://${ctx.identifier}/.well-known/acme-challenge/${ctx.token}`;
    const instructions = [
      `Create a file for ${ctx.identifier}:`,
      `  file name:  .well-known/acme-challenge/${ctx.token}   (inside your site's web folder)`,
      `  content:    ${ctx.keyAuthorization}`,
      `  it must open at ${url}`,
    ].join('\n');
    ctx.progress({ step: 'challenge', name: ctx.identifier, ...said('progress.waitFile', { name: ctx.identifier }), instructions });
    await this.prompter.waitForUser(instructions, ctx.signal);
  }

  async waitReady(ctx: ChallengeContext): Promise<void> {
    const r = await checkChallengeUrl(ctx.identifier, ctx.token, ctx.keyAuthorization, { ...this.check, signal: ctx.signal });
    if (r.verdict !== 'ok') {
      const hops = r.hops.map((h) => `${h.url} -> ${h.status ?? h.error ?? '?'}${h.location ? ` (to ${h.location})` : ''}`).join('\n');
      throw new CertdeskError('challenge-failed', `The file for ${ctx.identifier} is not reachable yet: ${r.reason ?? r.verdict} Check the file name and folder, then try again. The CA was not asked, so this did not count against its limits.`, { retryable: true, detail: hops });
    }
    ctx.progress({ step: 'validation', name: ctx.identifier, ...said('progress.fileAnswers', { name: ctx.identifier }) });
  }

  async cleanup(ctx: ChallengeContext): Promise<void> {
    ctx.progress({ step: 'cleanup', ...said('progress.deleteFile', { token: ctx.token, name: ctx.identifier }) });
  }
}
