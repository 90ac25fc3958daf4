// The "outbound" check (R16, R25): the CA's directory answers over HTTPS from here. Its answer
// also feeds the CAA check (meta.caaIdentities, R24: read from the CA, never kept in code).
import { CertdeskError } from '../../shared/errors.ts';
import { createClient, type AcmeDirectory } from '../acme/client.ts';
import { statusPageFor } from '../ca-presets.ts';
import type { CheckResult } from './types.ts';
import { fixed, said, text } from '../../shared/engine-text.ts';

export async function fetchDirectoryFor(
  directoryUrl: string,
  caCertPem: string | undefined,
  timeoutMs: number,
): Promise<AcmeDirectory> {
  // Only GETs: the account key is never used (the same trick as Engine.fetchDirectory).
  const w = createClient(
    { directoryUrl, ...(caCertPem ? { caCertPem } : {}), timeoutMs },
    '-----BEGIN PRIVATE KEY-----\n-----END PRIVATE KEY-----\n',
  );
  try {
    return await w.directory();
  } catch (e) {
    throw w.toError(e, "Certdesk could not read the CA's directory.");
  }
}

export function outboundVerdict(
  directoryUrl: string,
  got: { dir: AcmeDirectory } | { error: unknown },
): CheckResult {
  const host = new URL(directoryUrl).host;
  const status = statusPageFor(directoryUrl);
  const statusText = status
    ? text('preflight.outbound.statusPageAt', { url: status })
    : text('preflight.outbound.statusPage');
  if ('dir' in got) {
    const m = got.dir.meta ?? {};
    return {
      check: 'outbound',
      verdict: 'pass',
      ...said('preflight.outbound.ok', { host }),
      details: [
        `directory: ${directoryUrl}`,
        `caaIdentities: ${m.caaIdentities?.join(', ') || '(none published)'}`,
        `termsOfService: ${m.termsOfService ?? '(none)'}`,
        `externalAccountRequired: ${m.externalAccountRequired === true}`,
        ...(m.profiles ? [`profiles: ${Object.keys(m.profiles).join(', ')}`] : []),
      ],
    };
  }
  const err =
    got.error instanceof CertdeskError
      ? got.error
      : new CertdeskError('ca-unreachable', String((got.error as Error)?.message ?? got.error));
  const certProblem = /verify the CA's HTTPS certificate/.test(err.message);
  return {
    check: 'outbound',
    verdict: 'fail',
    ...(certProblem ? { message: err.message } : said('preflight.outbound.fail', { host })),
    ...(certProblem
      ? fixed('preflight.outbound.fixProxy')
      : fixed('preflight.outbound.fixReach', { host, status: statusText })),
    details: [
      `directory: ${directoryUrl}`,
      ...(certProblem ? [] : [err.message]),
      ...(err.detail ? [err.detail] : []),
    ],
  };
}
