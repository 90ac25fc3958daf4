// certdesk site-check ID: is the newest certificate really served? (issue 17) One line per name
// and address, or with --json one object per name and address (name, address, port, state,
// servedSerial, servedNotAfter, detail). Exit 0 when every address is current, 1 otherwise.
// The global --dns-resolver picks the DNS server; --port exists for tests only.
import { CertdeskError } from '../../shared/errors.ts';
import { countedResults, type SiteResult } from '../../shared/site-check.ts';
import { int, withInterrupt } from '../context.ts';
import { resolveCertId } from '../cert-ref.ts';
import type { Command } from './types.ts';

/** The documented --json shape: the sentence, not the key the window translates it by. */
export const siteResultJson = ({ text: _t, ...r }: SiteResult): Omit<SiteResult, 'text'> => r;

export function formatSiteResults(results: readonly SiteResult[]): string[] {
  const nameW = Math.max(4, ...results.map((r) => r.name.length));
  const addrW = Math.max(7, ...results.map((r) => r.address.length || 1));
  return results.map(
    (r) =>
      `${r.state.padEnd(11)} ${r.name.padEnd(nameW)} ${(r.address || '-').padEnd(addrW)} ${r.detail}`,
  );
}

export const siteCheckCmd: Command = {
  name: 'site-check',
  summary: 'is the newest certificate served? connects to every address of each name (port 443)',
  usage: 'certdesk site-check ID|NAME [--port N] [--json]',
  options: {
    port: {
      type: 'string',
      arg: 'N',
      help: 'port to connect to (default 443; another port only for tests)',
    },
  },
  async run(ctx) {
    const ref = ctx.positionals[0];
    if (!ref)
      throw new CertdeskError(
        'invalid-input',
        'Which certificate? certdesk site-check ID (see certdesk list)',
      );
    const port = int(ctx.values, 'port');
    const engine = await ctx.engine();
    const id = resolveCertId(engine, ref);
    const out = await withInterrupt((signal) =>
      engine.siteCheck.check(id, { signal, ...(port ? { port } : {}) }),
    );
    if (ctx.json) ctx.out(JSON.stringify(out.results.map(siteResultJson), null, 2));
    else {
      for (const l of formatSiteResults(out.results)) ctx.out(l);
      // A wildcard's line says why it is not checked; it is not counted as an address.
      const counted = countedResults(out.results);
      const bad = counted.filter((r) => r.state !== 'current').length;
      ctx.out('');
      ctx.out(
        bad === 0
          ? `Every address serves the newest certificate.`
          : `${bad} of ${counted.length} address${counted.length > 1 ? 'es do' : ' does'} not serve the newest certificate.`,
      );
    }
    return out.state === 'current' ? 0 : 1;
  },
};
