// npm run bench: Certdesk against certbot and lego on one local Pebble, plus CLI start-up,
// in-process, scale and renderer figures. Writes docs/BENCHMARKS.md (report.ts judges every target
// of issue 21) and docs/benchmarks.json (the headline figures the next run compares with).
// Options: --runs N (default 5; --quick 2), --runs100 N (the 100-name order; default 2).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { prepare, type Client, type Prepared } from './clients.ts';
import { startBenchCa } from './setup.ts';
import { phases } from './timeline.ts';
import { inProcess } from './inprocess.ts';
import { scale } from './scale.ts';
import { renewalSaveFigures } from './storage-renewal.ts';
import { renderer } from './renderer.ts';
import { startup } from './startup.ts';
import { report } from './report.ts';
import { CLIENTS, caseKey, headline, type Case, type Figures, type Sample } from './figures.ts';
import { fmt } from './stats.ts';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const opt = (name: string) => Number(args[args.indexOf(name) + 1]) || 0;
const RUNS = opt('--runs') || (args.includes('--quick') ? 2 : 5);
const RUNS100 = opt('--runs100') || (args.includes('--quick') ? 1 : 2);
const CASES: Case[] = [];
for (const challenge of ['http-01', 'dns-01'] as const)
  for (const names of [1, 10])
    for (const key of ['ec256', 'rsa2048'] as const) CASES.push({ challenge, names, key });
// Issue 21: one order for 100 names, side by side with the peers.
for (const challenge of ['http-01', 'dns-01'] as const)
  CASES.push({ challenge, names: 100, key: 'ec256' });

function sh(cmd: string, a: string[]): string {
  try {
    return execFileSync(cmd, a, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch (e) {
    return `n/a (${(e as Error).message.split('\n')[0]})`;
  }
}
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ');

async function main(): Promise<void> {
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.ts')], { stdio: 'inherit' });
  const jsonFile = path.join(root, 'docs', 'benchmarks.json');
  const previous = existsSync(jsonFile) ? JSON.parse(readFileSync(jsonFile, 'utf8')) : null;
  const loadBefore = load();
  const ca = await startBenchCa(root);
  const results: Record<string, Sample[]> = {};
  const timelines: Record<string, { wallMs: number; ps: ReturnType<typeof phases> }[]> = {};
  const prepared = new Map<Client, Prepared>();
  const notes: string[] = [];
  let warm: Figures['warm'] | undefined;
  try {
    for (const c of CLIENTS) {
      try {
        prepared.set(c, await prepare(c, ca.env));
      } catch (e) {
        notes.push(`${c} could not be prepared: ${(e as Error).message}`);
      }
    }
    for (const kase of CASES) {
      const runs = kase.names >= 100 ? RUNS100 : RUNS;
      for (let run = 0; run < runs; run++) {
        // Interleaved, with the order rotated each round so no client always goes first.
        const order = CLIENTS.map((_, i) => CLIENTS[(i + run) % CLIENTS.length]);
        for (const client of order) {
          const p = prepared.get(client);
          if (!p) continue;
          const names = Array.from(
            { length: kase.names },
            (_, i) =>
              `${client}-${kase.challenge.replace('-', '')}-${kase.key}-${run}-${i}-${Date.now().toString(36)}.bench.example.test`,
          );
          ca.proxy.reset();
          const r = await p.run(names, kase.challenge, kase.key);
          const key = caseKey(kase, client);
          (results[key] ??= []).push({ ...r, requests: ca.proxy.count() });
          if (client === 'certdesk' && kase.names === 1 && kase.key === 'ec256' && r.ok)
            (timelines[key] ??= []).push({ wallMs: r.wallMs, ps: phases(r, ca.proxy.timeline()) });
          process.stderr.write(
            `${key} run ${run + 1}: ${r.ok ? 'ok' : 'FAILED'} ${fmt(r.wallMs / 1000)} s ${ca.proxy.count()} requests${r.ok ? '' : ` ${r.error}`}\n`,
          );
        }
      }
    }
    process.stderr.write('in-process...\n');
    warm = await inProcess(ca.pebble.directoryUrl, ca.pebble.caCertPem, ca.pebble.httpPort, RUNS)
      // The bench reports a failed part in its notes instead of stopping.
      .catch((e: Error) => {
        notes.push(`in-process benchmark failed: ${e.message}`);
        return null;
      });
  } finally {
    await ca.stop();
  }
  process.stderr.write('start-up...\n');
  const su = await startup(root, RUNS);
  process.stderr.write('scale...\n');
  const big = await scale(10_000);
  process.stderr.write('saving one renewal among 10,000...\n');
  const save = await renewalSaveFigures(10_000).catch((e: Error) => ({ error: e.message }));
  process.stderr.write('renderer...\n');
  const ui = await renderer().catch((e: Error) => ({ error: e.message }));
  // The median run by wall time stands for its case in "Where the time goes".
  const medianPhases: Figures['phases'] = {};
  for (const [k, list] of Object.entries(timelines)) {
    const sorted = [...list].sort((a, b) => a.wallMs - b.wallMs);
    medianPhases[k] = sorted[Math.floor((sorted.length - 1) / 2)].ps;
  }
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const f: Figures = {
    at: new Date().toISOString(),
    versions: `Node ${process.version}; Certdesk ${pkg.version}; ${sh('certbot', ['--version'])}; lego ${sh('dpkg-query', ['-W', '-f=${Version}', 'lego'])}; pebble ${sh('dpkg-query', ['-W', '-f=${Version}', 'pebble'])}`,
    loadBefore,
    loadAfter: load(),
    runs: RUNS,
    runs100: RUNS100,
    cases: CASES,
    results,
    phases: medianPhases,
    startup: su,
    warm: warm ?? null,
    big,
    save,
    ui,
    notes,
    previous,
  };
  writeFileSync(path.join(root, 'docs', 'BENCHMARKS.md'), report(f));
  writeFileSync(jsonFile, JSON.stringify(headline(f), null, 2) + '\n');
  process.stderr.write('wrote docs/BENCHMARKS.md and docs/benchmarks.json\n');
}

await main();
