// Real-CA harness: Debian's `pebble` (RFC 8555 test CA) and `pebble-challtestsrv` (its mock DNS)
// on 127.0.0.1 with ports chosen at run time, so integration tests and bench/ run against a real
// ACME server and several Pebbles can run at once (--test-concurrency=2). Facts about this
// machine's Pebble (flags, env knobs, endpoints) are in /work/shared/PEBBLE.md.
import { spawn } from 'node:child_process';
import { Resolver } from 'node:dns/promises';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './ports.ts';
import { issueServerCert, makeTestCa } from './tls.ts';

export type PebbleOptions = {
  /** Where Pebble's VA fetches http-01 (the solver's port). Default: a free port. */
  httpPort?: number;
  /** Where the VA connects for tls-alpn-01. Default: a free port. */
  tlsPort?: number;
  /** "127.0.0.1:PORT" the VA resolves names with. Default: the challtestsrv started here. */
  dnsServer?: string;
  /** Start challtestsrv as DNS only. Default: true unless dnsServer is given. */
  startChallTestSrv?: boolean;
  /** kid -> base64url HMAC key; when set, the CA requires External Account Binding (RFC 8555 §7.3.4). */
  eabKeys?: Record<string, string>;
  /** PEBBLE_ALTERNATE_ROOTS: extra chains for preferred-chain tests (R1). */
  alternateRoots?: number;
  /** PEBBLE_CHAIN_LENGTH. */
  chainLength?: number;
  /** PEBBLE_WFE_NONCEREJECT (% of good nonces rejected). Unset: Pebble's default 5 stays ON. */
  nonceRejectPercent?: number;
  /** PEBBLE_AUTHZREUSE (%). Unset: Pebble's default. */
  authzReuse?: number;
  /** Extra environment for pebble; applied last. Inherited PEBBLE_* variables are dropped. */
  env?: Record<string, string>;
  /** How long to wait for the directory and management API to answer. Default 10 s. */
  readyTimeoutMs?: number;
};

export type ChallTestSrv = {
  setTxt(host: string, value: string): Promise<void>;
  clearTxt(host: string): Promise<void>;
  addA(host: string, addresses: string[]): Promise<void>;
  clearA(host: string): Promise<void>;
  addAaaa(host: string, addresses: string[]): Promise<void>;
  clearAaaa(host: string): Promise<void>;
  addCaa(host: string, policies: { tag: string; value: string }[]): Promise<void>;
  clearCaa(host: string): Promise<void>;
  setCname(host: string, target: string): Promise<void>;
  clearCname(host: string): Promise<void>;
  setServfail(host: string): Promise<void>;
  clearServfail(host: string): Promise<void>;
  /** Any other management endpoint (e.g. '/set-default-ipv4', {ip}); throws unless HTTP 200. */
  post(endpoint: string, body: Record<string, unknown>): Promise<void>;
};

export type StartedChallTestSrv = {
  dnsPort: number;
  managementUrl: string;
  client: ChallTestSrv;
  pid: number;
  logPath: string;
  stop(): Promise<void>;
};

export type ChallTestSrvOptions = {
  /** Folder for challtestsrv.log; default: a fresh temp dir removed by stop(). */
  workDir?: string;
  dnsPort?: number;
  managementPort?: number;
  /** Answer for A queries without a mock. Default 127.0.0.1 (where the solvers listen). */
  defaultIPv4?: string;
  /** Answer for AAAA queries without a mock. Default "" (none): a ::1 answer makes the VA dial IPv6. */
  defaultIPv6?: string;
  readyTimeoutMs?: number;
};

export type Pebble = {
  directoryUrl: string;
  /** PEM file of the throwaway CA that signed Pebble's HTTPS certificate (--ca-cert, https `ca`). */
  caCertPath: string;
  caCertPem: string;
  httpPort: number;
  tlsPort: number;
  managementUrl: string;
  dnsPort: number | null;
  challtestsrvUrl: string | null;
  chall: ChallTestSrv | null;
  pid: number;
  challtestsrvPid: number | null;
  /** Temp dir with config, certificates and logs (pebble.log, challtestsrv.log); removed by stop(). */
  workDir: string;
  /** The directory object (RFC 8555 §7.1.1). */
  directory(): Promise<Record<string, unknown>>;
  rootPem(index?: number): Promise<string>;
  intermediatePem(index?: number): Promise<string>;
  /** Last part of pebble.log, for assertion messages. */
  logTail(chars?: number): string;
  stop(): Promise<void>;
};

// ---------------------------------------------------------------------------------------------
// Child processes: every one is stopped by PID; a crashed test run must not leave a CA behind.

type Managed = {
  pid: number;
  logPath: string;
  exited(): boolean;
  whenExited: Promise<void>;
  stop(): Promise<void>;
};

const live = new Set<Managed>();
const liveDirs = new Set<string>();
let safetyNet = false;

function killAllNow(): void {
  for (const m of live) {
    try {
      process.kill(m.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
  live.clear();
  for (const d of liveDirs) rmSync(d, { recursive: true, force: true });
  liveDirs.clear();
}

function installSafetyNet(): void {
  if (safetyNet) return;
  safetyNet = true;
  process.on('exit', killAllNow);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    const onSignal = (): void => {
      killAllNow();
      // Only ours: restore the default (death by this signal) instead of swallowing it.
      if (process.listenerCount(sig) === 1) {
        process.removeListener(sig, onSignal);
        process.kill(process.pid, sig);
      }
    };
    process.on(sig, onSignal);
  }
}

// setpriv execs the command (same PID) after asking the kernel to SIGKILL it when we die, which
// also covers a test process killed with SIGKILL, where no handler runs.
const SETPRIV = existsSync('/usr/bin/setpriv') ? '/usr/bin/setpriv' : null;

/** Environment without inherited PEBBLE_* knobs, so a developer's shell cannot change a test. */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('PEBBLE_')) env[k] = v;
  return { ...env, ...extra };
}

async function spawnManaged(
  cmd: string,
  args: string[],
  o: { cwd: string; env: NodeJS.ProcessEnv; logPath: string },
): Promise<Managed> {
  installSafetyNet();
  const fd = openSync(o.logPath, 'w');
  const [file, argv] = SETPRIV
    ? [SETPRIV, ['--pdeathsig', 'SIGKILL', '--', cmd, ...args]]
    : [cmd, args];
  let child;
  try {
    child = spawn(file, argv, { cwd: o.cwd, env: o.env, stdio: ['ignore', fd, fd] });
  } finally {
    closeSync(fd);
  }
  await new Promise<void>((resolve, reject) => {
    child.once('spawn', resolve);
    child.once('error', (e) => reject(new Error(`could not start ${cmd}: ${e.message}`)));
  });
  const pid = child.pid as number;
  let done = false;
  const whenExited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      done = true;
      resolve();
    }),
  );
  const m: Managed = {
    pid,
    logPath: o.logPath,
    whenExited,
    exited: () => done,
    async stop() {
      if (!done) {
        try {
          process.kill(pid, 'SIGTERM');
        } catch {
          /* exited meanwhile */
        }
        let timer: NodeJS.Timeout | undefined;
        const inTime = await Promise.race([
          whenExited.then(() => true),
          new Promise<boolean>((r) => {
            timer = setTimeout(() => r(false), 2000);
          }),
        ]);
        clearTimeout(timer);
        if (!inTime) {
          try {
            process.kill(pid, 'SIGKILL');
          } catch {
            /* exited meanwhile */
          }
        }
        await whenExited;
      }
      live.delete(m);
    },
  };
  live.add(m);
  return m;
}

function logTail(logPath: string, chars = 3000): string {
  try {
    return readFileSync(logPath, 'utf8').slice(-chars);
  } catch {
    return '(no log)';
  }
}

/** Polls `ready` until true; fails fast with the log tail when the process exits first. */
async function waitUntilReady(
  m: Managed,
  name: string,
  ready: () => Promise<boolean>,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (m.exited())
      throw new Error(`${name} exited during start-up. Log tail:\n${logTail(m.logPath)}`);
    if (await ready().catch(() => false)) return;
    if (m.exited()) continue;
    if (Date.now() >= deadline)
      throw new Error(
        `${name} was not ready within ${timeoutMs} ms. Log tail:\n${logTail(m.logPath)}`,
      );
    await new Promise((r) => setTimeout(r, 50));
  }
}

const addressInUse = (m: Managed): boolean => /address already in use/i.test(logTail(m.logPath));

// ---------------------------------------------------------------------------------------------
// HTTP(S) to Pebble's directory/management API and challtestsrv's management API.

type Reply = { status: number; body: string };

function request(
  url: string,
  o: { method?: string; body?: string; ca?: string; timeoutMs?: number } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const mod = url.startsWith('https:') ? https : http;
    const req = mod.request(
      url,
      {
        method: o.method ?? 'GET',
        agent: false, // no keep-alive sockets left open to a CA we are about to kill
        ...(o.ca ? { ca: o.ca } : {}),
        headers:
          o.body !== undefined
            ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(o.body) }
            : {},
        timeout: o.timeoutMs ?? 5000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`${url} did not answer in time`)));
    req.on('error', reject);
    req.end(o.body);
  });
}

/** challtestsrv keys its mocks by FQDN with the trailing dot; DNS names are case-insensitive (RFC 4343). */
const fqdn = (host: string): string => {
  const h = host.toLowerCase();
  return h.endsWith('.') ? h : `${h}.`;
};

export function challTestSrvClient(managementUrl: string): ChallTestSrv {
  const post = async (endpoint: string, body: Record<string, unknown>): Promise<void> => {
    const r = await request(managementUrl + endpoint, {
      method: 'POST',
      body: JSON.stringify(body),
    });
    if (r.status !== 200)
      throw new Error(`challtestsrv ${endpoint} answered HTTP ${r.status}: ${r.body}`);
  };
  const h = (host: string) => ({ host: fqdn(host) });
  return {
    post,
    setTxt: (host, value) => post('/set-txt', { ...h(host), value }),
    clearTxt: (host) => post('/clear-txt', h(host)),
    addA: (host, addresses) => post('/add-a', { ...h(host), addresses }),
    clearA: (host) => post('/clear-a', h(host)),
    addAaaa: (host, addresses) => post('/add-aaaa', { ...h(host), addresses }),
    clearAaaa: (host) => post('/clear-aaaa', h(host)),
    addCaa: (host, policies) => post('/add-caa', { ...h(host), policies }),
    clearCaa: (host) => post('/clear-caa', h(host)),
    setCname: (host, target) => post('/set-cname', { ...h(host), target: fqdn(target) }),
    clearCname: (host) => post('/clear-cname', h(host)),
    setServfail: (host) => post('/set-servfail', h(host)),
    clearServfail: (host) => post('/clear-servfail', h(host)),
  };
}

/** True once the DNS server answers at all (any DNS answer, even "no such name", counts). */
async function dnsAnswers(port: number): Promise<boolean> {
  const r = new Resolver({ timeout: 300, tries: 1 });
  r.setServers([`127.0.0.1:${port}`]);
  try {
    await r.resolveTxt('certdesk-readiness-probe.invalid');
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return (
      code === 'ENODATA' || code === 'ENOTFOUND' || code === 'ESERVFAIL' || code === 'EREFUSED'
    );
  }
}

// ---------------------------------------------------------------------------------------------

/** challtestsrv as DNS only (its HTTP challenge servers would take the ports our solvers need). */
export async function startChallTestSrv(
  opts: ChallTestSrvOptions = {},
): Promise<StartedChallTestSrv> {
  installSafetyNet();
  const ownDir = opts.workDir === undefined;
  const dir = opts.workDir ?? (await mkdtemp(path.join(os.tmpdir(), 'certdesk-challtestsrv-')));
  if (ownDir) liveDirs.add(dir);
  const logPath = path.join(dir, 'challtestsrv.log');
  const removeDir = async (): Promise<void> => {
    if (ownDir) {
      await rm(dir, { recursive: true, force: true });
      liveDirs.delete(dir);
    }
  };
  const canRetry = opts.dnsPort === undefined || opts.managementPort === undefined;
  for (let attempt = 0; ; attempt++) {
    const dnsPort = opts.dnsPort ?? (await freePort({ udp: true }));
    const mgmtPort = opts.managementPort ?? (await freePort());
    const managementUrl = `http://127.0.0.1:${mgmtPort}`;
    const m = await spawnManaged(
      'pebble-challtestsrv',
      [
        '-dns01',
        `127.0.0.1:${dnsPort}`,
        '-management',
        `127.0.0.1:${mgmtPort}`,
        '-http01',
        '',
        '-https01',
        '',
        '-tlsalpn01',
        '',
        '-defaultIPv4',
        opts.defaultIPv4 ?? '127.0.0.1',
        '-defaultIPv6',
        opts.defaultIPv6 ?? '',
      ],
      { cwd: dir, env: childEnv({}), logPath },
    ).catch(async (e: unknown) => {
      await removeDir();
      throw e;
    });
    try {
      // Management answers 404 on GET / once up; DNS must answer over UDP, which the VA uses first.
      await waitUntilReady(
        m,
        'pebble-challtestsrv',
        async () =>
          (await request(managementUrl + '/', { timeoutMs: 1000 })).status > 0 &&
          (await dnsAnswers(dnsPort)),
        opts.readyTimeoutMs ?? 10_000,
      );
    } catch (e) {
      await m.stop();
      if (canRetry && attempt < 2 && addressInUse(m)) continue;
      await removeDir();
      throw e;
    }
    let stopping: Promise<void> | null = null;
    return {
      dnsPort,
      managementUrl,
      client: challTestSrvClient(managementUrl),
      pid: m.pid,
      logPath,
      stop: () => (stopping ??= m.stop().then(removeDir)),
    };
  }
}

export async function startPebble(opts: PebbleOptions = {}): Promise<Pebble> {
  installSafetyNet();
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'certdesk-pebble-'));
  liveDirs.add(workDir);
  let chall: StartedChallTestSrv | null = null;
  let pebble: Managed | null = null;
  const cleanup = async (): Promise<void> => {
    await Promise.all([pebble?.stop(), chall?.stop()]);
    await rm(workDir, { recursive: true, force: true });
    liveDirs.delete(workDir);
  };
  try {
    const ca = await makeTestCa(workDir, { cn: 'Certdesk Pebble HTTPS CA' });
    const cert = await issueServerCert(ca, workDir, {
      cn: 'pebble',
      name: 'pebble-https',
      sans: ['IP:127.0.0.1', 'DNS:localhost'],
    });
    if (opts.startChallTestSrv ?? opts.dnsServer === undefined)
      chall = await startChallTestSrv({ workDir });
    const dnsServer = opts.dnsServer ?? (chall ? `127.0.0.1:${chall.dnsPort}` : undefined);
    const httpPort = opts.httpPort ?? (await freePort());
    const tlsPort = opts.tlsPort ?? (await freePort());
    const env = childEnv({
      PEBBLE_VA_NOSLEEP: '1', // no random 0-15 s sleep before each validation
      ...(opts.alternateRoots !== undefined
        ? { PEBBLE_ALTERNATE_ROOTS: String(opts.alternateRoots) }
        : {}),
      ...(opts.chainLength !== undefined ? { PEBBLE_CHAIN_LENGTH: String(opts.chainLength) } : {}),
      ...(opts.nonceRejectPercent !== undefined
        ? { PEBBLE_WFE_NONCEREJECT: String(opts.nonceRejectPercent) }
        : {}),
      ...(opts.authzReuse !== undefined ? { PEBBLE_AUTHZREUSE: String(opts.authzReuse) } : {}),
      ...opts.env,
    });
    const configPath = path.join(workDir, 'pebble-config.json');
    for (let attempt = 0; ; attempt++) {
      const listenPort = await freePort();
      const mgmtPort = await freePort();
      await writeFile(
        configPath,
        JSON.stringify(
          {
            pebble: {
              listenAddress: `127.0.0.1:${listenPort}`,
              managementListenAddress: `127.0.0.1:${mgmtPort}`,
              certificate: cert.certPath,
              privateKey: cert.keyPath,
              httpPort,
              tlsPort,
              ocspResponderURL: '',
              externalAccountBindingRequired: opts.eabKeys !== undefined,
              externalAccountMACKeys: opts.eabKeys ?? {},
            },
          },
          null,
          2,
        ),
      );
      // `-strict=false` with `=`: Go's flag parser stops at a bare `false` and ignores what follows.
      const args = [
        '-config',
        configPath,
        ...(dnsServer ? ['-dnsserver', dnsServer] : []),
        '-strict=false',
      ];
      const m = await spawnManaged('pebble', args, {
        cwd: workDir,
        env,
        logPath: path.join(workDir, 'pebble.log'),
      });
      pebble = m;
      const directoryUrl = `https://127.0.0.1:${listenPort}/dir`;
      const managementUrl = `https://127.0.0.1:${mgmtPort}`;
      const get = (url: string) => request(url, { ca: ca.caCertPem, timeoutMs: 2000 });
      try {
        await waitUntilReady(
          m,
          'pebble',
          async () =>
            (await get(directoryUrl)).status === 200 &&
            (await get(`${managementUrl}/roots/0`)).status === 200,
          opts.readyTimeoutMs ?? 10_000,
        );
      } catch (e) {
        await m.stop();
        pebble = null;
        if (attempt < 2 && addressInUse(m)) continue;
        throw e;
      }
      const pem = async (kind: 'roots' | 'intermediates', index: number): Promise<string> => {
        const r = await get(`${managementUrl}/${kind}/${index}`);
        if (r.status !== 200 || !r.body.includes('-----BEGIN CERTIFICATE-----'))
          throw new Error(
            `pebble has no ${kind}/${index} (HTTP ${r.status}): ${r.body.slice(0, 200)}`,
          );
        return r.body;
      };
      let stopping: Promise<void> | null = null;
      return {
        directoryUrl,
        managementUrl,
        caCertPath: ca.caCertPath,
        caCertPem: ca.caCertPem,
        httpPort,
        tlsPort,
        dnsPort: chall?.dnsPort ?? null,
        challtestsrvUrl: chall?.managementUrl ?? null,
        chall: chall?.client ?? null,
        pid: m.pid,
        challtestsrvPid: chall?.pid ?? null,
        workDir,
        directory: async () => {
          const r = await get(directoryUrl);
          if (r.status !== 200) throw new Error(`pebble directory answered HTTP ${r.status}`);
          return JSON.parse(r.body) as Record<string, unknown>;
        },
        rootPem: (index = 0) => pem('roots', index),
        intermediatePem: (index = 0) => pem('intermediates', index),
        logTail: (chars) => logTail(m.logPath, chars),
        stop: () => (stopping ??= cleanup()),
      };
    }
  } catch (e) {
    await cleanup();
    throw e;
  }
}
