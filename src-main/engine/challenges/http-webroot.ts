// http-01 by writing into the folder an existing web server serves (R10, R11):
// <root>/.well-known/acme-challenge/<token>, removed afterwards with any folders we created.
import { mkdir, writeFile, unlink, rmdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { CertdeskError } from '../../shared/errors.ts';
import type { ChallengeSolver, ChallengeContext } from './types.ts';
import { isSafeToken } from './types.ts';
import { say, text, type Text } from '../../shared/engine-text.ts';

export class WebrootHttpSolver implements ChallengeSolver {
  readonly type = 'http-01' as const;
  readonly interactive = false;
  readonly label: string;
  readonly labelText: Text;
  private readonly root: string;
  private createdDirs: string[] = [];

  constructor(root: string) {
    this.root = path.resolve(root);
    this.labelText = text('solver.webroot', { folder: this.root });
    this.label = say(this.labelText);
  }

  async start(): Promise<void> {
    const st = await stat(this.root).catch(() => null);
    if (!st || !st.isDirectory()) {
      throw new CertdeskError(
        'webroot',
        `The web folder ${this.root} does not exist. Pick the folder your web server serves your site from (often public_html, htdocs or /var/www/html).`,
      );
    }
    const dir = path.join(this.root, '.well-known', 'acme-challenge');
    for (const d of [path.join(this.root, '.well-known'), dir]) {
      try {
        await mkdir(d);
        this.createdDirs.unshift(d);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw this.fsError(e, d);
      }
    }
  }

  private file(token: string): string {
    if (!isSafeToken(token))
      throw new CertdeskError(
        'ca-misbehaved',
        'The CA sent a challenge token that is not safe to use as a file name; Certdesk refused it.',
        { detail: token.slice(0, 80) },
      );
    return path.join(this.root, '.well-known', 'acme-challenge', token);
  }

  async present(ctx: ChallengeContext): Promise<void> {
    const f = this.file(ctx.token);
    try {
      await writeFile(f, ctx.keyAuthorization, { mode: 0o644 });
    } catch (e) {
      throw this.fsError(e, f);
    }
  }

  async cleanup(ctx: ChallengeContext): Promise<void> {
    await unlink(this.file(ctx.token)).catch(() => {});
  }

  async stop(): Promise<void> {
    for (const d of this.createdDirs) await rmdir(d).catch(() => {});
    this.createdDirs = [];
  }

  private fsError(e: unknown, where: string): CertdeskError {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EACCES' || err.code === 'EPERM' || err.code === 'EROFS') {
      return new CertdeskError(
        'webroot',
        `Certdesk may not write into ${where}. Give your user write access to the web folder, or pick another method.`,
        { detail: err.message },
      );
    }
    return new CertdeskError(
      'webroot',
      `Certdesk could not write the challenge file into ${where}: ${err.message}.`,
      { detail: err.message },
    );
  }
}
