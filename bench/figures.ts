// One bench run's figures: what run.ts measures and report.ts writes. They are also kept in
// docs/benchmarks.json, so the next run shows what got slower (issue 21: a change that made the
// CLI slower must show in the report).
import type { Challenge, Client, KeyKind, RunResult } from './clients.ts';
import type { Phase } from './timeline.ts';
import type { StartupCase } from './startup.ts';
import type { InProcessResults } from './inprocess.ts';
import type { ScaleResults } from './scale.ts';
import type { RenewalSaveFigures } from './storage-renewal.ts';
import type { renderer } from './renderer.ts';
import { median, fmt } from './stats.ts';

export const CLIENTS: Client[] = ['certdesk', 'certbot', 'lego'];
export type Case = { challenge: Challenge; names: number; key: KeyKind };
export type Sample = RunResult & { requests: number };
export const caseKey = (k: Case, c: Client) => `${k.challenge}|${k.names}|${k.key}|${c}`;

export type Figures = {
  at: string;
  versions: string;
  loadBefore: string;
  loadAfter: string;
  runs: number;
  runs100: number;
  cases: Case[];
  results: Record<string, Sample[]>;
  /** The median run's phases, per Certdesk case with a timeline (one name, ECDSA). */
  phases: Record<string, Phase[]>;
  startup: StartupCase[];
  warm: InProcessResults | null;
  big: ScaleResults;
  /** Issue 22: saving one renewal with 10,000 certificates, before and after the layout change. */
  save: RenewalSaveFigures | { error: string };
  ui: Awaited<ReturnType<typeof renderer>> | { error: string };
  notes: string[];
  previous: Headline | null;
};

/** The few figures compared from run to run (ms and MB; lower is better). */
export type Headline = { at: string; values: Record<string, number> };

export function headline(f: Figures): Headline {
  const values: Record<string, number> = {};
  for (const s of f.startup) {
    values[`${s.name}: wall ms`] = s.wallMs;
    values[`${s.name}: peak RSS MB`] = s.peakRssMb;
  }
  for (const k of f.cases) {
    const ok = (f.results[caseKey(k, 'certdesk')] ?? []).filter((x) => x.ok);
    const label = `certdesk issue ${k.challenge}, ${k.names} name(s), ${k.key}`;
    values[`${label}: wall ms`] = median(ok.map((x) => x.wallMs));
    values[`${label}: peak RSS MB`] = median(ok.map((x) => x.peakRssKb)) / 1024;
  }
  if (f.warm) values['in-process warm issuance: ms'] = f.warm.warmMedianMs;
  if (!('error' in f.save)) values['save one renewal of 10,000: ms'] = f.save.after.msMedian;
  return { at: f.at, values };
}

/**
 * Each headline figure beside the previous run's. A figure 15% or more above it is marked SLOWER;
 * so is the CLI's own start-up time (beyond Node alone), which load on the machine affects less.
 */
export function previousComparison(f: Figures): string[] {
  const prev = f.previous;
  if (!prev) return ['- No previous run recorded (docs/benchmarks.json): nothing to compare.'];
  const now = headline(f).values;
  const L = [
    `Against the run of ${prev.at}. Both runs may have shared the machine; a mark is a reason to look, not a verdict.`,
    '',
    '| figure | previous | this run | change |',
    '| --- | --- | --- | --- |',
  ];
  for (const [k, v] of Object.entries(now)) {
    const p = prev.values[k];
    if (p === undefined || !Number.isFinite(p) || !Number.isFinite(v)) continue;
    const ch = v / p - 1;
    L.push(
      `| ${k} | ${fmt(p, 0)} | ${fmt(v, 0)} | ${ch >= 0 ? '+' : ''}${fmt(ch * 100, 0)}%${ch >= 0.15 ? ' **SLOWER**' : ''} |`,
    );
  }
  const own = (vals: Record<string, number>, cmd: string) =>
    vals[`${cmd}: wall ms`] - vals['node alone (node -e 0): wall ms'];
  for (const cmd of ['certdesk --version', 'certdesk list (10 certificates)']) {
    const a = own(prev.values, cmd);
    const b = own(now, cmd);
    if (Number.isFinite(a) && Number.isFinite(b))
      L.push(
        '',
        `- \`${cmd}\` beyond Node alone: ${fmt(a, 0)} ms before, ${fmt(b, 0)} ms now${b > a * 1.15 + 5 ? ' — **SLOWER**' : ''}.`,
      );
  }
  return L;
}
