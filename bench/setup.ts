// One local Pebble (PEBBLE_VA_NOSLEEP=1, no authorization reuse) behind the counting proxy, with
// the proxy's certificate from a throwaway CA that only the clients under test trust.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPebble, type Pebble } from '../test/helpers/pebble.ts';
import { startCountingProxy, type CountingProxy } from './proxy.ts';
import type { Env } from './clients.ts';

export type BenchCa = { pebble: Pebble; proxy: CountingProxy; env: Env; stop(): Promise<void> };

export async function startBenchCa(root: string): Promise<BenchCa> {
  const pebble = await startPebble({ env: { PEBBLE_AUTHZREUSE: '0' } });
  const tls = mkdtempSync(path.join(os.tmpdir(), 'bench-tls-'));
  const o = (a: string[]) => execFileSync('openssl', a, { cwd: tls, stdio: 'pipe' });
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
  o([
    'req',
    '-x509',
    ...ec,
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '2',
    '-subj',
    '/CN=bench proxy CA',
  ]);
  o(['req', ...ec, '-keyout', 'p.key', '-out', 'p.csr', '-subj', '/CN=127.0.0.1']);
  writeFileSync(path.join(tls, 'ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\n');
  o([
    'x509',
    '-req',
    '-in',
    'p.csr',
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    'p.pem',
    '-days',
    '2',
    '-extfile',
    'ext',
  ]);
  const proxy = await startCountingProxy({
    target: new URL(pebble.directoryUrl).origin,
    targetCaPem: pebble.caCertPem,
    key: readFileSync(path.join(tls, 'p.key'), 'utf8'),
    cert: readFileSync(path.join(tls, 'p.pem'), 'utf8'),
  });
  const env: Env = {
    directoryUrl: `${proxy.url}${new URL(pebble.directoryUrl).pathname}`,
    caBundle: path.join(tls, 'ca.pem'),
    httpPort: pebble.httpPort,
    dnsServer: `127.0.0.1:${pebble.dnsPort}`,
    challtestsrvUrl: pebble.challtestsrvUrl ?? '',
    root,
  };
  return {
    pebble,
    proxy,
    env,
    stop: async () => {
      await proxy.stop();
      await pebble.stop();
    },
  };
}
