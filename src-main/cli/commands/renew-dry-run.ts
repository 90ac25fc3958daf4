// certdesk renew --dry-run (issue 19): what `renew` would do, rehearsed and not done. Each chosen
// certificate gets its pre-flight checks and a trial run at the CA's staging directory with its
// own route; nothing is issued, stored, exported or notified.
import type { Engine } from '../../engine/engine.ts';
import { dryRunRenewal } from '../../engine/renewal/dry-run.ts';
import type { CertificateSummary } from '../../shared/types.ts';
import { formatResults } from './check.ts';
import type { CliContext } from '../context.ts';

export async function renewDryRun(
  ctx: CliContext,
  engine: Engine,
  chosen: CertificateSummary[],
  total: number,
  signal: AbortSignal,
): Promise<number> {
  const report: { id: string; names: string[]; ok: boolean; results: unknown[] }[] = [];
  for (const c of chosen) {
    if (!ctx.json)
      ctx.progress(
        `Rehearsing the renewal of ${c.names.join(', ')} (${c.id}), changing nothing...`,
      );
    const out = await dryRunRenewal(engine, c.id, signal);
    report.push({
      id: c.id,
      names: c.names,
      ok: out.ok,
      results: out.results.map(({ text: _t, fixText: _f, ...r }) => r),
    });
    if (ctx.json) continue;
    if (ctx.quiet) {
      for (const r of out.results.filter((x) => x.verdict === 'fail'))
        ctx.err(`error: ${c.names[0]} (${c.id}): ${r.check}: ${r.message}`);
    } else for (const l of formatResults(out.results, ctx.values.verbose === true)) ctx.out(l);
  }
  if (ctx.json) ctx.out(JSON.stringify({ dryRun: true, certificates: report }, null, 2));
  else if (chosen.length === 0)
    ctx.out(
      total === 0
        ? 'There are no certificates yet, so nothing to rehearse. Get one: certdesk issue --domain example.com'
        : `Nothing is due, so nothing to rehearse (${total} certificate(s) checked). Rehearse anyway: certdesk renew --dry-run --force (or --id ID).`,
    );
  else
    ctx.out(
      `Dry run: ${report.filter((r) => r.ok).length} of ${report.length} would renew. Nothing was changed.`,
    );
  return report.every((r) => r.ok) ? 0 : 1;
}
