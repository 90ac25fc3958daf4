// The wizard's first steps: the CA's directory, accounts, the names, the pre-flight checks, and
// "Trust the new key" for an SFTP server.
import { domainToUnicode } from 'node:url';
import { checkNames } from '../../engine/names.ts';
import { runPreflight } from '../../engine/preflight/index.ts';
import type { HandlerContext } from '../context.ts';
import type { Impls } from '../dispatch.ts';

type AccountImpls = Pick<
  Impls,
  | 'ca:directory'
  | 'account:create'
  | 'account:list'
  | 'names:check'
  | 'preflight:run'
  | 'upload:trustHostKey'
>;

export function accountImpls(ctx: HandlerContext): AccountImpls {
  const { engine } = ctx;
  return {
    'ca:directory': async ({ ca, directoryUrl }) =>
      engine.accounts.directoryInfo({
        ...(ca && ca !== 'custom' ? { ca } : {}),
        ...(directoryUrl ? { directoryUrl } : {}),
      }),

    'account:create': async (input) => {
      const a = await engine.accounts.create({
        ...(input.ca && input.ca !== 'custom' ? { ca: input.ca } : {}),
        ...(input.directoryUrl ? { directoryUrl: input.directoryUrl } : {}),
        email: input.email,
        agreeTos: input.agreeTos,
        ...(input.keyType ? { keyType: input.keyType } : {}),
        ...(input.eab && (input.eab.kid || input.eab.hmacKey)
          ? { eab: { kid: input.eab.kid.trim(), hmacKey: input.eab.hmacKey.trim() } }
          : {}),
        ...(input.stagingDirectoryUrl?.trim()
          ? { stagingDirectoryUrl: input.stagingDirectoryUrl }
          : {}),
      });
      const { termsOfService: _tos, ...summary } = a;
      return summary;
    },

    'account:list': async () => engine.accounts.list(),

    'names:check': async ({ names, challenge, allowIp }) => {
      const r = checkNames(
        names.map((n) => n.trim()).filter((n) => n !== ''),
        challenge,
        { allowIp: allowIp === true },
      );
      const idn = r.names
        .filter((n) => n.split('.').some((l) => l.startsWith('xn--')))
        .map((ascii) => ({ input: domainToUnicode(ascii.replace(/^\*\./, '')), ascii }));
      return {
        names: r.names,
        problems: r.problems,
        wildcard: r.names.some((n) => n.startsWith('*.')),
        idn,
      };
    },

    'preflight:run': async ({ names, challenge, accountId, allowIp }) => {
      // Checked against the CA of the account the certificate will use (its CAA identities, its
      // directory reachable from here), with the engine's test options (ports, resolver, CA root).
      const account = engine.accounts.pick({ ...(accountId ? { accountId } : {}) });
      const o = engine.opts;
      const out = await runPreflight({
        names,
        challenge: challenge,
        directoryUrl: account.directoryUrl,
        ...(allowIp ? { allowIp } : {}),
        ...(account.stagingDirectoryUrl
          ? { stagingDirectoryUrl: account.stagingDirectoryUrl }
          : {}),
        ...(o.caCertPem ? { caCertPem: o.caCertPem } : {}),
        ...(o.httpPort ? { httpPort: o.httpPort } : {}),
        ...(o.tlsPort ? { tlsPort: o.tlsPort } : {}),
        ...(o.httpHost ? { httpHost: o.httpHost } : {}),
        ...(o.dnsResolver ? { dnsResolver: o.dnsResolver } : {}),
      });
      // The engine gives "Show details" as lines; the contract (and the wizard's <pre>) takes one text.
      return {
        results: out.results.map((r) => ({
          check: r.check,
          verdict: r.verdict,
          message: r.message,
          ...(r.text ? { text: r.text } : {}),
          ...(r.fix ? { fix: r.fix } : {}),
          ...(r.fixText ? { fixText: r.fixText } : {}),
          ...(r.details?.length ? { details: r.details.join('\n') } : {}),
          ...(r.domain ? { name: r.domain } : {}),
        })),
      };
    },

    'upload:trustHostKey': async ({ host, fingerprint }) => {
      await engine.certificates.trustSftpHostKey(host, fingerprint);
      return {};
    },
  };
}
