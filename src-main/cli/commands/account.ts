// certdesk account create / account list: the CA accounts certificates are ordered with.
import { CertdeskError } from '../../shared/errors.ts';
import { parseKeyType } from '../../engine/keys.ts';
import { checkEmail } from '../../engine/email.ts';
import { checkStagingUrl, resolveCa } from '../../engine/ca-presets.ts';
import { str, readSecretFile } from '../context.ts';
import { accountLine } from '../format.ts';
import type { Command, OptionSpec } from './types.ts';

/** Which CA: a preset name or any ACME directory URL (account create and issue). */
export const CA_OPTS: Record<string, OptionSpec> = {
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
