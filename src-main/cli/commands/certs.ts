// certdesk list, show, revoke, delete: the certificates already in the data folder.
import { CertdeskError } from '../../shared/errors.ts';
import { renewalsStopped } from '../../engine/data-notices.ts';
import { REVOCATION_REASONS, type RevocationReason } from '../../engine/revocation-reasons.ts';
import { str } from '../context.ts';
import { resolveCertId } from '../cert-ref.ts';
import { certDetails, certJson, certLine } from '../format.ts';
import type { Command } from './types.ts';

export const listCmd: Command = {
  name: 'list',
  summary: 'list certificates with status, expiry and next renewal',
  usage: 'certdesk list [--json]',
  options: {},
  async run(ctx) {
    const certs = (await ctx.engine()).listCertificates();
    if (ctx.json)
      ctx.out(
        JSON.stringify(
          certs.map((c) => certJson(c)),
          null,
          2,
        ),
      );
    else if (certs.length === 0)
      ctx.out('No certificates yet. Get one: certdesk issue --domain example.com');
    else for (const c of certs) ctx.out(certLine(c));
    // Issue 22: renewals never stop silently. The warning itself was printed when the data folder
    // opened (context.ts); a script or a monitor sees the exit code.
    return renewalsStopped((await ctx.engine()).settings.storageNotices()).length > 0 ? 1 : 0;
  },
};

export const show: Command = {
  name: 'show',
  summary: 'show one certificate (never its private key)',
  usage: 'certdesk show ID|NAME [--json]',
  options: {},
  async run(ctx) {
    const id = ctx.positionals[0];
    if (!id)
      throw new CertdeskError(
        'invalid-input',
        'Which certificate? certdesk show ID (see certdesk list)',
      );
    const engine = await ctx.engine();
    const c = engine.getCertificate(resolveCertId(engine, id));
    if (ctx.json) ctx.out(JSON.stringify(certJson(c, c.chainPem), null, 2));
    else ctx.out(certDetails(c));
    return 0;
  },
};

export const revoke: Command = {
  name: 'revoke',
  summary: 'revoke a certificate at the CA',
  usage: `certdesk revoke ID|NAME [--reason ${Object.keys(REVOCATION_REASONS).join('|')}]`,
  options: {
    reason: {
      type: 'string',
      arg: 'REASON',
      help: 'why (default unspecified; keyCompromise if the private key leaked)',
    },
  },
  async run(ctx) {
    const id = ctx.positionals[0];
    if (!id)
      throw new CertdeskError(
        'invalid-input',
        'Which certificate? certdesk revoke ID --reason REASON',
      );
    const reason = (str(ctx.values, 'reason') ?? 'unspecified') as RevocationReason;
    if (!(reason in REVOCATION_REASONS))
      throw new CertdeskError(
        'invalid-input',
        `Unknown reason "${reason}". Use one of: ${Object.keys(REVOCATION_REASONS).join(', ')}.`,
      );
    const engine = await ctx.engine();
    const c = await engine.revoke(resolveCertId(engine, id), reason);
    if (ctx.json) ctx.out(JSON.stringify(certJson(c), null, 2));
    else
      ctx.out(
        `Certificate ${id} is revoked (${reason}). Browsers will stop trusting it; issue a new one with --force if you still need it.`,
      );
    return 0;
  },
};

export const deleteCmd: Command = {
  name: 'delete',
  summary: 'forget a certificate and its key (does not revoke it)',
  usage: 'certdesk delete ID|NAME --yes',
  options: { yes: { type: 'boolean', help: 'confirm: the private key is deleted for good' } },
  async run(ctx) {
    const id = ctx.positionals[0];
    if (!id)
      throw new CertdeskError('invalid-input', 'Which certificate? certdesk delete ID --yes');
    if (ctx.values.yes !== true)
      throw new CertdeskError(
        'invalid-input',
        'Deleting removes the private key for good; add --yes to confirm (export it first if you still need it).',
      );
    const engine = await ctx.engine();
    const certId = resolveCertId(engine, id);
    await engine.deleteCertificate(certId);
    ctx.out(`Certificate ${certId} deleted.`);
    return 0;
  },
};
