// A real Pebble behind test/helpers/ca-proxy.ts, which adds Let's Encrypt's three profiles (and
// renewalInfo) that Debian's Pebble 2.4 lacks, with an account already made through the CLI: the
// start of the issue-18 integration tests (profiles, ARI, changing a certificate's profile).
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPebble, type Pebble } from './pebble.ts';
import { startCaProxy, type CaProxy } from './ca-proxy.ts';
import { runCli } from './cli.ts';

/** The profiles and descriptions Let's Encrypt's directory gives (meta.profiles). */
export const LE_PROFILES = {
  classic: 'The same profile you have been getting all along',
  tlsserver: 'Certificates for TLS servers only, valid 45 days',
  shortlived: 'Certificates valid for 160 hours; also for IP addresses',
};

export type ProfilesStack = {
  pebble: Pebble;
  proxy: CaProxy;
  dataDir: string;
  /** `certdesk ARGS` on this data folder, trusting the proxy, with Pebble's ports and DNS. */
  cli(args: string[]): ReturnType<typeof runCli>;
  stop(): Promise<void>;
};

export async function startProfilesStack(email: string): Promise<ProfilesStack> {
  const pebble = await startPebble();
  const proxy = await startCaProxy(pebble, { profiles: LE_PROFILES, ipProfiles: ['shortlived'] });
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-profiles-'));
  const cli = (args: string[]) =>
    runCli([
      ...args,
      '--data-dir',
      dataDir,
      '--ca-cert',
      proxy.caCertPath,
      '--http-port',
      String(pebble.httpPort),
      '--dns-resolver',
      `127.0.0.1:${pebble.dnsPort}`,
    ]);
  const stop = async () => {
    await proxy.stop();
    await pebble.stop();
  };
  const directory = proxy.directoryUrl;
  const r = await cli([
    'account',
    'create',
    '--email',
    email,
    '--directory',
    directory,
    '--agree-tos',
  ]);
  if (r.code !== 0) await stop();
  assert.equal(r.code, 0, r.stderr);
  return { pebble, proxy, dataDir, cli, stop };
}
