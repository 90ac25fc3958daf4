// certdesk renew: for cron or a systemd timer. Renews what is due (or --id), re-exports to the
// remembered destinations and runs their commands; a failure on one certificate does not stop the rest.
// Without --force it honours the backoff after failures and skips what needs the person (issue 5).
import { CertdeskError, toErrorShape } from '../../shared/errors.ts';
import { logFilePath } from '../../storage/file-logger.ts';
import { runtimeOf, str, withInterrupt, type CliContext } from '../context.ts';
import { resolveCertId } from '../cert-ref.ts';
import type { Command } from './types.ts';

/** A channel that could not deliver a notice is said on stderr, where cron mails it. */
function tellFailedChannels(
  ctx: CliContext,
  sent: { failed: { channel: string; message: string }[] },
): void {
  for (const f of sent.failed) ctx.err(`  could not send the ${f.channel} notice: ${f.message}`);
}

export const renewCmd: Command = {
  name: 'renew',
  summary: 'renew certificates that are due (for cron/systemd), or one with --id, now with --force',
  usage: 'certdesk renew [--id ID|NAME] [--force] [--unpaused] [--dry-run] [--quiet] [--json]',
  options: {
    id: { type: 'string', arg: 'ID', help: 'only this certificate (its ID or a name on it)' },
    force: {
      type: 'boolean',
      help: 'renew now even if not due (bypasses the retry wait after failures)',
    },
    unpaused: {
      type: 'boolean',
      help: "with --id: you unpaused the account at the CA's page (issue 18); renew it now",
    },
    'dry-run': {
      type: 'boolean',
      help: "rehearse what is due at the CA's staging server (pre-flight only where there is none); changes nothing",
    },
  },
  async run(ctx) {
    const { engine, notifier } = await runtimeOf(ctx);
    // Loaded with the runtime, not at start-up: only renew needs them (issue 21).
    const { makeNotice } = await import('../../engine/renewal/notifier.ts');
    const { noticeLanguage, sendStateNotices } = await import('../../engine/renewal/service.ts');
    const { deployFailedNotice } = await import('../../engine/renewal/deploy-notice.ts');
    const { retryDueDeployments } = await import('./renew-retries.ts');
    const { renewDryRun } = await import('./renew-dry-run.ts');
    const ref = str(ctx.values, 'id');
    const id = ref ? resolveCertId(engine, ref) : undefined;
    const unpaused = ctx.values.unpaused === true;
    if (unpaused && !id)
      throw new CertdeskError(
        'invalid-input',
        'Say which certificate you unpaused at the CA: --id ID --unpaused.',
      );
    // Issue 18: the person lifted the CA's pause; the mark goes and this certificate renews now.
    if (unpaused && id) await engine.certificates.unpause(id);
    const force = ctx.values.force === true || unpaused;
    const dryRun = ctx.values['dry-run'] === true;
    // RFC 9773: ask the CA first where it offers renewal information (a CA without ARI, or an ARI
    // endpoint that is down, leaves the ratio plan; this never fails the run). Not in a dry run:
    // that changes nothing, not even the stored renewal window.
    if (!force && !dryRun) {
      for (const c of engine.storedCertificates())
        if (!id || c.id === id) await engine.refreshRenewalInfo(c.id);
    }
    const now = engine.clock.now();
    const all = engine.listCertificates();
    const mine = all.filter((c) => (id ? c.id === id : true));
    const due = (c: (typeof all)[number]): boolean =>
      c.nextRenewalAt !== null && Date.parse(c.nextRenewalAt) <= now;
    // Without --force: the backoff after failures holds, and problems that need the person are skipped.
    const waiting = force
      ? []
      : mine.filter(
          (c) =>
            c.status === 'needs-attention' || (c.status === 'expired' && c.nextRenewalAt === null),
        );
    for (const c of waiting) {
      if (!ctx.json && c.paused)
        ctx.err(
          `Skipping ${c.names.join(', ')} (${c.id}): the CA paused the account for ${c.paused.names.join(', ')}. Fix why validation fails first (certdesk check), then open ${c.paused.url} and unpause it there, then: certdesk renew --id ${c.id} --unpaused`,
        );
      else if (!ctx.json)
        ctx.err(
          `Skipping ${c.names.join(', ')} (${c.id}): ${c.renewalReason ?? 'it needs you'}. When it is fixed: certdesk renew --id ${c.id} --force`,
        );
    }
    const chosen = mine.filter((c) => force || (due(c) && !waiting.includes(c)));
    if (dryRun)
      return withInterrupt((signal) => renewDryRun(ctx, engine, chosen, all.length, signal));
    // Cron users hear of trouble by e-mail or webhook when Settings has them (Let's Encrypt no longer
    // e-mails): the runtime's notifier.
    const results: {
      id: string;
      names: string[];
      ok: boolean;
      notAfter?: string | null;
      error?: ReturnType<typeof toErrorShape>;
      exports?: { dir: string; ok: boolean; outcome: string }[];
    }[] = [];
    for (const c of chosen) {
      if (!ctx.json)
        ctx.progress(
          `Renewing ${c.names.join(', ')} (${c.id})${force ? '' : `: ${c.renewalReason ?? 'due'}`}`,
        );
      try {
        const { renewal: r, exports } = await engine.renewAndDeploy(c.id, {
          trigger: 'cli',
          onProgress: (s) => ctx.progress(`  ${s.message}`),
        });
        for (const e of exports)
          (e.ok ? ctx.progress : ctx.err)(
            `${ctx.quiet ? `${c.names[0]}: ` : '  '}export to ${e.dir}: ${e.outcome}`,
          );
        results.push({
          id: c.id,
          names: c.names,
          // A target waiting for the person is a reminder (printed above), not a failure (issue 17).
          ok: exports.every((e) => e.ok || e.waiting === true),
          notAfter: r.certificate.notAfter,
          exports,
        });
        await notifier.notify(
          makeNotice(
            'renewal-succeeded',
            { id: c.id, names: c.names, notAfter: r.certificate.notAfter },
            engine.clock.now(),
            {},
            noticeLanguage(engine),
          ),
        );
        // Issue 17: a failed upload is heard about from cron as from the app (the same notice).
        const failedDeploy = deployFailedNotice(engine, c, exports);
        if (failedDeploy) tellFailedChannels(ctx, await notifier.notify(failedDeploy));
      } catch (e) {
        const shape = toErrorShape(e);
        // With --quiet the "Renewing ..." line was not printed: the error names the certificate.
        ctx.err(
          ctx.quiet
            ? `error: renewing ${c.names.join(', ')} (${c.id}) failed: ${shape.message}`
            : `  failed: ${shape.message}`,
        );
        // Issue 18: the CA's unpause page, printed for the person to open.
        if (shape.link)
          ctx.err(
            `  open this page: ${shape.link}\n  when it is unpaused: certdesk renew --id ${c.id} --unpaused`,
          );
        results.push({ id: c.id, names: c.names, ok: false, error: shape });
        const sent = await notifier.notify(
          makeNotice(
            'renewal-failed',
            { id: c.id, names: c.names, notAfter: c.notAfter },
            engine.clock.now(),
            { error: shape },
            noticeLanguage(engine),
          ),
        );
        tellFailedChannels(ctx, sent);
      }
    }
    const redeployed = await retryDueDeployments(ctx, engine, notifier, id, (sent) =>
      tellFailedChannels(ctx, sent),
    );
    const redeployFailed = redeployed.some((r) => r.exports.some((e) => !e.ok));
    await sendStateNotices(engine, notifier);
    if (results.some((r) => !r.ok) || redeployFailed)
      ctx.err(`Details are in the log: ${logFilePath(engine.opts.dataDir)}`);
    if (ctx.json) {
      ctx.out(
        JSON.stringify(
          {
            renewed: results,
            redeployed,
            skipped: all.length - chosen.length,
            needsAttention: waiting.map((c) => ({
              id: c.id,
              names: c.names,
              status: c.status,
              reason: c.renewalReason,
            })),
          },
          null,
          2,
        ),
      );
    } else if (chosen.length === 0 && redeployed.length === 0) {
      const retry = mine.filter((c) => c.status === 'retry-wait');
      ctx.out(
        `Nothing is due. ${all.length} certificate(s) checked${retry.length ? `; ${retry.length} waiting to retry after a failure (--force renews now)` : ''}; see "certdesk list" for the next renewal times.`,
      );
    } else if (chosen.length > 0)
      ctx.out(`${results.filter((r) => r.ok).length} of ${chosen.length} renewed.`);
    return results.every((r) => r.ok) && !redeployFailed && waiting.length === 0 ? 0 : 1;
  },
};
