// A real BIND 9 (`named`) on 127.0.0.1 at a free port, authoritative for one test zone that
// accepts RFC 2136 updates signed with a TSIG key made here. Stopped by PID.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { Resolver } from 'node:dns/promises';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './ports.ts';

export const NAMED = '/usr/sbin/named';
const SETPRIV = '/usr/bin/setpriv';

export type Bind = {
  port: number;
  /** "127.0.0.1:PORT" */
  server: string;
  zone: string;
  keyName: string;
  /** base64, as in named.conf */
  keySecret: string;
  algorithm: string;
  dir: string;
  /** TXT values at `name`, asked fresh (new resolver each time, so nothing is cached). */
  txt(name: string): Promise<string[]>;
  stop(): Promise<void>;
};

export async function startBind(
  opts: {
    zone?: string;
    algorithm?: string;
    records?: string[];
    /** Record types the key may update (default TXT only, as a DNS admin would grant for dns-01). */
    updateTypes?: string[];
  } = {},
): Promise<Bind> {
  const zone = opts.zone ?? 'example.test';
  const algorithm = opts.algorithm ?? 'hmac-sha256';
  const keyName = 'certdesk-test-key';
  const keySecret = randomBytes(32).toString('base64');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-bind-'));
  const port = await freePort({ udp: true });
  const conf = path.join(dir, 'named.conf');
  writeFileSync(
    path.join(dir, `${zone}.zone`),
    [
      '$TTL 60',
      `@ IN SOA ns1.${zone}. hostmaster.${zone}. 1 60 60 600 60`,
      `@ IN NS ns1.${zone}.`,
      'ns1 IN A 127.0.0.1',
      ...(opts.records ?? []),
      '',
    ].join('\n'),
  );
  writeFileSync(
    conf,
    `
key "${keyName}" { algorithm ${algorithm}; secret "${keySecret}"; };
options {
  directory "${dir}";
  pid-file "${dir}/named.pid";
  session-keyfile "${dir}/session.key";
  managed-keys-directory "${dir}";
  listen-on port ${port} { 127.0.0.1; };
  listen-on-v6 { none; };
  recursion no;
  dnssec-validation no;
  allow-query { any; };
  notify no;
};
controls { };
zone "${zone}" {
  type primary;
  file "${dir}/${zone}.zone";
  update-policy { grant ${keyName} zonesub ${(opts.updateTypes ?? ['TXT']).join(' ')}; };
};
`,
  );
  const args = ['-g', '-4', '-c', conf, ...(process.getuid?.() === 0 ? ['-u', 'root'] : [])];
  // setpriv (same PID) asks the kernel to kill named if this test process dies without cleaning up.
  const [file, argv] = existsSync(SETPRIV)
    ? [SETPRIV, ['--pdeathsig', 'SIGKILL', '--', NAMED, ...args]]
    : [NAMED, args];
  const child: ChildProcess = spawn(file, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr?.on('data', (c: Buffer) => {
    log = (log + c.toString()).slice(-20_000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const server = `127.0.0.1:${port}`;
  const txt = async (name: string): Promise<string[]> => {
    const r = new Resolver({ timeout: 1000, tries: 1 });
    r.setServers([server]);
    try {
      return (await r.resolveTxt(name.replace(/\.$/, ''))).map((parts) => parts.join(''));
    } catch {
      return [];
    }
  };
  const stop = async () => {
    if (child.exitCode === null && child.pid) process.kill(child.pid, 'SIGTERM');
    const t = setTimeout(() => {
      if (child.exitCode === null && child.pid) process.kill(child.pid, 'SIGKILL');
    }, 5000);
    await exited;
    clearTimeout(t);
    rmSync(dir, { recursive: true, force: true });
  };
  // Ready when it answers the zone's SOA.
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) {
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`named exited at start:\n${log}`);
    }
    const r = new Resolver({ timeout: 300, tries: 1 });
    r.setServers([server]);
    const ok = await r.resolveSoa(zone).then(
      () => true,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`named did not answer on ${server}:\n${log}`);
    }
    await new Promise((res) => setTimeout(res, 100));
  }
  return { port, server, zone, keyName, keySecret, algorithm, dir, txt, stop };
}
