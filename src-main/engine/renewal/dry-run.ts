// `certdesk renew --dry-run` (issue 19): for each certificate a renewal would touch, rehearse it
// the way certbot's --dry-run does, and change nothing. Pre-flight checks as the wizard runs them,
// then the trial run at the CA's staging directory with the certificate's own route and stored
// credentials; where the CA has no staging directory the trial run says so and the pre-flight
// checks stand alone. Nothing is issued, stored or exported; the store is not written.
import type { Engine } from '../engine.ts';
import { runPreflight, type PreflightOutput } from '../preflight/index.ts';

/** The credentials a renewal's solver would be given: the certificate's own, then global ones. */
function storedSecrets(engine: Engine, id: string): Record<string, string> {
  const sealed = engine.store.read().secrets;
  const out: Record<string, string> = {};
  for (const scope of ['global', id]) {
    for (const [ref, value] of Object.entries(sealed)) {
      if (!ref.startsWith(`${scope}:`)) continue;
      const name = ref.slice(scope.length + 1);
      if (name.startsWith('export:')) continue; // PFX passwords: not for a challenge
      out[name] = engine.store.secrets.open(value, `secret:${ref}`);
    }
  }
  return out;
}

export async function dryRunRenewal(
  engine: Engine,
  id: string,
  signal: AbortSignal,
): Promise<PreflightOutput> {
  const cert = engine.getStored(id);
  const account = engine.store.read().accounts[cert.accountId];
  const o = engine.opts;
  return runPreflight({
    names: cert.names,
    challenge: cert.challenge,
    directoryUrl: account?.directoryUrl ?? '',
    // The renewal's own practice directory and profile (issue 18): what it would really ask for.
    ...(account?.stagingDirectoryUrl ? { stagingDirectoryUrl: account.stagingDirectoryUrl } : {}),
    ...(cert.profile ? { profile: cert.profile } : {}),
    secrets: storedSecrets(engine, id),
    trialRun: true,
    signal,
    ...(o.caCertPem ? { caCertPem: o.caCertPem } : {}),
    ...(o.httpPort ? { httpPort: o.httpPort } : {}),
    ...(o.tlsPort ? { tlsPort: o.tlsPort } : {}),
    ...(o.httpHost ? { httpHost: o.httpHost } : {}),
    ...(o.dnsResolver ? { dnsResolver: o.dnsResolver } : {}),
  });
}
