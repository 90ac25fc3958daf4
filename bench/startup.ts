// CLI start-up (issue 21): `certdesk --version` and `certdesk list` with 10 certificates, as whole
// processes, beside Node alone and certbot's own equivalents (`--version`, `certificates`), in the
// same run. Interleaved, medians of `runs`; wall time from spawn to exit and peak RSS.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeBenchStore } from './scale.ts';
import { median } from './stats.ts';

export type StartupCase = { name: string; wallMs: number; peakRssMb: number; ok: number };

function once(cmd: string, args: string[], env: Record<string, string>) {
  const rss = path.join(mkdtempSync(path.join(os.tmpdir(), 'bench-su-')), 'rss');
  return new Promise<{ ok: boolean; ms: number; mb: number }>((resolve) => {
    const t = performance.now();
    const c = spawn('/usr/bin/time', ['-f', '%M', '-o', rss, cmd, ...args], {
      env: { ...process.env, ...env },
      stdio: 'ignore',
    });
    c.on('close', (code) => {
      const ms = performance.now() - t;
      let kb = NaN;
      try {
        kb = Number(readFileSync(rss, 'utf8').trim().split('\n').at(-1));
      } catch {
        /* none */
      }
      resolve({ ok: code === 0, ms, mb: kb / 1024 });
    });
  });
}

export async function startup(root: string, runs: number): Promise<StartupCase[]> {
  const node = process.execPath;
  const cli = path.join(root, 'bin', 'certdesk.js');
  const data = mkdtempSync(path.join(os.tmpdir(), 'bench-list-'));
  writeBenchStore(data, 10);
  const cb = mkdtempSync(path.join(os.tmpdir(), 'bench-cb-'));
  const cbDirs = ['--config-dir', cb, '--work-dir', cb, '--logs-dir', cb];
  const env = { CERTDESK_KEYCHAIN: 'off' };
  const cases: [string, string, string[]][] = [
    ['node alone (node -e 0)', node, ['-e', '0']],
    ['certdesk --version', node, [cli, '--version']],
    ['certdesk list (10 certificates)', node, [cli, 'list', '--data-dir', data]],
    ['certbot --version', 'certbot', ['--version']],
    ['certbot certificates', 'certbot', ['certificates', ...cbDirs]],
  ];
  // One unmeasured round fills Node's compile cache, as any second run of the command would find.
  for (const [, cmd, args] of cases) await once(cmd, args, env);
  const got = new Map<string, { ok: boolean; ms: number; mb: number }[]>();
  for (let r = 0; r < runs; r++)
    for (let i = 0; i < cases.length; i++) {
      const [name, cmd, args] = cases[(i + r) % cases.length];
      got.set(name, [...(got.get(name) ?? []), await once(cmd, args, env)]);
    }
  return cases.map(([name]) => {
    const xs = (got.get(name) ?? []).filter((x) => x.ok);
    return {
      name,
      wallMs: median(xs.map((x) => x.ms)),
      peakRssMb: median(xs.map((x) => x.mb)),
      ok: xs.length,
    };
  });
}
