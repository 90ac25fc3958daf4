// The bench report judges every target of issue 21 as MET or MISSED; these pin the two promises
// its "done when" makes: a MISSED target says why (here, why a peer was not measured), and a
// change that makes the CLI slower shows in the comparison with the previous run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { report } from '../../../bench/report.ts';
import { caseKey, type Case, type Figures, type Sample } from '../../../bench/figures.ts';

const kase: Case = { challenge: 'http-01', names: 1, key: 'ec256' };
const ok = (wallMs: number): Sample => ({
  ok: true,
  wallMs,
  peakRssKb: 60_000,
  requests: 9,
  marks: {},
  startedAt: 0,
  endedAt: wallMs,
});

function figures(over: Partial<Figures> = {}): Figures {
  const startup = (cli: number) => [
    { name: 'node alone (node -e 0)', wallMs: 40, peakRssMb: 45, ok: 2 },
    { name: 'certdesk --version', wallMs: cli, peakRssMb: 50, ok: 2 },
    { name: 'certbot --version', wallMs: 400, peakRssMb: 47, ok: 2 },
  ];
  return {
    at: '2026-12-02T00:00:00.000Z',
    versions: 'test',
    loadBefore: '0.1 / 0.1 / 0.1',
    loadAfter: '0.5 / 0.2 / 0.1',
    runs: 2,
    runs100: 1,
    cases: [kase],
    results: {
      [caseKey(kase, 'certdesk')]: [ok(300), ok(320)],
      [caseKey(kase, 'certbot')]: [
        {
          ok: false,
          wallMs: 900,
          peakRssKb: 0,
          requests: 3,
          marks: {},
          startedAt: 0,
          endedAt: 900,
          error: 'urn:acme:x boom',
        },
      ],
      [caseKey(kase, 'lego')]: [ok(280)],
    },
    phases: {},
    startup: startup(90),
    warm: null,
    big: { certs: 10, storeBytes: 1, loadMs: 1, tickMedianMs: 1, heapMb: 1, rssMb: 1 },
    save: { error: 'skipped in this test' },
    ui: { error: 'skipped in this test' },
    notes: [],
    previous: null,
    ...over,
  } as Figures;
}

test('a peer that failed every run makes the ratio MISSED with what it printed', () => {
  const md = report(figures());
  assert.match(md, /MISSED: wall time ≤ 0\.5× certbot .*certbot failed: urn:acme:x boom/);
  assert.match(md, /The machine ran nothing else/);
});

test('a CLI that got slower than the previous run is marked SLOWER', () => {
  const prev = {
    at: 'before',
    values: { 'node alone (node -e 0): wall ms': 40, 'certdesk --version: wall ms': 60 },
  };
  const md = report(
    figures({
      previous: prev,
      startup: figures().startup.map((s) =>
        s.name === 'certdesk --version' ? { ...s, wallMs: 150 } : s,
      ),
    }),
  );
  assert.match(md, /certdesk --version: wall ms \| 60 \| 150 \| \+150% \*\*SLOWER\*\*/);
  assert.match(
    md,
    /`certdesk --version` beyond Node alone: 20 ms before, 110 ms now — \*\*SLOWER\*\*/,
  );
});
