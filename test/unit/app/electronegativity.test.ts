// scripts/electronegativity.ts: the CSV parsing and the allow-list rule, then the real tool over
// src-main/app (must pass) and over a deliberately unsafe sample (must fail): a gate that cannot fail proves nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  loadAllowList,
  parseCsv,
  parseFindings,
  unexplained,
} from '../../../scripts/electronegativity.ts';

const root = path.resolve(import.meta.dirname, '../../..');

test('CSV with quotes, commas and newlines in the sample column', () => {
  assert.deepEqual(parseCsv('a,"b,c","d ""e""\nf"\r\n1,2,3\n'), [
    ['a', 'b,c', 'd "e"\nf'],
    ['1', '2', '3'],
  ]);
  const f = parseFindings(
    'issue, severity, confidence, filename, location, sample, description, url\nX,"HIGH","CERTAIN","w.ts","1:2","new BrowserWindow({a, b})","desc",u\n',
  );
  assert.deepEqual(f, [
    {
      issue: 'X',
      severity: 'HIGH',
      confidence: 'CERTAIN',
      file: 'w.ts',
      location: '1:2',
      sample: 'new BrowserWindow({a, b})',
      description: 'desc',
    },
  ]);
});

test('only findings above LOW without an allow-list entry fail', () => {
  const f = (issue: string, severity: string, file = 'a.ts') => ({
    issue,
    severity,
    confidence: '',
    file,
    location: '',
    sample: '',
    description: '',
  });
  const findings = [
    f('A', 'LOW'),
    f('B', 'INFORMATIONAL'),
    f('C', 'MEDIUM'),
    f('D', 'HIGH', 'x.ts'),
    f('D', 'HIGH', 'y.ts'),
    f('E', 'WEIRD'),
  ];
  const bad = unexplained(findings, [
    { issue: 'C', reason: 'a reason that is long enough' },
    { issue: 'D', file: 'x.ts', reason: 'a reason that is long enough' },
  ]);
  assert.deepEqual(
    bad.map((b) => `${b.issue} ${b.file}`),
    ['D y.ts', 'E a.ts'],
  );
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'certdesk-en-')), 'allow.json');
  writeFileSync(file, JSON.stringify({ allow: [{ issue: 'C', reason: 'ok' }] }));
  assert.throws(() => loadAllowList(file), /real reason/);
  for (const a of loadAllowList(path.join(root, '.electronegativity-allow.json')))
    assert.ok(a.test, `${a.issue} names the test that proves its reason`);
});

const run = (args: string[]) =>
  spawnSync(process.execPath, [path.join(root, 'scripts/electronegativity.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 300_000,
  });

test('the real scan of src-main/app has no unexplained finding above LOW', () => {
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'certdesk-en-')), 'app.csv');
  const r = run(['--out', out]);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /0 above LOW unexplained/);
});

test('an unsafe window (nodeIntegration, no isolation, no sandbox) fails the gate', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'certdesk-en-bad-'));
  writeFileSync(
    path.join(dir, 'main.ts'),
    "import { BrowserWindow } from 'electron';\nnew BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } }).loadURL('http://example.com');\n",
  );
  const r = run(['--input', dir, '--out', path.join(dir, 'bad.csv')]);
  assert.equal(r.status, 1, r.stdout + r.stderr);
  assert.match(r.stdout, /CONTEXT_ISOLATION_JS_CHECK/);
});
