// certdesk check: the pre-flight checks (issue 4) before ordering. Advisory: exit 0 when nothing
// fails (warnings allowed), 1 when a check fails; a person may still order (split-horizon DNS,
// for one, gives false alarms).
import { CertdeskError } from '../../shared/errors.ts';
import { routeLabel } from '../../shared/route-facts.ts';
import { CHALLENGE_OPTS, challengeFromOptions } from '../challenge-options.ts';
import { resolveCa } from '../../engine/ca-presets.ts';
import type { CheckResult } from '../../engine/preflight/index.ts';
import { list, str, withInterrupt, type CliContext } from '../context.ts';
import type { Command } from './types.ts';
import { fixHint } from '../error-hints.ts';

const LABEL: Record<CheckResult['verdict'], string> = {
  pass: 'ok',
  warn: 'WARN',
  fail: 'FAIL',
  skip: 'skip',
};

/** The readable table: one finding per line, its fix below it, details with --verbose. */
export function formatResults(results: CheckResult[], verbose: boolean): string[] {
  const checkW = Math.max(...results.map((r) => r.check.length), 5);
  const nameW = Math.max(...results.map((r) => (r.domain ?? '').length), 0);
  const lines: string[] = [];
  for (const r of results) {
    const head = `${LABEL[r.verdict].padEnd(5)} ${r.check.padEnd(checkW)} ${nameW ? `${(r.domain ?? '').padEnd(nameW)} ` : ''}`;
    lines.push(`${head}${r.message}`);
    const indent = ' '.repeat(head.length);
    if (r.fix) lines.push(`${indent}fix: ${r.fix}${fixHint(r.fixText)}`);
    if (verbose) for (const d of r.details ?? []) lines.push(`${indent}  ${d}`);
  }
  return lines;
}

/**
 * The CA `certdesk issue` would order from: its account's, picked by the same Engine.pickAccount
 * (the only account, or --account/--ca/--directory). Checking Let's Encrypt when the only account
 * is at another CA failed the "outbound" finding for nothing. With no account there yet (or none
 * at the CA asked for) there is nothing to pick: the CA asked for, or Let's Encrypt, as before.
 */
export async function caToCheck(
  ctx: CliContext,
): Promise<{ directoryUrl: string; stagingDirectoryUrl?: string }> {
  const ca = str(ctx.values, 'ca');
  const directoryUrl = str(ctx.values, 'directory');
  // Bad --ca or --directory is bad input before the data folder is opened, as in `issue`.
  const asked = resolveCa({ ca, directoryUrl }).directoryUrl;
  const engine = await ctx.engine();
  try {
    const a = engine.pickAccount({ accountId: str(ctx.values, 'account'), ca, directoryUrl });
    return {
      directoryUrl: a.directoryUrl,
      ...(a.stagingDirectoryUrl ? { stagingDirectoryUrl: a.stagingDirectoryUrl } : {}),
    };
  } catch (e) {
    if (e instanceof CertdeskError && e.code === 'no-account') return { directoryUrl: asked };
    throw e;
  }
}

export const checkCmd: Command = {
  name: 'check',
  summary: 'pre-flight checks: can the CA validate these names? (advisory; nothing is ordered)',
  usage:
    'certdesk check --domain NAME [--domain NAME ...] [--challenge http-01|dns-01|tls-alpn-01] [--http-mode builtin|webroot|manual|sftp|ftp] [--webroot DIR] [--profile NAME] [--account ID | --ca NAME | --directory URL] [--trial-run] [--json] [--verbose]',
  options: {
    domain: {
      type: 'string',
      multiple: true,
      short: 'd',
      arg: 'NAME',
      help: 'a name to check (repeat, or separate with commas)',
    },
    ...CHALLENGE_OPTS,
    account: {
      type: 'string',
      arg: 'ID',
      help: 'check at the CA of this account (when there are several)',
    },
    ca: {
      type: 'string',
      arg: 'NAME',
      help: 'letsencrypt (default), letsencrypt-staging, zerossl, google, google-staging',
    },
    directory: { type: 'string', arg: 'URL', help: "any CA's ACME directory URL" },
    profile: {
      type: 'string',
      arg: 'NAME',
      help: 'the CA profile you will ask for (decides whether IP addresses are allowed)',
    },
    'trial-run': {
      type: 'boolean',
      help: "also validate for real at the CA's practice (staging) server with a throwaway account; nothing is issued",
    },
  },
  async run(ctx) {
    const names = list(ctx.values, 'domain');
    if (names.length === 0)
      throw new CertdeskError(
        'invalid-input',
        'Give at least one name to check: --domain example.com',
      );
    const { challenge, secrets } = challengeFromOptions(ctx);
    const { directoryUrl, stagingDirectoryUrl } = await caToCheck(ctx);
    const engine = await ctx.engine();
    const eo = engine.opts;
    // An IP address is checked as one only where the CA and profile issue for it (RFC 8738).
    const { ipAllowedBy, ipOf } = await import('../../engine/profiles.ts');
    const allowIp =
      names.some((n) => ipOf(n) !== null) &&
      ipAllowedBy(
        await engine.accounts.fetchDirectory(directoryUrl).catch(() => ({})),
        resolveCa({ directoryUrl }).caId,
        str(ctx.values, 'profile'),
      );
    const verbose = ctx.values.verbose === true;
    return withInterrupt(async (signal) => {
      if (!ctx.json)
        ctx.err(
          `Checking ${names.join(', ')} for ${routeLabel(challenge)} at ${new URL(directoryUrl).host}${ctx.values['trial-run'] === true ? ', with a trial run at the practice server' : ''}...`,
        );
      // Loaded on demand: the pre-flight checks are not part of any other command (issue 21).
      const { runPreflight } = await import('../../engine/preflight/index.ts');
      const out = await runPreflight({
        names,
        challenge,
        directoryUrl,
        ...(stagingDirectoryUrl ? { stagingDirectoryUrl } : {}),
        secrets,
        signal,
        trialRun: ctx.values['trial-run'] === true,
        ...(allowIp ? { allowIp } : {}),
        ...(str(ctx.values, 'profile') ? { profile: str(ctx.values, 'profile') } : {}),
        ...(eo.caCertPem ? { caCertPem: eo.caCertPem } : {}),
        ...(eo.httpPort ? { httpPort: eo.httpPort } : {}),
        ...(eo.tlsPort ? { tlsPort: eo.tlsPort } : {}),
        ...(eo.httpHost ? { httpHost: eo.httpHost } : {}),
        ...(eo.dnsResolver ? { dnsResolver: eo.dnsResolver } : {}),
      });
      if (ctx.json) {
        // The documented shape for scripts: the sentences, not the keys the desktop UI translates them by.
        ctx.out(
          JSON.stringify(
            out.results.map(({ text: _t, fixText: _f, ...r }) => r),
            null,
            2,
          ),
        );
      } else {
        for (const l of formatResults(out.results, verbose)) ctx.out(l);
        const fails = out.results.filter((r) => r.verdict === 'fail').length;
        const warns = out.results.filter((r) => r.verdict === 'warn').length;
        ctx.out('');
        ctx.out(
          fails === 0
            ? `No problems found${warns ? ` (${warns} warning${warns > 1 ? 's' : ''} to look at)` : ''}. Get the certificate with: certdesk issue ${names.map((n) => `--domain ${n}`).join(' ')}`
            : `${fails} check${fails > 1 ? 's' : ''} failed${warns ? `, ${warns} warning${warns > 1 ? 's' : ''}` : ''}. The checks are advisory: if you know better (for example, this computer sees a different DNS than the internet), you can still order.${verbose ? '' : ' Add --verbose for the technical details.'}`,
        );
      }
      return out.ok ? 0 : 1;
    });
  },
};
