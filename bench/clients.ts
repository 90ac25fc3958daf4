// One whole-process issuance by each client, on the same CA (through the counting proxy), same
// names, same key type. Accounts are made beforehand, so only issuance is measured for all three.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type Client = 'certdesk' | 'certbot' | 'lego';
export type Challenge = 'http-01' | 'dns-01';
export type KeyKind = 'ec256' | 'rsa2048';
export type RunResult = {
  ok: boolean;
  wallMs: number;
  peakRssKb: number;
  error?: string;
  /** performance.now() of this process when the child was spawned and when it exited. */
  startedAt: number;
  endedAt: number;
  /** CERTDESK_TRACE marks the child printed, in performance.now() of this process. */
  marks: Record<string, number>;
  /** Killed after TIMEOUT_MS: the wall time is then a lower bound. */
  timedOut?: boolean;
};

export const TIMEOUT_MS = 180_000;

export type Env = {
  directoryUrl: string; // the counting proxy's directory
  caBundle: string; // PEM file that makes the proxy trusted
  httpPort: number; // where pebble's VA fetches http-01
  dnsServer: string; // challtestsrv DNS, "127.0.0.1:PORT"
  challtestsrvUrl: string;
  root: string; // repository root
};

const EMAIL = 'bench@example.org';

function timed(
  cmd: string,
  args: string[],
  env: Record<string, string>,
  cwd: string,
): Promise<RunResult> {
  const rssFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'bench-rss-')), 'rss');
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    const startedAt = performance.now();
    const marks: Record<string, number> = {};
    let partial = '';
    const child = spawn('/usr/bin/time', ['-f', '%M', '-o', rssFile, cmd, ...args], {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group: at the time limit the client goes too, not only /usr/bin/time.
      detached: true,
    });
    let err = '';
    child.stdout.on('data', () => {});
    child.stderr.on('data', (c: Buffer) => {
      // Trace marks are epoch ms; kept in this process's performance.now() to match the proxy.
      const lines = (partial + c.toString()).split('\n');
      partial = lines.pop() ?? '';
      for (const l of lines) {
        const m = /^certdesk-trace (\S+) ([\d.]+)$/.exec(l);
        if (m) marks[m[1]] = Number(m[2]) - performance.timeOrigin;
      }
      err += c.toString();
      if (err.length > 20000) err = err.slice(-10000);
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, TIMEOUT_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
      const endedAt = performance.now();
      let peak = NaN;
      try {
        peak = Number(readFileSync(rssFile, 'utf8').trim().split('\n').at(-1));
      } catch {
        /* none */
      }
      resolve({
        ok: code === 0,
        wallMs,
        peakRssKb: peak,
        startedAt,
        endedAt,
        marks,
        ...(timedOut ? { timedOut } : {}),
        ...(code === 0 ? {} : { error: err.split('\n').filter(Boolean).slice(-4).join(' | ') }),
      });
    });
  });
}

/** A DNS hook script shared by certbot (manual hooks) and lego/certdesk (exec convention). */
export function writeDnsScripts(
  dir: string,
  challtestsrvUrl: string,
): { exec: string; certbotAuth: string; certbotCleanup: string } {
  const exec = path.join(dir, 'dns-exec.sh');
  writeFileSync(
    exec,
    `#!/bin/sh
# lego/certdesk exec convention: $1 = present|cleanup, $2 = FQDN with trailing dot, $3 = value
if [ "$1" = "present" ]; then
  curl -s -X POST -d "{\\"host\\":\\"$2\\",\\"value\\":\\"$3\\"}" ${challtestsrvUrl}/set-txt >/dev/null
else
  curl -s -X POST -d "{\\"host\\":\\"$2\\"}" ${challtestsrvUrl}/clear-txt >/dev/null
fi
`,
  );
  const auth = path.join(dir, 'certbot-auth.sh');
  writeFileSync(
    auth,
    `#!/bin/sh\ncurl -s -X POST -d "{\\"host\\":\\"_acme-challenge.$CERTBOT_DOMAIN.\\",\\"value\\":\\"$CERTBOT_VALIDATION\\"}" ${challtestsrvUrl}/set-txt >/dev/null\n`,
  );
  const cleanup = path.join(dir, 'certbot-cleanup.sh');
  writeFileSync(
    cleanup,
    `#!/bin/sh\ncurl -s -X POST -d "{\\"host\\":\\"_acme-challenge.$CERTBOT_DOMAIN.\\"}" ${challtestsrvUrl}/clear-txt >/dev/null\n`,
  );
  for (const f of [exec, auth, cleanup]) chmodSync(f, 0o755);
  return { exec, certbotAuth: auth, certbotCleanup: cleanup };
}

export type Prepared = {
  run(names: string[], challenge: Challenge, key: KeyKind): Promise<RunResult>;
};

export async function prepare(client: Client, env: Env): Promise<Prepared> {
  const dir = mkdtempSync(path.join(os.tmpdir(), `bench-${client}-`));
  const scripts = writeDnsScripts(dir, env.challtestsrvUrl);
  const node = process.execPath;
  if (client === 'certdesk') {
    const cli = path.join(env.root, 'bin', 'certdesk.js');
    const common = [
      '--data-dir',
      path.join(dir, 'data'),
      '--ca-cert',
      env.caBundle,
      '--http-port',
      String(env.httpPort),
      '--dns-resolver',
      env.dnsServer,
    ];
    const r = await timed(
      node,
      [
        cli,
        'account',
        'create',
        '--email',
        EMAIL,
        '--directory',
        env.directoryUrl,
        '--agree-tos',
        ...common,
      ],
      { CERTDESK_KEYCHAIN: 'off' },
      env.root,
    );
    if (!r.ok) throw new Error(`certdesk account: ${r.error}`);
    return {
      run: (names, challenge, key) =>
        timed(
          node,
          [
            cli,
            'issue',
            ...names.flatMap((n) => ['-d', n]),
            '--key',
            key,
            '--challenge',
            challenge,
            ...(challenge === 'dns-01' ? ['--dns-mode', 'exec', '--dns-exec', scripts.exec] : []),
            ...common,
          ],
          { CERTDESK_KEYCHAIN: 'off', CERTDESK_TRACE: '1' },
          env.root,
        ),
    };
  }
  if (client === 'certbot') {
    const dirs = [
      '--config-dir',
      path.join(dir, 'c'),
      '--work-dir',
      path.join(dir, 'w'),
      '--logs-dir',
      path.join(dir, 'l'),
    ];
    const e = { REQUESTS_CA_BUNDLE: env.caBundle };
    const r = await timed(
      'certbot',
      [
        'register',
        '--non-interactive',
        '--agree-tos',
        '-m',
        EMAIL,
        '--server',
        env.directoryUrl,
        ...dirs,
      ],
      e,
      dir,
    );
    if (!r.ok) throw new Error(`certbot register: ${r.error}`);
    return {
      run: (names, challenge, key) =>
        timed(
          'certbot',
          [
            'certonly',
            '--non-interactive',
            '--server',
            env.directoryUrl,
            ...dirs,
            ...names.flatMap((n) => ['-d', n]),
            ...(key === 'ec256'
              ? ['--key-type', 'ecdsa', '--elliptic-curve', 'secp256r1']
              : ['--key-type', 'rsa', '--rsa-key-size', '2048']),
            ...(challenge === 'http-01'
              ? [
                  '--standalone',
                  '--http-01-port',
                  String(env.httpPort),
                  '--http-01-address',
                  '127.0.0.1',
                ]
              : [
                  '--manual',
                  '--preferred-challenges',
                  'dns',
                  '--manual-auth-hook',
                  scripts.certbotAuth,
                  '--manual-cleanup-hook',
                  scripts.certbotCleanup,
                ]),
          ],
          e,
          dir,
        ),
    };
  }
  const legoEnv = {
    LEGO_CA_CERTIFICATES: env.caBundle,
    EXEC_PATH: scripts.exec,
    EXEC_POLLING_INTERVAL: '1',
    EXEC_PROPAGATION_TIMEOUT: '60',
    EXEC_SEQUENCE_INTERVAL: '1',
  };
  const base = [
    '--server',
    env.directoryUrl,
    '--email',
    EMAIL,
    '--accept-tos',
    '--path',
    path.join(dir, 'lego'),
  ];
  // lego registers on its first run: do one unmeasured run so the measured ones only issue.
  const warm = await timed(
    'lego',
    [
      ...base,
      '--domains',
      `warm-${Date.now()}.lego.example.test`,
      '--http',
      '--http.port',
      `127.0.0.1:${env.httpPort}`,
      'run',
    ],
    legoEnv,
    dir,
  );
  if (!warm.ok) throw new Error(`lego warm-up: ${warm.error}`);
  return {
    run: (names, challenge, key) =>
      timed(
        'lego',
        [
          ...base,
          ...names.flatMap((n) => ['--domains', n]),
          '--key-type',
          key,
          ...(challenge === 'http-01'
            ? ['--http', '--http.port', `127.0.0.1:${env.httpPort}`]
            : ['--dns', 'exec', '--dns.resolvers', env.dnsServer, '--dns.disable-cp']),
          'run',
        ],
        legoEnv,
        dir,
      ),
  };
}
