// account create/list, issue, list, show, revoke, delete.
import { CertdeskError } from '../../shared/errors.ts';
import { renewalsStopped } from '../../engine/data-notices.ts';
import { CHALLENGE_OPTS, challengeFromOptions } from '../challenge-options.ts';
import { parseKeyType, parseKeyTypes } from '../../engine/keys.ts';
import { checkEmail } from '../../engine/email.ts';
import { checkStagingUrl, resolveCa } from '../../engine/ca-presets.ts';
import { normaliseNames } from '../../engine/names.ts';
import { REVOCATION_REASONS, type RevocationReason } from '../../engine/revocation-reasons.ts';
import { list, str, readSecretFile, withInterrupt } from '../context.ts';
import { resolveCertId } from '../cert-ref.ts';
import { accountLine, certDetails, certJson, certLine } from '../format.ts';
import type { Command, OptionSpec } from './types.ts';

const CA_OPTS: Record<string, OptionSpec> = {
  ca: {
    type: 'string',
    arg: 'NAME',
    help: 'letsencrypt (default), letsencrypt-staging, zerossl, google, google-staging',
  },
  directory: { type: 'string', arg: 'URL', help: "any CA's ACME directory URL" },
};

export const accountCreate: Command = {
  name: 'account create',
  summary: 'create an account at a CA (needed once per CA)',
  usage:
    'certdesk account create --email E [--ca NAME | --directory URL [--staging-directory URL]] [--eab-kid K --eab-hmac H] [--account-key ec256|ec384|rsa2048|...] --agree-tos',
  options: {
    email: {
      type: 'string',
      arg: 'E',
      help: 'an address that reaches you: the CA writes about your account there',
    },
    ...CA_OPTS,
    'eab-kid': {
      type: 'string',
      arg: 'K',
      help: 'External Account Binding key ID (ZeroSSL, Google)',
    },
    'eab-hmac': { type: 'string', arg: 'H', help: 'External Account Binding HMAC key' },
    'eab-hmac-file': { type: 'string', arg: 'F', help: 'read the HMAC key from a file instead' },
    'account-key': { type: 'string', arg: 'TYPE', help: 'account key type (default ec256)' },
    'staging-directory': {
      type: 'string',
      arg: 'URL',
      help: "with --directory: the CA's practice (staging) directory, for trial runs",
    },
    'agree-tos': {
      type: 'boolean',
      help: "agree to the CA's Terms of Service (shown by the CA's directory)",
    },
  },
  async run(ctx) {
    const email = str(ctx.values, 'email');
    if (!email)
      throw new CertdeskError(
        'invalid-input',
        'Give the e-mail address for the account: --email you@example.com',
      );
    const kid = str(ctx.values, 'eab-kid');
    const hmacFile = str(ctx.values, 'eab-hmac-file');
    const hmac = hmacFile
      ? readSecretFile(hmacFile, 'the EAB HMAC key')
      : str(ctx.values, 'eab-hmac');
    if ((kid && !hmac) || (!kid && hmac))
      throw new CertdeskError(
        'invalid-input',
        'External Account Binding needs both --eab-kid and --eab-hmac.',
      );
    const keyType = str(ctx.values, 'account-key');
    // Check what can be checked before the data folder is touched: bad input changes nothing on disk.
    checkEmail(email);
    resolveCa({ ca: str(ctx.values, 'ca'), directoryUrl: str(ctx.values, 'directory') });
    if (keyType) parseKeyType(keyType);
    const staging = str(ctx.values, 'staging-directory');
    if (staging) {
      if (!str(ctx.values, 'directory'))
        throw new CertdeskError(
          'invalid-input',
          'A practice directory is for a CA given by --directory URL; the CA names (--ca) know theirs.',
        );
      checkStagingUrl(staging);
    }
    const engine = await ctx.engine();
    const a = await engine.createAccount({
      ...(staging ? { stagingDirectoryUrl: staging } : {}),
      email,
      ca: str(ctx.values, 'ca'),
      directoryUrl: str(ctx.values, 'directory'),
      agreeTos: ctx.values['agree-tos'] === true,
      ...(keyType ? { keyType: parseKeyType(keyType) } : {}),
      ...(kid && hmac ? { eab: { kid, hmacKey: hmac } } : {}),
    });
    if (ctx.json) ctx.out(JSON.stringify(a, null, 2));
    else
      ctx.out(
        `Account ${a.id} ready at ${a.caId} for ${a.email}.${a.termsOfService ? ` You agreed to ${a.termsOfService}` : ''}`,
      );
    return 0;
  },
};

export const accountList: Command = {
  name: 'account list',
  summary: 'list accounts',
  usage: 'certdesk account list [--json]',
  options: {},
  async run(ctx) {
    const accounts = (await ctx.engine()).listAccounts();
    if (ctx.json) ctx.out(JSON.stringify(accounts, null, 2));
    else if (accounts.length === 0)
      ctx.out(
        'No accounts yet. Create one: certdesk account create --email you@example.com --agree-tos',
      );
    else for (const a of accounts) ctx.out(accountLine(a));
    return 0;
  },
};

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

export const CORE_COMMANDS: Command[] = [
  accountCreate,
  accountList,
  issue,
  listCmd,
  show,
  revoke,
  deleteCmd,
];
