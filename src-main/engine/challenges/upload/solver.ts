// http-01 for shared hosting (issue 3, R10/R11): upload <root>/.well-known/acme-challenge/<token>
// over SFTP or FTP(S), check that the site serves it, let the CA fetch it, delete it and the folders
// we created. The remote twin of WebrootHttpSolver. One connection per issuance: start() connects,
// stop() closes (issue.ts always calls stop() once start() was called).
import { CertdeskError, textError } from '../../../shared/errors.ts';
import { SECOND_MS } from '../../../shared/durations.ts';
import type { Logger } from '../../ports.ts';
import { checkChallengeUrl, type HttpCheckOptions } from '../../net/http-check.ts';
import type { ChallengeContext, ChallengeSolver } from '../types.ts';
import { RemoteOpError, type RemoteFs } from './remote-fs.ts';
import { challengeDirs, challengeFile, showRemote } from './remote-path.ts';
import { said, say, text, type Text } from '../../../shared/engine-text.ts';

export type UploadSolverOptions = {
  fs: RemoteFs;
  /** Normalised web root ("" = the login folder). */
  root: string;
  /** Fetch the URL like the CA before asking the CA (default true): a wrong web root costs no failed validation. */
  selfCheck: boolean;
  check: HttpCheckOptions;
  log: Logger;
  /** Pause before the one retry of a self-check that found nothing (some hosts sync uploads to the web servers). */
  selfCheckRetryMs?: number;
};

export class UploadHttpSolver implements ChallengeSolver {
  readonly type = 'http-01' as const;
  readonly interactive = false;
  readonly label: string;
  readonly labelText: Text;
  private readonly o: UploadSolverOptions;
  private readonly fs: RemoteFs;
  /** Folders we made, innermost first, so stop() can remove them (if empty) in that order. */
  private created: string[] = [];

  constructor(o: UploadSolverOptions) {
    this.o = o;
    this.fs = o.fs;
    this.labelText = text('solver.upload', {
      protocol: o.fs.protocol,
      where: `${o.fs.user}@${o.fs.where}:${o.root === '' ? '.' : o.root}`,
    });
    this.label = say(this.labelText);
  }

  async start(): Promise<void> {
    const { fs, root, log } = this.o;
    await fs.connect();
    log.info('upload: connected', { protocol: fs.protocol, server: fs.where, user: fs.user });
    if (fs.protocol === 'FTP')
      log.warn(
        'upload: plain FTP sends the password unencrypted; use FTPS or SFTP if the host offers it',
        { server: fs.where },
      );
    const rootKind = root === '' ? 'dir' : await this.guard(() => fs.kind(root), root, 'open');
    if (rootKind !== 'dir') {
      // Hidden folders (.ssh, .cache) are never a site's web root: leave them out of the hint.
      const there = (await fs.listDirs('')).filter((n) => !n.startsWith('.'));
      const folders = there.length
        ? `${there.slice(0, 12).join(', ')}${there.length > 12 ? ', ...' : ''}`
        : '';
      if (rootKind === 'file') {
        throw new CertdeskError(
          'webroot',
          `"${root}" on ${fs.where} is a file, not a folder. Give the folder your site is served from (often public_html, htdocs or www).${folders ? ` Folders in your login folder: ${folders}.` : ''}`,
        );
      }
      throw textError(
        'webroot',
        folders
          ? text('error.remoteRootMissingList', { folder: root, server: fs.where, folders })
          : text('error.remoteRootMissing', { folder: root, server: fs.where }),
        {
          detail: `${fs.protocol} ${fs.user}@${fs.where}: "${root}" is missing or cannot be opened`,
        },
      );
    }
    for (const dir of challengeDirs(root)) {
      const kind = await this.guard(() => fs.kind(dir), dir, 'open');
      if (kind === 'dir') continue;
      if (kind === 'file')
        throw new CertdeskError(
          'webroot',
          `${dir} on ${fs.where} is a file, but it must be a folder for the CA to find the challenge. Rename or remove that file, then try again.`,
        );
      await this.guard(() => fs.mkdir(dir), dir, 'create');
      this.created.unshift(dir);
    }
  }

  async present(ctx: ChallengeContext): Promise<void> {
    const file = challengeFile(this.o.root, ctx.token);
    await this.guard(() => this.fs.writeFile(file, ctx.keyAuthorization), file, 'write');
    ctx.progress({
      step: 'challenge',
      name: ctx.identifier,
      ...said('progress.uploaded', { name: ctx.identifier, file, server: this.fs.where }),
    });
  }

  async waitReady(ctx: ChallengeContext): Promise<void> {
    if (!this.o.selfCheck) return;
    const file = challengeFile(this.o.root, ctx.token);
    const url = `http://${ctx.identifier}/.well-known/acme-challenge/${ctx.token}`;
    const check = () =>
      checkChallengeUrl(ctx.identifier, ctx.token, ctx.keyAuthorization, {
        ...this.o.check,
        signal: ctx.signal,
      });
    let r = await check();
    if (r.verdict === 'not-found' || r.verdict === 'wrong-content') {
      await new Promise((res) => setTimeout(res, this.o.selfCheckRetryMs ?? SECOND_MS));
      r = await check();
    }
    if (r.verdict === 'ok') {
      ctx.progress({
        step: 'validation',
        name: ctx.identifier,
        ...said('progress.uploadAnswers', { url }),
      });
      return;
    }
    const detail = r.hops
      .map(
        (h) =>
          `${h.url} -> ${h.status ?? h.error ?? '?'}${h.location ? ` (to ${h.location})` : ''}`,
      )
      .join('\n');
    const notAsked = 'The CA was not asked, so this did not count against its limits.';
    if (r.verdict === 'not-found' || r.verdict === 'wrong-content') {
      const answer =
        r.verdict === 'not-found' ? 'answers 404 Not Found' : 'answers with other content';
      throw new CertdeskError(
        'webroot',
        `The file was uploaded to ${file} on ${this.fs.where}, but ${url} ${answer}: check that the remote folder is the site's web root (the folder ${ctx.identifier} is served from, often public_html, htdocs or www). ${notAsked}`,
        { detail },
      );
    }
    throw new CertdeskError(
      'challenge-failed',
      `The file was uploaded to ${file} on ${this.fs.where}, but ${url} is not reachable: ${r.reason ?? r.verdict} Check that ${ctx.identifier} points to this hosting account and answers on port 80. ${notAsked}`,
      { retryable: true, detail },
    );
  }

  async cleanup(ctx: ChallengeContext): Promise<void> {
    const file = challengeFile(this.o.root, ctx.token);
    // A dropped or timed-out connection must not leave the file behind: one fresh connection and
    // one more try (the drop may not have been noticed yet when the delete was sent).
    for (let attempt = 0; ; attempt++) {
      try {
        if (!this.fs.isOpen()) await this.fs.connect();
        await this.fs.unlink(file);
        return;
      } catch (e) {
        if (e instanceof RemoteOpError && e.kind === 'not-found') return;
        if (attempt > 0 || (e instanceof RemoteOpError && e.kind === 'permission')) throw e;
        await this.fs.close();
      }
    }
  }

  async stop(): Promise<void> {
    try {
      if (this.created.length && !this.fs.isOpen()) await this.fs.connect().catch(() => {});
      for (const dir of this.created) {
        // Only if empty: another tool (or another issuance) may have put files there meanwhile.
        await this.fs
          .rmdir(dir)
          .catch((e: Error) =>
            this.o.log.info('upload: left a folder in place', { dir, reason: e.message }),
          );
      }
      this.created = [];
    } finally {
      await this.fs.close();
    }
  }

  /** Runs one remote operation; a refused or failed one becomes a sentence naming the path. */
  private async guard<T>(
    fn: () => Promise<T>,
    path: string,
    verb: 'open' | 'create' | 'write',
  ): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      if (!(e instanceof RemoteOpError)) throw e;
      const { fs } = this;
      if (e.kind === 'permission') {
        const target =
          verb === 'write'
            ? `write the challenge file ${path}`
            : verb === 'create'
              ? `create the folder ${path}`
              : `open ${showRemote(path)}`;
        return Promise.reject(
          new CertdeskError(
            'webroot',
            `The server ${fs.where} does not let "${fs.user}" ${target}. Check that this account may change the site's web root (file permissions or a read-only ${fs.protocol} account in the hosting control panel), or give another account.`,
            { detail: e.message },
          ),
        );
      }
      if (e.kind === 'not-found') {
        return Promise.reject(
          new CertdeskError(
            'webroot',
            `The folder for ${path} does not exist on ${fs.where} any more (was it removed while Certdesk was working?). Check the remote folder, then try again.`,
            { detail: e.message },
          ),
        );
      }
      return Promise.reject(
        new CertdeskError(
          'solver',
          `Certdesk could not ${verb} ${path} on ${fs.where} over ${fs.protocol}. Try again; if it keeps happening, check the account's disk quota and permissions in the hosting control panel.`,
          { retryable: true, detail: e.message },
        ),
      );
    }
  }
}
