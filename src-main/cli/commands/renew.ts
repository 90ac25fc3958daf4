// certdesk renew: for cron or a systemd timer. Renews what is due (or --id), re-exports to the
// remembered destinations and runs their commands; a failure on one certificate does not stop the rest.
import { CertdeskError, toErrorShape } from '../../shared/errors.ts';
import { str } from '../context.ts';
import type { Command } from './types.ts';

export const renewCmd: Command = {
  name: 'renew',
  summary: 'renew certificates that are due (for cron/systemd), or one with --id, now with --force',
  usage: 'certdesk renew [--id ID] [--force] [--json]',
  options: {
    id: { type: 'string', arg: 'ID', help: 'only this certificate' },
    force: { type: 'boolean', help: 'renew now even if not due (bypasses the retry wait after failures)' },
  },
  async run(ctx) {
    const engine = await ctx.engine();
    const id = str(ctx.values, 'id');
    const force = ctx.values.force === true;
    const now = engine.clock.now();
    const all = engine.listCertificates();
    if (id && !all.some((c) => c.id === id)) throw new CertdeskError('not-found', `There is no certificate ${id}. See the list with: certdesk list.`);
    const chosen = all.filter((c) => (id ? c.id === id : true)).filter((c) => force || (c.nextRenewalAt !== null && Date.parse(c.nextRenewalAt) <= now && c.status !== 'needs-attention'));
    const results: { id: string; names: string[]; ok: boolean; notAfter?: string | null; error?: ReturnType<typeof toErrorShape>; exports?: { dir: string; ok: boolean; outcome: string }[] }[] = [];
    for (const c of chosen) {
      if (!ctx.json) ctx.err(`Renewing ${c.names.join(', ')} (${c.id})${force ? '' : `: ${c.renewalReason ?? 'due'}`}`);
      try {
        const r = await engine.renew(c.id, { trigger: 'cli', onProgress: (s) => ctx.err(`  ${s.message}`) });
        const exports = await engine.reExportAll(c.id);
        for (const e of exports) ctx.err(`  export to ${e.destination.dir}: ${e.outcome}`);
        results.push({ id: c.id, names: c.names, ok: exports.every((e) => e.ok), notAfter: r.certificate.notAfter, exports: exports.map((e) => ({ dir: e.destination.dir, ok: e.ok, outcome: e.outcome })) });
      } catch (e) {
        const shape = toErrorShape(e);
        ctx.err(`  failed: ${shape.message}`);
        results.push({ id: c.id, names: c.names, ok: false, error: shape });
      }
    }
    if (ctx.json) ctx.out(JSON.stringify({ renewed: results, skipped: all.length - chosen.length }, null, 2));
    else ctx.out(chosen.length === 0 ? `Nothing is due. ${all.length} certificate(s) checked; see "certdesk list" for the next renewal times.` : `${results.filter((r) => r.ok).length} of ${chosen.length} renewed.`);
    return results.every((r) => r.ok) ? 0 : 1;
  },
};
