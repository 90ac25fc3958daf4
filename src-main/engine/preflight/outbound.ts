// The "outbound" check (R16, R25): the CA's directory answers over HTTPS from here. Its answer
// also feeds the CAA check (meta.caaIdentities, R24: read from the CA, never kept in code).
import { CertdeskError } from '../../shared/errors.ts';
import { createClient, type AcmeDirectory } from '../acme/client.ts';
import { statusPageFor } from '../ca-presets.ts';
import type { CheckResult } from './types.ts';

export async function fetchDirectoryFor(directoryUrl: string, caCertPem: string | undefined, timeoutMs: number): Promise<AcmeDirectory> {
  // Only GETs: the account key is never used (the same trick as Engine.fetchDirectory).
  const w = createClient({ directoryUrl, ...(caCertPem ? { caCertPem } : {}), timeoutMs }, '-----BEGIN PRIVATE KEY-----\n-----END PRIVATE KEY-----\n');
  try { return await w.directory(); } catch (e) { throw w.toError(e, 'Certdesk could not read the CA\'s directory.'); }
}

export function outboundVerdict(directoryUrl: string, got: { dir: AcmeDirectory } | { error: unknown }): CheckResult {
  const host = new URL(directoryUrl).host;
  const status = statusPageFor(directoryUrl);
  const statusText = status ? `the CA's status page (${status})` : 'the CA\'s status page';
  if ('dir' in got) {
    const m = got.dir.meta ?? {};
    return {
      check: 'outbound', verdict: 'pass',
      message: `This computer reaches the CA (${host}) over HTTPS.`,
      details: [
        `directory: ${directoryUrl}`,
        `caaIdentities: ${m.caaIdentities?.join(', ') || '(none published)'}`,
        `termsOfService: ${m.termsOfService ?? '(none)'}`,
        `externalAccountRequired: ${m.externalAccountRequired === true}`,
        ...(m.profiles ? [`profiles: ${Object.keys(m.profiles).join(', ')}`] : []),
      ],
    };
  }
  const err = got.error instanceof CertdeskError ? got.error : new CertdeskError('ca-unreachable', String((got.error as Error)?.message ?? got.error));
  const certProblem = /verify the CA's HTTPS certificate/.test(err.message);
  return {
    check: 'outbound', verdict: 'fail',
    message: certProblem ? err.message : `This computer cannot reach the CA (${host}) over HTTPS.`,
    fix: certProblem
      ? 'If your network inspects HTTPS (a company proxy or antivirus), add its root certificate with --ca-cert, or ask your IT department to let the CA through unchanged.'
      : `Let this computer make outgoing HTTPS connections (port 443) to ${host}: check the firewall and, on a company network, the proxy settings. If the network is fine, the CA may be down: see ${statusText}.`,
    details: [`directory: ${directoryUrl}`, ...(certProblem ? [] : [err.message]), ...(err.detail ? [err.detail] : [])],
  };
}
