// certdesk profile ID [NAME | --ca-default] (issue 18): show the CA's ACME profiles beside the one
// a certificate asks for, or change it. Nothing is ordered: the next renewal asks for the new one.
// The CA's list and descriptions come from its directory (meta.profiles, R24).
import { CertdeskError } from '../../shared/errors.ts';
import { resolveCertId } from '../cert-ref.ts';
import { certJson } from '../format.ts';
import type { Command } from './types.ts';

export const profileCmd: Command = {
  name: 'profile',
  summary: "show the CA's profiles for a certificate, or change the one its next renewal asks for",
  usage: 'certdesk profile ID|NAME [PROFILE | --ca-default] [--json]',
  options: {
    'ca-default': {
      type: 'boolean',
      help: "go back to the CA's default profile at the next renewal",
    },
  },
  async run(ctx) {
    const [ref, wanted, extra] = ctx.positionals;
    if (!ref)
      throw new CertdeskError(
        'invalid-input',
        'Which certificate? certdesk profile ID (see certdesk list), then the profile to change to.',
      );
    const back = ctx.values['ca-default'] === true;
    if (extra !== undefined || (back && wanted !== undefined))
      throw new CertdeskError(
        'invalid-input',
        'Give one profile, or --ca-default: certdesk profile ID PROFILE | certdesk profile ID --ca-default',
      );
    const engine = await ctx.engine();
    const id = resolveCertId(engine, ref);
    if (wanted === undefined && !back) {
      const c = engine.getCertificate(id);
      const offered = await engine.profiles.offered(c.accountId);
      if (ctx.json) {
        ctx.out(JSON.stringify({ id, profile: c.profile ?? null, ...offered }, null, 2));
        return 0;
      }
      ctx.out(`Certificate ${id} (${c.names.join(', ')})`);
      ctx.out(`  asks for:  ${c.profile ?? "the CA's default"}`);
      if (offered.profiles.length === 0) {
        ctx.out('  This CA offers no profiles: its usual certificate is issued.');
        return 0;
      }
      ctx.out("  The CA's profiles, in its own words:");
      const width = Math.max(...offered.profiles.map((p) => p.name.length));
      for (const p of offered.profiles) ctx.out(`    ${p.name.padEnd(width)}  ${p.description}`);
      ctx.out(`Change it: certdesk profile ${id} PROFILE (or --ca-default)`);
      return 0;
    }
    const c = await engine.setProfile(id, back ? null : (wanted ?? null));
    if (ctx.json) ctx.out(JSON.stringify(certJson(c), null, 2));
    else
      ctx.out(
        `Certificate ${id} will ask for ${c.profile ? `the profile ${c.profile}` : "the CA's default profile"} at its next renewal (${c.nextRenewalAt ?? 'not planned'}). Nothing was ordered now; to get it now: certdesk renew --id ${id} --force`,
      );
    return 0;
  },
};
