// certdesk deploy add/list/test/run/remove/done/waiting (issue 17): where a certificate is used.
// Credentials come from files (never the command line, where `ps` shows them) and are sealed
// like every other secret; the engine binds each one to the target's server.
// What `deploy add` reads from its options is deploy-options.ts.
import { CertdeskError } from '../../shared/errors.ts';
import type { DeployTargetView } from '../../shared/deploy.ts';
import { say } from '../../shared/engine-text.ts';
import type { DeployRunResult } from '../../engine/deploy/service.ts';
import { resolveCertId } from '../cert-ref.ts';
import { day as formatTime } from '../format.ts';
import type { Command } from './types.ts';
import type { CliContext } from '../context.ts';
import { ADD_OPTIONS, targetFromOptions } from './deploy-options.ts';

export { targetFromOptions } from './deploy-options.ts';

function targetLine(t: DeployTargetView): string {
  const last = t.lastRun
    ? t.lastRun.ok
      ? `last run ok ${formatTime(t.lastRun.at)}`
      : t.lastRun.errorCode === 'waiting'
        ? 'waiting for you'
        : `last run FAILED ${formatTime(t.lastRun.at)}`
    : 'not run yet';
  const good = t.lastGood ? `; last good ${formatTime(t.lastGood.at)}` : '';
  const retry = t.retryAt ? `; next try ${formatTime(t.retryAt)}` : '';
  return `${t.id}  ${t.config.kind.padEnd(6)} ${t.where}  (${last}${good}${retry})`;
}

/**
 * Prints runs; the exit code is 1 when any target failed (a waiting manual target is not a
 * failure).
 */
function report(ctx: CliContext, results: DeployRunResult[]): number {
  if (ctx.json) {
    ctx.out(JSON.stringify(results, null, 2));
  } else {
    for (const { target, run } of results) {
      if (run.ok) ctx.out(`ok      ${target.where}`);
      else if (run.errorCode === 'waiting') ctx.out(`waiting ${target.where}: ${run.message}`);
      else {
        ctx.out(`FAILED  ${target.where}: ${run.message}`);
        ctx.out(
          target.lastGood
            ? `        last good deployment: ${formatTime(target.lastGood.at)} (serial ${target.lastGood.serial}); those files stay in place`
            : '        no good deployment yet',
        );
      }
      if (run.command) {
        ctx.out(`        command exit status: ${run.command.exitCode ?? 'none (stopped)'}`);
        for (const l of run.command.outputTail) ctx.out(`        | ${l}`);
      }
    }
  }
  return results.some((r) => !r.run.ok && r.run.errorCode !== 'waiting') ? 1 : 0;
}

const certArg = async (ctx: CliContext, usage: string) => {
  const ref = ctx.positionals[0];
  if (!ref) throw new CertdeskError('invalid-input', `Which certificate? ${usage}`);
  const engine = await ctx.engine();
  return { engine, id: resolveCertId(engine, ref) };
};
const targetArg = (ctx: CliContext, usage: string): string => {
  const t = ctx.positionals[1];
  if (!t)
    throw new CertdeskError(
      'invalid-input',
      `Which target? ${usage} (see certdesk deploy list ID)`,
    );
  return t;
};

export const DEPLOY_COMMANDS: Command[] = [
  {
    name: 'deploy add',
    summary: 'add a place the certificate is used; Certdesk puts it there after every renewal',
    usage:
      'certdesk deploy add ID (--sftp-host H --sftp-user U --remote-dir D (--sftp-password-file F|--sftp-key-file F) [--then CMD] | --ftp-host H --ftp-user U --remote-dir D --ftp-password-file F [--ftps] | --cpanel-url URL --cpanel-user U --cpanel-token-file F | --local-dir D [--then CMD] | --manual WHERE) [--preset P|--format F] [--no-run]',
    options: ADD_OPTIONS,
    async run(ctx) {
      const { engine, id } = await certArg(ctx, 'certdesk deploy add ID --sftp-host ...');
      const { config, secrets } = targetFromOptions(ctx);
      const t = await engine.deploy.add(id, config, secrets);
      if (!ctx.json) ctx.out(`added ${targetLine(t)}`);
      if (ctx.values['no-run'] || !engine.getStored(id).current) {
        if (ctx.json) ctx.out(JSON.stringify(t, null, 2));
        return 0;
      }
      return report(ctx, await engine.deploy.run(id, { targetId: t.id, trigger: 'issued' }));
    },
  },
  {
    name: 'deploy list',
    summary: "list a certificate's deployment targets with their last runs",
    usage: 'certdesk deploy list ID [--json]',
    options: {},
    async run(ctx) {
      const { engine, id } = await certArg(ctx, 'certdesk deploy list ID');
      const list = engine.deploy.list(id);
      if (ctx.json) ctx.out(JSON.stringify(list, null, 2));
      else if (list.length === 0)
        ctx.out('No deployment targets. Add one: certdesk deploy add ID --local-dir DIR');
      else for (const t of list) ctx.out(targetLine(t));
      return 0;
    },
  },
  {
    name: 'deploy test',
    summary: 'check the connection and permissions of a target without changing anything',
    usage: 'certdesk deploy test ID TARGET',
    options: {},
    async run(ctx) {
      const { engine, id } = await certArg(ctx, 'certdesk deploy test ID TARGET');
      const said = say(
        await engine.deploy.test(id, targetArg(ctx, 'certdesk deploy test ID TARGET')),
      );
      if (ctx.json) ctx.out(JSON.stringify({ ok: true, message: said }));
      else ctx.out(said);
      return 0;
    },
  },
  {
    name: 'deploy run',
    summary: 'deploy now: one target, or every target of the certificate',
    usage: 'certdesk deploy run ID [TARGET] [--json]',
    options: {},
    async run(ctx) {
      const { engine, id } = await certArg(ctx, 'certdesk deploy run ID [TARGET]');
      const targetId = ctx.positionals[1];
      const results = await engine.deploy.run(id, {
        ...(targetId ? { targetId } : {}),
        trigger: 'manual',
      });
      if (results.length === 0 && !ctx.json) ctx.out('No deployment targets to run.');
      return report(ctx, results);
    },
  },
  {
    name: 'deploy remove',
    summary: 'remove a deployment target (files already there stay)',
    usage: 'certdesk deploy remove ID TARGET',
    options: {},
    async run(ctx) {
      const { engine, id } = await certArg(ctx, 'certdesk deploy remove ID TARGET');
      const t = targetArg(ctx, 'certdesk deploy remove ID TARGET');
      await engine.deploy.remove(id, t);
      if (!ctx.json) ctx.out(`removed ${t}`);
      return 0;
    },
  },
  {
    name: 'deploy done',
    summary: 'say you put the new certificate in place by hand',
    usage: 'certdesk deploy done ID TARGET',
    options: {},
    async run(ctx) {
      const { engine, id } = await certArg(ctx, 'certdesk deploy done ID TARGET');
      const t = await engine.deploy.markManualDone(
        id,
        targetArg(ctx, 'certdesk deploy done ID TARGET'),
      );
      ctx.out(ctx.json ? JSON.stringify(t, null, 2) : targetLine(t));
      return 0;
    },
  },
  {
    name: 'deploy waiting',
    summary: 'certificates waiting for you to put them in place by hand',
    usage: 'certdesk deploy waiting [--json]',
    options: {},
    async run(ctx) {
      const list = (await ctx.engine()).deploy.waitingManual();
      if (ctx.json) ctx.out(JSON.stringify(list, null, 2));
      else if (list.length === 0) ctx.out('Nothing waits for you.');
      else
        for (const w of list)
          ctx.out(
            `${w.certId} ${w.names[0]}  ${w.targetId}  ${w.label}  since ${formatTime(w.since)}`,
          );
      return 0;
    },
  },
];
