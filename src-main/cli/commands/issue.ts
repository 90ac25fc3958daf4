// certdesk issue: get a certificate for the names given, with the challenge options.
import { CertdeskError } from '../../shared/errors.ts';
import { CHALLENGE_OPTS, challengeFromOptions } from '../challenge-options.ts';
import { parseKeyTypes } from '../../engine/keys.ts';
import { resolveCa } from '../../engine/ca-presets.ts';
import { normaliseNames } from '../../engine/names.ts';
import { list, str, withInterrupt } from '../context.ts';
import { certJson } from '../format.ts';
import { CA_OPTS } from './account.ts';
import type { Command } from './types.ts';

export const issue: Command = {
  name: 'issue',
  summary: 'get a certificate (returns the existing one if it is still valid, unless --force)',
  usage:
    'certdesk issue --domain NAME [--domain NAME ...] [--challenge http-01|dns-01|tls-alpn-01] [--http-mode builtin|webroot|manual|sftp|ftp] [--webroot DIR] [--dns-mode manual|rfc2136|acme-dns|exec|cloudflare ...] [--key ec256|ec384|rsa2048|rsa3072|rsa4096|ec256,rsa2048] [--preferred-chain ISSUER] [--profile NAME] [--reuse-key] [--force] [--account ID | --ca NAME | --directory URL]',
  options: {
    domain: {
      type: 'string',
      multiple: true,
      short: 'd',
      arg: 'NAME',
      help: 'a name on the certificate (repeat, or separate with commas); *.example.com needs dns-01',
    },
    ...CHALLENGE_OPTS,
    key: {
      type: 'string',
      arg: 'TYPE',
      help: 'certificate key type (default ec256); ec256,rsa2048 gets an ECDSA and an RSA certificate',
    },
    'preferred-chain': {
      type: 'string',
      arg: 'ISSUER',
      help: "pick the CA's alternate chain that has this issuer name (the root's included)",
    },
    profile: {
      type: 'string',
      arg: 'NAME',
      help: "the CA's profile (its directory lists them; e.g. shortlived at Let's Encrypt); default: the CA's",
    },
    'reuse-key': {
      type: 'boolean',
      help: 'keep the same private key on renewal (for key pinning setups)',
    },
    force: {
      type: 'boolean',
      help: 'issue again even if a valid certificate for these names exists',
    },
    account: { type: 'string', arg: 'ID', help: 'which account to use when there are several' },
    ...CA_OPTS,
  },
  async run(ctx) {
    const names = list(ctx.values, 'domain');
    if (names.length === 0)
      throw new CertdeskError('invalid-input', 'Give at least one name: --domain example.com');
    const { challenge, secrets } = challengeFromOptions(ctx);
    const key = str(ctx.values, 'key');
    // IP addresses are checked against the CA's profiles once its directory is read (RFC 8738).
    normaliseNames(names, challenge.type, { allowIp: true });
    const keys = key ? parseKeyTypes(key) : null;
    if (str(ctx.values, 'ca') || str(ctx.values, 'directory'))
      resolveCa({ ca: str(ctx.values, 'ca'), directoryUrl: str(ctx.values, 'directory') });
    const engine = await ctx.engine();
    return withInterrupt(async (signal) => {
      const r = await engine.issue({
        names,
        challenge,
        secrets,
        trigger: 'cli',
        signal,
        ...(keys ? keys : {}),
        ...(str(ctx.values, 'preferred-chain')
          ? { preferredChain: str(ctx.values, 'preferred-chain') }
          : {}),
        ...(str(ctx.values, 'profile') ? { profile: str(ctx.values, 'profile') } : {}),
        force: ctx.values.force === true,
        reuseKey: ctx.values['reuse-key'] === true,
        accountId: str(ctx.values, 'account'),
        ca: str(ctx.values, 'ca'),
        directoryUrl: str(ctx.values, 'directory'),
        // Progress goes to stderr even with --json: stdout stays machine-readable.
        onProgress: (s) => {
          ctx.err(`  ${s.message}`);
        },
      });
      const c = r.certificate;
      if (ctx.values.verbose && !r.reused) ctx.err(`  (${r.requests} requests to the CA)`);
      if (ctx.json)
        ctx.out(
          JSON.stringify(
            { ...certJson(c, engine.getCertificate(c.id).chainPem), reused: r.reused },
            null,
            2,
          ),
        );
      else {
        ctx.out(
          r.reused
            ? `A valid certificate for ${c.names.join(', ')} already exists (${c.id}, valid until ${c.notAfter}); use --force to get a new one.`
            : `Certificate ${c.id} issued for ${c.names.join(', ')}, valid until ${c.notAfter}${c.twin ? ` (${c.keyType}, and an ${c.twin.keyType} twin renewed with it)` : ''}.`,
        );
        ctx.out(`Save it where your server needs it: certdesk export ${c.id} --out DIR`);
      }
      return 0;
    });
  },
};
